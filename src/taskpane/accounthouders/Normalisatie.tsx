import { Badge, Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import {
  alleRegels,
  gekozenEdits,
  regelSleutel,
  type NormalisatieVoorstel,
} from "../../app/accounthouders/normaliseer";
import type { ActielijstOptions } from "../../app/regie";
import { foutTekst } from "../../app/weigering-berichten";
import { nietHerkend } from "../../core/accounthouders/berichten";
import { LAKMERK } from "../../core/accounthouders/redaction";
import { bericht } from "../../core/messages";
import { CelWijzigingen, type CelWijziging } from "../common/CelWijzigingen";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useTaakInBeeld } from "../common/useTaakInBeeld";

const useStyles = makeStyles({
  regel: { display: "flex", alignItems: "flex-start", gap: "4px" },
  van: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  voorstel: { display: "flex", flexDirection: "column", gap: "12px", outlineStyle: "none" },
  melding: { outlineStyle: "none" },
});

/** Normaliseer accounthouders: preview old -> new with counts, untick lines, apply in one go, undo. */
export function Normalisatie({ opties }: { opties: () => ActielijstOptions }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const samenvatting = useId();
  const { bezig, melding, setMelding, voerUit, meldingRef } = useTaakInBeeld<
    "voorvertoning" | "toepassen" | "ongedaan"
  >();
  const naarVoorstel = useNaarResultaat<HTMLElement>();
  const knop = useRef<HTMLButtonElement>(null);
  const [voorstel, setVoorstel] = useState<NormalisatieVoorstel | null>(null);
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());

  // Without a registry the refusal says to build one first; Tab from it reaches Register opbouwen.
  async function voorvertoning() {
    setVoorstel(null);
    await voerUit(
      "voorvertoning",
      () => regie.normaliseerVoorvertoning(opties()),
      (v) => {
        setVoorstel(v);
        setGekozen(alleRegels(v));
        return naarVoorstel.breng;
      }
    );
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

  function annuleer() {
    setVoorstel(null);
    // The button that had focus is gone: focus goes back to where the preview was asked for.
    knop.current?.focus();
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
  const onopgelost = voorstel?.normalisatie.unresolved ?? [];

  return (
    <>
      <div className={g.knoppen}>
        <Button
          ref={knop}
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
      <div ref={meldingRef} tabIndex={-1} className={s.melding}>
        <Melding melding={melding} />
      </div>
      {voorstel && (
        <section
          ref={naarVoorstel.ref}
          tabIndex={-1}
          aria-labelledby={samenvatting}
          className={s.voorstel}
          data-voorvertoning
        >
          <div className={g.balk}>
            <Text id={samenvatting} weight="semibold">
              {voorstel.regels.length === 0
                ? T.accounthouders.niets
                : T.accounthouders.voorvertoning(voorstel.regels.length)}
            </Text>
            {voorstel.regels.length > 0 && (
              <div className={g.knoppen}>
                <Button
                  appearance="primary"
                  disabled={bezig !== null || aantalCellen === 0}
                  onClick={() => void toepassen(voorstel)}
                >
                  {T.accounthouders.toepassen(aantalCellen)}
                </Button>
                <Button onClick={annuleer} disabled={bezig !== null}>
                  {T.accounthouders.annuleren}
                </Button>
              </div>
            )}
          </div>
          {voorstel.regels.length > 0 && (
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
                          <span className={g.klein}>
                            {T.accounthouders.cellen(r.cellen.length)}
                          </span>
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
          )}
          {voorstel.regels.some((r) => r.naar === LAKMERK) && (
            <Text size={200} className={g.klein} data-uitleg="lakmerk">
              {T.accounthouders.lakmerkUitleg}
            </Text>
          )}
          <CelLijst
            titel={T.accounthouders.onopgelost}
            cellen={onopgelost.map((u) => ({ ...u, ...nietHerkend(u.text, u.kandidaten) }))}
            data="niet-herkend"
          />
          <CelLijst
            titel={T.accounthouders.formules}
            cellen={voorstel.normalisatie.formules.map((f) => ({
              ...f,
              reden: T.accounthouders.formuleTekst(f.from, f.to),
            }))}
          />
          <CelLijst
            titel={T.accounthouders.registerFouten}
            cellen={voorstel.register.findings.map((f) => ({ ...f, reden: bericht(f) }))}
          />
          <CelWijzigingen
            titel={T.accounthouders.celWijzigingen(gekozenCellen.length)}
            cellen={gekozenCellen}
            onSelecteer={(cel) => void regie.selecteer(voorstel.sheet, cel)}
          />
        </section>
      )}
    </>
  );
}

const useLijstStijlen = makeStyles({
  blok: { display: "flex", flexDirection: "column", gap: "4px" },
  lijst: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column" },
  regel: { overflowWrap: "anywhere", paddingTop: "2px", paddingBottom: "2px" },
  knop: { minWidth: 0, height: "auto", padding: "0 4px", fontFamily: tokens.fontFamilyMonospace },
});

/**
 * A heading and the cells it is about: per cell a button that selects it and why it is listed, then
 * each distinct piece of advice once (not under every cell); nothing when empty.
 */
function CelLijst({
  titel,
  cellen,
  data,
}: {
  titel: (aantal: number) => string;
  cellen: { sheet: string; cell: string; reden: string; advies?: string }[];
  data?: string;
}) {
  const regie = useRegie();
  const s = useLijstStijlen();
  const g = useGedeeldeStijlen();
  if (cellen.length === 0) return null;
  const adviezen = [...new Set(cellen.flatMap((c) => (c.advies ? [c.advies] : [])))];
  return (
    <div className={s.blok} data-lijst={data}>
      <Text weight="semibold">{titel(cellen.length)}</Text>
      <ul className={s.lijst} aria-label={titel(cellen.length)}>
        {cellen.map((c, i) => (
          <li key={`${c.cell}-${i}`} className={s.regel}>
            <Button
              appearance="transparent"
              size="small"
              className={s.knop}
              onClick={() => void regie.selecteer(c.sheet, c.cell)}
              aria-label={T.cellen.ga(c.cell)}
            >
              {c.cell}
            </Button>{" "}
            {c.reden}
          </li>
        ))}
      </ul>
      {adviezen.map((a) => (
        <Text key={a} size={200} className={g.klein}>
          {a}
        </Text>
      ))}
    </div>
  );
}
