import { Badge, Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  alleRegels,
  gekozenEdits,
  regelSleutel,
  type NormalisatieVoorstel,
} from "../../app/accounthouders/normaliseer";
import type { ActielijstOptions } from "../../app/regie";
import { foutTekst } from "../../app/weigering-berichten";
import { LAKMERK } from "../../core/accounthouders/redaction";
import { bericht } from "../../core/messages";
import { CelWijzigingen, type CelWijziging } from "../common/CelWijzigingen";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useGedeeldeStijlen } from "../common/stijlen";

const useStyles = makeStyles({
  regel: { display: "flex", alignItems: "flex-start", gap: "4px" },
  van: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
});

/** Normaliseer accounthouders: preview old -> new with counts, untick lines, apply in one go, undo. */
export function Normalisatie({
  opties,
  onGeenRegister,
}: {
  opties: () => ActielijstOptions;
  onGeenRegister: () => void;
}) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { bezig, melding, setMelding, voerUit } = useTaak<
    "voorvertoning" | "toepassen" | "ongedaan"
  >();
  const [voorstel, setVoorstel] = useState<NormalisatieVoorstel | null>(null);
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());

  async function voorvertoning() {
    setVoorstel(null);
    const fout = await voerUit(
      "voorvertoning",
      () => regie.normaliseerVoorvertoning(opties()),
      (v) => {
        setVoorstel(v);
        setGekozen(alleRegels(v));
      }
    );
    if (fout?.code === "geen-register") onGeenRegister();
  }

  const ongedaan = () =>
    voerUit(
      "ongedaan",
      () => regie.maakOngedaan(),
      (r) => setMelding(ongedaanMelding(r))
    );

  async function toepassen(v: NormalisatieVoorstel) {
    const fout = await voerUit(
      "toepassen",
      () => regie.pasNormalisatieToe(v, gekozen),
      (r) => {
        setVoorstel(null);
        setMelding({
          intent: "success",
          tekst: T.accounthouders.toegepast(r.aantal),
          actie: { label: T.ongedaan.knop, doe: () => void ongedaan() },
        });
      }
    );
    // The sheet changed after the preview: that preview can no longer be applied, a fresh one can.
    if (fout?.code === "host-changed") {
      setVoorstel(null);
      setMelding({
        intent: "warning",
        tekst: foutTekst(fout),
        actie: { label: T.accounthouders.nieuweVoorvertoning, doe: () => void voorvertoning() },
      });
    }
  }

  const wissel = (sleutel: string, aan: boolean) =>
    setGekozen((oud) => {
      const nieuw = new Set(oud);
      if (aan) nieuw.add(sleutel);
      else nieuw.delete(sleutel);
      return nieuw;
    });
  // The cells the ticked lines change, in sheet order: what Toepassen writes.
  const gekozenCellen: CelWijziging[] = voorstel
    ? gekozenEdits(voorstel, gekozen).map((e) => ({
        cell: e.cell,
        van: String(e.from),
        naar: e.to,
      }))
    : [];
  const aantalCellen = gekozenCellen.length;

  return (
    <>
      <div className={g.knoppen}>
        <Button
          appearance="primary"
          onClick={voorvertoning}
          disabled={bezig !== null}
          aria-describedby="uitleg-normaliseer"
        >
          {T.accounthouders.normaliseer}
        </Button>
      </div>
      <Text id="uitleg-normaliseer" size={200} className={g.klein}>
        {T.accounthouders.normaliseerHulp}
      </Text>
      <Melding melding={melding} />
      {voorstel && (
        <>
          <Text>
            {voorstel.regels.length === 0
              ? T.accounthouders.niets
              : T.accounthouders.voorvertoning(voorstel.regels.length)}
          </Text>
          <ul className={g.lijst} aria-label={T.accounthouders.normaliseer}>
            {voorstel.regels.map((r) => {
              const sleutel = regelSleutel(r.van, r.naar);
              const via = r.via.map((v) => T.accounthouders.via[v]).filter((t) => t !== "");
              return (
                <li key={sleutel} className={s.regel}>
                  <Checkbox
                    checked={gekozen.has(sleutel)}
                    onChange={(_e, d) => wissel(sleutel, d.checked === true)}
                    aria-label={T.accounthouders.regel(r.van, r.naar)}
                    label={
                      <span>
                        <span className={s.van}>{r.van.trim() || T.accounthouders.leeg}</span> →{" "}
                        <strong>{r.naar}</strong>{" "}
                        <span className={g.klein}>{T.accounthouders.cellen(r.cellen.length)}</span>
                        {via.map((t) => (
                          <Badge
                            key={t}
                            appearance="tint"
                            color={t.includes("controleer") ? "warning" : "informative"}
                            size="small"
                            style={{ marginLeft: 4 }}
                          >
                            {t}
                          </Badge>
                        ))}
                      </span>
                    }
                  />
                </li>
              );
            })}
          </ul>
          {voorstel.regels.some((r) => r.naar === LAKMERK) && (
            <Text size={200} className={g.klein} data-uitleg="lakmerk">
              {T.accounthouders.lakmerkUitleg}
            </Text>
          )}
          <CelWijzigingen
            titel={T.accounthouders.celWijzigingen(gekozenCellen.length)}
            cellen={gekozenCellen}
            onSelecteer={(cel) => void regie.selecteer(voorstel.sheet, cel)}
          />
          <CelLijst
            titel={T.accounthouders.onopgelost}
            cellen={voorstel.normalisatie.unresolved.map((u) => ({ ...u, tekst: u.text }))}
          />
          <CelLijst
            titel={T.accounthouders.formules}
            cellen={voorstel.normalisatie.formules.map((f) => ({
              ...f,
              tekst: T.accounthouders.formuleTekst(f.from, f.to),
            }))}
          />
          <CelLijst
            titel={T.accounthouders.registerFouten}
            cellen={voorstel.register.findings.map((f) => ({ ...f, tekst: bericht(f) }))}
          />
          {voorstel.regels.length > 0 && (
            <div className={g.knoppen}>
              <Button
                appearance="primary"
                disabled={bezig !== null || aantalCellen === 0}
                onClick={() => void toepassen(voorstel)}
              >
                {T.accounthouders.toepassen(aantalCellen)}
              </Button>
              <Button onClick={() => setVoorstel(null)} disabled={bezig !== null}>
                {T.accounthouders.annuleren}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** A heading and the cells it is about, each a button that selects its cell; nothing when empty. */
function CelLijst({
  titel,
  cellen,
}: {
  titel: (aantal: number) => string;
  cellen: { sheet: string; cell: string; tekst: string }[];
}) {
  const regie = useRegie();
  const g = useGedeeldeStijlen();
  if (cellen.length === 0) return null;
  return (
    <>
      <Text weight="semibold">{titel(cellen.length)}</Text>
      <ul className={g.lijst}>
        {cellen.map((c, i) => (
          <li key={`${c.cell}-${i}`}>
            <Button
              appearance="subtle"
              size="small"
              onClick={() => void regie.selecteer(c.sheet, c.cell)}
            >
              {c.cell}: {c.tekst}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
