import { Button, Field, Input, ProgressBar, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Instellingen } from "../../app/instellingen";
import type { DashboardResultaat, MijlpalenVoorbereiding } from "../../app/mijlpalen/dashboard";
import { kwartaalLabel, kwartaalUitBladnaam } from "../../core/mijlpalen";
import type { IsoDate } from "../../core/dates/iso";
import { dubbeleKwartalen, eindVorigKwartaal, readKwartaal } from "../../core/invoer";
import { Doorstroom } from "./Doorstroom";
import { FaseTabel } from "./FaseTabel";
import { Meldingen } from "./Meldingen";
import { RegioSectie } from "./RegioSectie";
import { PeildatumVeld } from "../common/PeildatumVeld";
import { Melding } from "../common/Melding";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { useGedeeldeStijlen } from "../common/stijlen";

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
  const g = useGedeeldeStijlen();
  const { bezig, melding, setMelding, voerUit } = useTaak<"herken" | "maak">(
    JSON.stringify(instellingen.kwartalen)
  );
  /** A message after a click is brought into view and focused; the recognition on opening is not. */
  const [naKlik, setNaKlik] = useState(false);
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

  // The dashboard's own peildatum: by default the end of the last complete quarter, never the action list's.
  const [peildatum, setPeildatum] = useState<IsoDate | null>(null);
  // What the user typed per sheet, kept as typed: a wrong quarter is shown, never silently replaced.
  const [teksten, setTeksten] = useState<Record<string, string>>({});
  useEffect(
    () =>
      setTeksten(
        Object.fromEntries(
          (voorbereiding?.indeling.momentopnamen ?? []).map((b) => [
            b.sheet,
            b.kwartaal ? kwartaalLabel(b.kwartaal) : "",
          ])
        )
      ),
    [voorbereiding]
  );
  const kwartaalInvoer = useMemo(
    () =>
      Object.fromEntries(
        (voorbereiding?.indeling.momentopnamen ?? []).map((b) => [
          b.sheet,
          readKwartaal(teksten[b.sheet] ?? ""),
        ])
      ),
    [voorbereiding, teksten]
  );
  const dubbel = useMemo(
    () =>
      dubbeleKwartalen(
        (voorbereiding?.indeling.momentopnamen ?? []).map((b) => {
          const invoer = kwartaalInvoer[b.sheet];
          return {
            sheet: b.sheet,
            kwartaal: (invoer?.ok ? invoer.waarde : null) ?? kwartaalUitBladnaam(b.sheet),
          };
        })
      ),
    [voorbereiding, kwartaalInvoer]
  );
  const invoerFout =
    peildatum === null || Object.values(kwartaalInvoer).some((k) => !k.ok) || dubbel.size > 0;

  function zetKwartaal(blad: string, tekst: string) {
    const invoer = readKwartaal(tekst);
    if (!invoer.ok) return; // shown at the field; the saved quarter is left as it was
    const kwartalen = { ...instellingen.kwartalen };
    if (invoer.waarde) kwartalen[blad] = invoer.waarde;
    else delete kwartalen[blad];
    onInstellingen({ ...instellingen, kwartalen });
  }

  async function maak() {
    if (peildatum === null || invoerFout) return;
    setNaKlik(true);
    afbreken.current = new AbortController();
    setResultaat(null);
    await voerUit(
      "maak",
      () =>
        regie.maakDashboard({
          peildatum,
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
    if (opnieuw.ok) setVoorbereiding(opnieuw.value);
  }

  /** The field's error: a quarter that cannot be read, a quarter two sheets share, or none at all. */
  function kwartaalMelding(blad: string, herkend: boolean): string | undefined {
    const invoer = kwartaalInvoer[blad];
    if (invoer && !invoer.ok) return invoer.melding;
    if (dubbel.has(blad)) return dubbel.get(blad);
    return herkend || (invoer?.ok && invoer.waarde) ? undefined : T.mijlpalen.kwartaalOnbekend;
  }

  const v = voorbereiding;
  const laatste = resultaat?.dashboard.kwartalen[resultaat.dashboard.kwartalen.length - 1];
  // The last pair of ended quarters, beside the counts of the last ended quarter.
  const doorstroom = resultaat?.dashboard.doorstroom.filter((x) => !x.lopend).at(-1);
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
                  kwartaalMelding(b.sheet, b.kwartaal !== null)
                    ? undefined
                    : b.kwartaal
                      ? b.kwartaalBron === "opgegeven"
                        ? T.mijlpalen.opgegeven
                        : T.mijlpalen.uitNaam
                      : T.mijlpalen.kwartaalHint
                }
                validationMessage={kwartaalMelding(b.sheet, b.kwartaal !== null)}
              >
                <Input
                  value={teksten[b.sheet] ?? ""}
                  onChange={(_e, d) => setTeksten((t) => ({ ...t, [b.sheet]: d.value }))}
                  onBlur={(e) => zetKwartaal(b.sheet, e.currentTarget.value)}
                  disabled={bezig !== null}
                />
              </Field>
            </li>
          ))}
        </ul>
      )}
      <PeildatumVeld
        label={T.mijlpalen.peildatum}
        hint={T.mijlpalen.peildatumHulp}
        standaard={eindVorigKwartaal(regie.vandaag())}
        vandaag={regie.vandaag()}
        onWaarde={setPeildatum}
        disabled={bezig !== null}
      />
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
          disabled={bezig !== null || !v || v.bronbladen.length === 0 || invoerFout}
        >
          {T.mijlpalen.maak}
        </Button>
        <Button
          onClick={() => {
            setNaKlik(true);
            void herken();
          }}
          disabled={bezig !== null}
        >
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
      {invoerFout && v && v.bronbladen.length > 0 && (
        <Text className={g.klein}>{T.mijlpalen.nietMaken}</Text>
      )}
      <Melding melding={melding} inBeeld={naKlik} />
      {resultaat && laatste && (
        <>
          <FaseTabel
            titel={T.mijlpalen.laatste(laatste.label)}
            counts={laatste.counts}
            total={laatste.total}
          />
          {doorstroom && <Doorstroom doorstroom={doorstroom} />}
          <Meldingen
            meldingen={resultaat.dashboard.anomalies}
            onSelecteer={(sheet, cell) => void regie.selecteer(sheet, cell)}
          />
          <div>
            <Button onClick={() => void regie.selecteer(resultaat.blad, "A1")}>
              {T.mijlpalen.naarBlad}
            </Button>
          </div>
        </>
      )}
      <RegioSectie peildatum={peildatum} />
    </section>
  );
}
