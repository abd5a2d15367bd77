import {
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Instellingen } from "../../app/instellingen";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { Finding } from "../../core/findings";
import { BladKeuze } from "../common/BladKeuze";
import { Melding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { Bevindingen } from "./Bevindingen";
import { Verkeerslichten } from "./Verkeerslichten";
import { useGedeeldeStijlen } from "../common/stijlen";

const useStyles = makeStyles({
  velden: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: "8px",
  },
  kop: { color: tokens.colorNeutralForeground2 },
});

type Bezig = "valideer" | "markeer" | "wis" | "herstel";

/** Actielijst valideren: peildatum, validate, highlight, clear, and the findings. */
export function ActielijstPaneel({
  instellingen,
  onInstellingen,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
}) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const [peildatum, setPeildatum] = useState(instellingen.peildatum ?? regie.vandaag());
  const [rapport, setRapport] = useState<ActielijstRapport | null>(null);
  const { bezig, melding, setMelding, voerUit } = useTaak<Bezig>();

  useEffect(
    () => setPeildatum(instellingen.peildatum ?? regie.vandaag()),
    [instellingen.peildatum, regie]
  );

  const opties = () => ({
    peildatum,
    binnenkortDagen: instellingen.binnenkortDagen,
    sheet: instellingen.actieblad ?? undefined,
  });

  const peildatumGeldig = /^\d{4}-\d{2}-\d{2}$/.test(peildatum);
  const valideer = () => voerUit("valideer", () => regie.valideer(opties()), setRapport);
  const markeer = () =>
    voerUit(
      "markeer",
      () => regie.markeer(opties()),
      (r) => {
        setRapport(r.rapport);
        setMelding({
          intent: "success",
          tekst: T.actielijst.gemarkeerd(r.verlopen, r.binnenkort),
          detail: r.handmatig.length ? T.actielijst.handmatig(r.handmatig.length) : undefined,
        });
      }
    );
  const wis = () =>
    voerUit(
      "wis",
      () => regie.wisMarkeringen(),
      (r) =>
        setMelding({
          intent: "success",
          tekst: T.actielijst.gewist(r.hersteld),
          detail: r.handmatig.length ? T.actielijst.handmatig(r.handmatig.length) : undefined,
        })
    );
  const ongedaan = () =>
    voerUit(
      "herstel",
      () => regie.maakOngedaan(),
      async (r) => {
        setMelding({
          intent: "success",
          tekst: T.ongedaan.gedaan(r.hersteld, r.actie),
          detail: r.overgeslagen.length ? T.ongedaan.overgeslagen(r.overgeslagen) : undefined,
        });
        const opnieuw = await regie.valideer(opties());
        if (opnieuw.ok) setRapport(opnieuw.waarde);
      }
    );
  const herstel = (f: Finding) =>
    f.fix &&
    voerUit(
      "herstel",
      () => regie.herstel(f.fix!, T.bevinding.logActie),
      async () => {
        setMelding({
          intent: "success",
          tekst: T.bevinding.hersteld(f.fix!.cell, f.fix!.to),
          actie: { label: T.ongedaan.knop, doe: ongedaan },
        });
        const opnieuw = await regie.valideer(opties());
        if (opnieuw.ok) setRapport(opnieuw.waarde);
      }
    );

  function wijzigPeildatum(waarde: string) {
    setPeildatum(waarde);
    if (/^\d{4}-\d{2}-\d{2}$/.test(waarde))
      onInstellingen({ ...instellingen, peildatum: waarde === regie.vandaag() ? null : waarde });
  }

  return (
    <section className={g.paneel} aria-label={T.taken.actielijst}>
      <BladKeuze
        label={T.actielijst.blad}
        automatisch={T.actielijst.bladAutomatisch}
        waarde={instellingen.actieblad}
        onKeuze={(actieblad) => onInstellingen({ ...instellingen, actieblad })}
      />
      <div className={s.velden}>
        <Field
          label={T.actielijst.peildatum}
          hint={T.actielijst.peildatumHulp}
          validationMessage={peildatumGeldig ? undefined : T.actielijst.peildatumOngeldig}
        >
          <Input type="date" value={peildatum} onChange={(_e, d) => wijzigPeildatum(d.value)} />
        </Field>
        <Field label={T.actielijst.binnenkort} hint={T.actielijst.binnenkortHulp}>
          <SpinButton
            min={0}
            max={365}
            value={instellingen.binnenkortDagen}
            onChange={(_e, d) => {
              const n = d.value ?? Number(d.displayValue);
              if (Number.isInteger(n) && n >= 0 && n <= 365)
                onInstellingen({ ...instellingen, binnenkortDagen: n });
            }}
          />
        </Field>
      </div>
      <div className={g.knoppen}>
        <Button
          appearance="primary"
          onClick={valideer}
          disabled={bezig !== null || !peildatumGeldig}
        >
          {T.actielijst.valideer}
        </Button>
        <Button
          onClick={markeer}
          disabled={bezig !== null || !peildatumGeldig}
          title={T.actielijst.markeerHulp}
        >
          {T.actielijst.markeer}
        </Button>
        <Button onClick={wis} disabled={bezig !== null} title={T.actielijst.wisHulp}>
          {T.actielijst.wis}
        </Button>
      </div>
      {bezig && <ProgressBar aria-label={T.actielijst.bezig} />}
      <Melding melding={melding} />
      {rapport && (
        <>
          <Text weight="semibold" className={s.kop}>
            {T.actielijst.gevalideerd(rapport.sheet, rapport.acties.length)}
          </Text>
          <Verkeerslichten acties={rapport.acties} />
          {rapport.findings.length === 0 ? (
            <Text>{T.actielijst.geenBevindingen}</Text>
          ) : (
            <Bevindingen
              findings={rapport.findings}
              bezig={bezig !== null}
              onSelecteer={(f) => void regie.selecteer(f.sheet, f.cell)}
              onHerstel={herstel}
            />
          )}
        </>
      )}
    </section>
  );
}
