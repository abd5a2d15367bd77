import { Button, Checkbox, Input, makeStyles, Text } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { RegisterVoorstel } from "../../app/accounthouders/register";
import type { ActielijstOptions } from "../../app/regie";
import {
  registerBereik,
  registerCells,
  registerRows,
} from "../../core/accounthouders/register-blad";
import type { PersoonVoorstel } from "../../core/accounthouders/voorstel";
import { CelWijzigingen } from "../common/CelWijzigingen";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useTaakInBeeld } from "../common/useTaakInBeeld";

const useStyles = makeStyles({
  persoon: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    gap: "4px",
    alignItems: "center",
  },
  voorstel: { display: "flex", flexDirection: "column", gap: "12px", outlineStyle: "none" },
  melding: { outlineStyle: "none" },
});

interface Bewerkt extends PersoonVoorstel {
  opnemen: boolean;
  aliasTekst: string;
}

/**
 * Register opbouwen: a proposal from the owner column, edited and confirmed before anything is
 * written, with the cells it will write. Without a registry it becomes the registry; beside an
 * existing one it is saved on a new sheet of its own. Either way logged and undoable.
 */
export function RegisterOpbouwen({ opties }: { opties: () => ActielijstOptions }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { bezig, melding, setMelding, voerUit, meldingRef } = useTaakInBeeld<
    "voorstel" | "schrijf" | "ongedaan"
  >();
  const naarVoorstel = useNaarResultaat();
  const knop = useRef<HTMLButtonElement>(null);
  const kop = useId();
  const [voorstel, setVoorstel] = useState<RegisterVoorstel | null>(null);
  const [personen, setPersonen] = useState<Bewerkt[]>([]);

  const stelVoor = () =>
    voerUit(
      "voorstel",
      () => regie.registerVoorstel(opties()),
      (v) => {
        setVoorstel(v);
        setPersonen(
          v.personen.map((p) => ({ ...p, opnemen: true, aliasTekst: p.aliassen.join("; ") }))
        );
        return naarVoorstel.breng;
      }
    );
  const wijzig = (i: number, deel: Partial<Bewerkt>) =>
    setPersonen((oud) => oud.map((p, j) => (j === i ? { ...p, ...deel } : p)));
  const bevestigd: PersoonVoorstel[] = personen
    .filter((p) => p.opnemen && p.naam.trim() !== "")
    .map((p) => ({ naam: p.naam, aliassen: p.aliasTekst.split(";"), aantal: p.aantal }));
  const ongedaan = () =>
    voerUit(
      "ongedaan",
      () => regie.maakOngedaan(),
      (r) => setMelding(ongedaanMelding(r))
    );
  const schrijf = (blad: string) =>
    voerUit(
      "schrijf",
      () => regie.schrijfRegister(bevestigd, blad),
      (r) => {
        setVoorstel(null);
        setMelding({
          intent: "success",
          tekst: T.accounthouders.registerGeschreven(r.blad, r.aantal),
          actie: { label: T.ongedaan.knop, doe: () => void ongedaan() },
        });
      }
    );

  function annuleer() {
    setVoorstel(null);
    // The button that had focus is gone: focus goes back to where the proposal was asked for.
    knop.current?.focus();
  }

  const rijen = registerRows(bevestigd);
  const blad = voorstel?.doel.blad ?? "";
  return (
    <>
      <div className={g.knoppen}>
        <Button
          ref={knop}
          onClick={stelVoor}
          disabled={bezig !== null}
          aria-describedby="uitleg-opbouwen"
        >
          {T.accounthouders.opbouwen}
        </Button>
      </div>
      <Text id="uitleg-opbouwen" size={200} className={g.klein}>
        {T.accounthouders.opbouwenHulp}
      </Text>
      <div ref={meldingRef} tabIndex={-1} className={s.melding}>
        <Melding melding={melding} />
      </div>
      {voorstel && (
        <section
          ref={naarVoorstel.ref}
          tabIndex={-1}
          aria-labelledby={kop}
          className={s.voorstel}
          data-registervoorstel
        >
          <div id={kop} className={g.paneel}>
            {voorstel.bestaat && <Text>{T.accounthouders.bestaatAl(blad)}</Text>}
            <Text>{T.accounthouders.opbouwenUitleg}</Text>
          </div>
          <ul className={g.lijst} aria-label={T.accounthouders.opbouwen}>
            {personen.map((p, i) => (
              <li key={i} className={s.persoon}>
                <Checkbox
                  checked={p.opnemen}
                  onChange={(_e, d) => wijzig(i, { opnemen: d.checked === true })}
                  aria-label={T.accounthouders.opnemen(p.naam)}
                />
                <Input
                  value={p.naam}
                  aria-label={T.accounthouders.naam}
                  onChange={(_e, d) => wijzig(i, { naam: d.value })}
                />
                <span />
                <Input
                  value={p.aliasTekst}
                  aria-label={T.accounthouders.aliassen}
                  placeholder={T.accounthouders.aliassen}
                  onChange={(_e, d) => wijzig(i, { aliasTekst: d.value })}
                />
              </li>
            ))}
          </ul>
          {bevestigd.length > 0 && (
            <>
              <Text size={200}>
                {T.accounthouders.registerPreview(blad, registerBereik(rijen), bevestigd.length)}
              </Text>
              <CelWijzigingen
                titel={T.accounthouders.registerCellen(registerCells(blad, rijen).length)}
                cellen={registerCells(blad, rijen).map((c) => ({ cell: c.cell, naar: c.to }))}
              />
            </>
          )}
          <div className={g.knoppen}>
            <Button
              appearance="primary"
              onClick={() => void schrijf(blad)}
              disabled={bezig !== null || bevestigd.length === 0}
            >
              {voorstel.bestaat
                ? T.accounthouders.slaVoorstelOp(blad, bevestigd.length)
                : T.accounthouders.schrijfRegister(bevestigd.length)}
            </Button>
            <Button onClick={annuleer} disabled={bezig !== null}>
              {T.accounthouders.annuleren}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
