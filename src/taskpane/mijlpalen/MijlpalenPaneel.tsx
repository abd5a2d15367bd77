import { Button, Field, Input, makeStyles, ProgressBar, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Instellingen } from "../../app/instellingen";
import type { DashboardResultaat, MijlpalenVoorbereiding } from "../../app/mijlpalen/dashboard";
import { FASEN, kwartaalLabel, kwartaalUitBladnaam } from "../../core/mijlpalen";
import { Melding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useGedeeldeStijlen } from "../common/stijlen";

const useStyles = makeStyles({
  tabel: { borderCollapse: "collapse", width: "100%" },
  getal: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

type Stap = "lezen" | "tellen" | "schrijven";

/** Mijlpalen-dashboard: what Regie recognised, quarters to correct, then generate with progress. */
export function MijlpalenPaneel({
  instellingen,
  onInstellingen,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
}) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const { bezig, melding, setMelding, voerUit } = useTaak<"herken" | "maak">();
  const [voorbereiding, setVoorbereiding] = useState<MijlpalenVoorbereiding | null>(null);
  const [stap, setStap] = useState<Stap | null>(null);
  const [resultaat, setResultaat] = useState<DashboardResultaat | null>(null);
  const afbreken = useRef<AbortController | null>(null);

  const herken = useCallback(
    () =>
      voerUit("herken", () => regie.bereidMijlpalenVoor(instellingen.kwartalen), setVoorbereiding),
    [regie, instellingen.kwartalen, voerUit]
  );
  useEffect(() => void herken(), [herken]);

  function zetKwartaal(blad: string, tekst: string) {
    const k = kwartaalUitBladnaam(tekst);
    const kwartalen = { ...instellingen.kwartalen };
    if (k) kwartalen[blad] = k;
    else if (tekst.trim() === "") delete kwartalen[blad];
    else return;
    onInstellingen({ ...instellingen, kwartalen });
  }

  async function maak() {
    afbreken.current = new AbortController();
    setResultaat(null);
    await voerUit(
      "maak",
      () =>
        regie.maakDashboard({
          peildatum: instellingen.peildatum ?? regie.vandaag(),
          kwartaalOverride: instellingen.kwartalen,
          onVoortgang: setStap,
          signal: afbreken.current?.signal,
        }),
      (r) => {
        setResultaat(r);
        setMelding({
          intent: "success",
          tekst: T.mijlpalen.klaar(r.blad, r.dashboard.kwartalen.length),
          detail: T.mijlpalen.meldingen(r.dashboard.anomalies.length),
        });
      }
    );
    setStap(null);
    // Re-read quietly: the dashboard now exists, so the next run replaces it; the message stays.
    const opnieuw = await regie.bereidMijlpalenVoor(instellingen.kwartalen);
    if (opnieuw.ok) setVoorbereiding(opnieuw.waarde);
  }

  const v = voorbereiding;
  const laatste = resultaat?.dashboard.kwartalen[resultaat.dashboard.kwartalen.length - 1];
  return (
    <section className={g.paneel} aria-label={T.taken.mijlpalen}>
      {v && <Text>{T.mijlpalen.indeling[v.indeling.soort]}</Text>}
      {v && v.indeling.soort === "momentopnamen" && (
        <ul className={g.lijst} aria-label={T.mijlpalen.bron}>
          {v.indeling.momentopnamen.map((b) => (
            <li key={b.sheet}>
              <Field
                label={T.mijlpalen.kwartaal(b.sheet)}
                hint={
                  b.kwartaal
                    ? b.kwartaalBron === "opgegeven"
                      ? T.mijlpalen.opgegeven
                      : T.mijlpalen.uitNaam
                    : T.mijlpalen.kwartaalHint
                }
                validationMessage={b.kwartaal ? undefined : T.mijlpalen.kwartaalOnbekend}
              >
                <Input
                  defaultValue={b.kwartaal ? kwartaalLabel(b.kwartaal) : ""}
                  onBlur={(e) => zetKwartaal(b.sheet, e.currentTarget.value)}
                  disabled={bezig !== null}
                />
              </Field>
            </li>
          ))}
        </ul>
      )}
      {v && v.indeling.soort === "mijlpaaldatums" && (
        <Text>{`${T.mijlpalen.bron}: ${v.bronbladen.join(", ")}`}</Text>
      )}
      {v && v.indeling.overig.length > 0 && (
        <Text className={g.klein}>{T.mijlpalen.nietGebruikt(v.indeling.overig)}</Text>
      )}
      {v && v.bronbladen.length > 0 && (
        <Text className={g.klein}>
          {v.doel.bezetDoorGebruiker
            ? `${T.mijlpalen.bezet} ${T.mijlpalen.doel(v.doel.naam, v.doel.vervangt)}`
            : T.mijlpalen.doel(v.doel.naam, v.doel.vervangt)}
        </Text>
      )}
      <div className={g.knoppen}>
        <Button
          appearance="primary"
          onClick={() => void maak()}
          disabled={bezig !== null || !v || v.bronbladen.length === 0}
        >
          {T.mijlpalen.maak}
        </Button>
        <Button onClick={() => void herken()} disabled={bezig !== null}>
          {T.mijlpalen.herken}
        </Button>
      </div>
      {bezig === "maak" && (
        <>
          <Field
            validationMessage={stap ? T.mijlpalen.stap[stap] : undefined}
            validationState="none"
          >
            <ProgressBar
              value={
                stap === "lezen"
                  ? 0.2
                  : stap === "tellen"
                    ? 0.6
                    : stap === "schrijven"
                      ? 0.9
                      : undefined
              }
              aria-label={stap ? T.mijlpalen.stap[stap] : T.mijlpalen.maak}
            />
          </Field>
          <div>
            <Button
              size="small"
              onClick={() => afbreken.current?.abort()}
              disabled={stap === "schrijven"}
            >
              {T.mijlpalen.annuleer}
            </Button>
          </div>
        </>
      )}
      <Melding melding={melding} />
      {resultaat && laatste && (
        <>
          <table className={s.tabel} aria-label={T.mijlpalen.laatste(laatste.label)}>
            <caption>{T.mijlpalen.laatste(`${laatste.label}`)}</caption>
            <tbody>
              {FASEN.map((f) => (
                <tr key={f}>
                  <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
                    {f}
                  </th>
                  <td className={s.getal}>{(laatste.counts[f] ?? 0).toLocaleString("nl-NL")}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" style={{ textAlign: "left" }}>
                  {T.mijlpalen.totaal}
                </th>
                <td className={s.getal}>
                  <strong>{laatste.total.toLocaleString("nl-NL")}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          <div>
            <Button onClick={() => void regie.selecteer(resultaat.blad, "A1")}>
              {T.mijlpalen.naarBlad}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
