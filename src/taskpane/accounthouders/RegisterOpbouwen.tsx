import { Button, Checkbox, Input, makeStyles, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { RegisterVoorstel } from "../../app/accounthouders/register";
import type { ActielijstOpties } from "../../app/regie";
import type { PersoonVoorstel } from "../../core/accounthouders/voorstel";
import { Melding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useGedeeldeStijlen } from "../common/stijlen";

const useStyles = makeStyles({
  persoon: { display: "grid", gridTemplateColumns: "auto 1fr", gap: "4px", alignItems: "center" },
});

interface Bewerkt extends PersoonVoorstel {
  opnemen: boolean;
  aliasTekst: string;
}

/** Registry opbouwen: a proposal from the owner column, edited and confirmed before anything is written. */
export function RegisterOpbouwen({ opties }: { opties: () => ActielijstOpties }) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { bezig, melding, setMelding, voerUit } = useTaak<"voorstel" | "schrijf">();
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
      }
    );
  const wijzig = (i: number, deel: Partial<Bewerkt>) =>
    setPersonen((oud) => oud.map((p, j) => (j === i ? { ...p, ...deel } : p)));
  const gekozen = personen.filter((p) => p.opnemen && p.naam.trim() !== "");
  const schrijf = () =>
    voerUit(
      "schrijf",
      () =>
        regie.schrijfRegister(
          gekozen.map((p) => ({
            naam: p.naam,
            aliassen: p.aliasTekst.split(";"),
            aantal: p.aantal,
          }))
        ),
      (r) => {
        setVoorstel(null);
        setMelding({ intent: "success", tekst: T.accounthouders.registerGeschreven(r.aantal) });
      }
    );

  return (
    <>
      <div className={g.knoppen}>
        <Button onClick={stelVoor} disabled={bezig !== null} title={T.accounthouders.opbouwenHulp}>
          {T.accounthouders.opbouwen}
        </Button>
      </div>
      <Melding melding={melding} />
      {voorstel && (
        <>
          <Text>
            {voorstel.bestaat ? T.accounthouders.bestaatAl : T.accounthouders.opbouwenUitleg}
          </Text>
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
          {!voorstel.bestaat && (
            <div className={g.knoppen}>
              <Button
                appearance="primary"
                onClick={schrijf}
                disabled={bezig !== null || gekozen.length === 0}
              >
                {T.accounthouders.schrijfRegister(gekozen.length)}
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
