import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { RegioStap } from "../../app/mijlpalen/regio";
import type { RegioBladResultaat } from "../../app/mijlpalen/regio-blad";
import { succeeded, type Outcome, type Refusal } from "../../app/outcome";
import { foutTekst } from "../../app/weigering-berichten";
import type { IsoDate } from "../../core/dates/iso";
import { regioBericht, REGIO_WOORDEN, type RegioDashboard } from "../../core/mijlpalen";
import { Melding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { BestandKiezer } from "../common/BestandKiezer";
import { useTaakInBeeld } from "../common/useTaakInBeeld";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { FaseTabel, useTabelStijlen } from "./FaseTabel";

const useStyles = makeStyles({
  bestand: { display: "flex", alignItems: "center", gap: "8px", minWidth: 0 },
  naam: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  kop: { fontWeight: tokens.fontWeightSemibold },
  rand: { outlineStyle: "none", display: "flex", flexDirection: "column", gap: "8px" },
  woord: { overflowWrap: "anywhere" },
});

/** Findings across files listed in the pane; the sheet and --json have all. */
const MAX_IN_PANE = 20;

/**
 * "Gemeenten toevoegen": the gemeenten's own workbooks picked with the file picker, counted off
 * the main thread with progress per file ("Regio tellen"), the region's latest complete quarter
 * and per gemeente its total, the findings across files, then "Regiodashboard maken".
 */
export function RegioSectie({ peildatum }: { peildatum: IsoDate | null }) {
  const regie = useRegie();
  const s = useStyles();
  const ts = useTabelStijlen();
  const g = useGedeeldeStijlen();
  const kopId = useId();
  const [bestanden, setBestanden] = useState<File[]>([]);
  const [voortgang, setVoortgang] = useState<Record<string, RegioStap | "wacht">>({});
  const [regio, setRegio] = useState<RegioDashboard | null>(null);
  const [blad, setBlad] = useState<RegioBladResultaat | null>(null);
  const [bij, setBij] = useState<"tel" | "maak">("tel");
  const afbreken = useRef<AbortController | null>(null);
  const naarRegio = useNaarResultaat();
  const sleutel = `${peildatum}|${bestanden.map((b) => `${b.name}:${b.size}`).join("|")}`;
  const { bezig, melding, setMelding, voerUit, meldingRef } = useTaakInBeeld<"tel" | "maak">(
    sleutel
  );

  function voegToe(nieuw: File[]) {
    const geenXlsx = nieuw.filter((f) => !/\.xlsx$/i.test(f.name)).map((f) => f.name);
    const namen = new Set(bestanden.map((b) => b.name.toLowerCase()));
    const erbij = nieuw.filter((f) => /\.xlsx$/i.test(f.name) && !namen.has(f.name.toLowerCase()));
    setBestanden([...bestanden, ...erbij]);
    setRegio(null);
    setBlad(null);
    if (geenXlsx.length > 0) setMelding({ intent: "warning", tekst: T.regio.geenXlsx(geenXlsx) });
  }

  function verwijder(naam: string) {
    setBestanden((b) => b.filter((x) => x.name !== naam));
    setRegio(null);
    setBlad(null);
  }

  async function tel() {
    if (peildatum === null || bestanden.length === 0) return;
    afbreken.current = new AbortController();
    setBij("tel");
    setRegio(null);
    setBlad(null);
    setVoortgang(Object.fromEntries(bestanden.map((b) => [b.name, "wacht"])));
    const overige: Refusal[] = [];
    await voerUit(
      "tel",
      async (): Promise<Outcome<RegioDashboard>> => {
        const u = await regie.telRegio(
          bestanden.map((b) => ({ naam: b.name, inhoud: b })),
          {
            peildatum,
            signal: afbreken.current?.signal,
            onVoortgang: (bron, stap) => setVoortgang((v) => ({ ...v, [bron]: stap })),
          }
        );
        if (u.ok) return succeeded(u.value);
        overige.push(...u.refusals.slice(1));
        return { ok: false, refusal: u.refusals[0] };
      },
      (r) => {
        setRegio(r);
        const onvolledig = [...r.kwartalen, ...(r.lopend ? [r.lopend] : [])].filter(
          (k) => k.ontbrekend.length > 0
        ).length;
        setMelding({
          intent: "success",
          tekst: T.regio.geteld(r.gemeenten.length, r.kwartalen.length),
          detail: onvolledig > 0 ? T.regio.onvolledigTelling(onvolledig) : undefined,
        });
        return naarRegio.breng;
      }
    );
    if (overige.length > 0)
      setMelding((m) =>
        m
          ? {
              ...m,
              detail: [T.regio.fouten(overige.length + 1), ...overige.map(foutTekst)].join(" "),
            }
          : m
      );
  }

  async function maak() {
    if (!regio) return;
    setBij("maak");
    await voerUit(
      "maak",
      () => regie.schrijfRegioDashboard(regio),
      (r) => {
        setBlad(r);
        setMelding({
          intent: "success",
          tekst: T.regio.klaar(r.blad, r.vervangen),
          detail: r.bezetDoorGebruiker ? T.regio.bezet : undefined,
        });
      }
    );
  }

  // The message where the user acted: under "Regiodashboard maken" after it, else above the result.
  const melder = (
    <div ref={meldingRef} tabIndex={-1} className={s.rand}>
      <Melding melding={melding} />
    </div>
  );
  const volledig = regio
    ? [...regio.kwartalen].reverse().find((k) => k.ontbrekend.length === 0)
    : undefined;
  const onvolledig = regio
    ? [...regio.kwartalen, ...(regio.lopend ? [regio.lopend] : [])].filter(
        (k) => k.ontbrekend.length > 0
      )
    : [];
  const eigen = regio ? regio.gemeenten.reduce((n, x) => n + x.dashboard.anomalies.length, 0) : 0;
  return (
    <section className={g.paneel} aria-labelledby={kopId}>
      <Text as="h3" id={kopId} weight="semibold" size={400}>
        {T.regio.kop}
      </Text>
      <Text className={g.klein}>{T.regio.uitleg}</Text>
      <BestandKiezer
        label={T.regio.kies}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        kenmerk="data-gemeenten"
        multiple
        disabled={bezig !== null}
        onKies={voegToe}
      />
      {bestanden.length > 0 && (
        <ul className={g.lijst} aria-label={T.regio.gekozen(bestanden.length)}>
          {bestanden.map((b) => (
            <li key={b.name} className={s.bestand}>
              <Text className={s.naam}>
                {b.name} <span className={g.klein}>({T.regio.grootte(b.size)})</span>
                {/* While counting, and after it beside the result: each file's last step. */}
                {voortgang[b.name] && (bezig === "tel" || regio !== null) && (
                  <span className={g.klein}>: {T.regio.stap[voortgang[b.name]]}</span>
                )}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                aria-label={T.regio.verwijder(b.name)}
                onClick={() => verwijder(b.name)}
                disabled={bezig !== null}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={g.knoppen}>
        <Button
          appearance="primary"
          onClick={() => void tel()}
          disabled={bezig !== null || bestanden.length === 0 || peildatum === null}
        >
          {T.regio.tel}
        </Button>
      </div>
      {bezig === "tel" && (
        <>
          <Field
            validationMessage={T.regio.tellend(
              Object.values(voortgang).filter((x) => x === "klaar").length,
              bestanden.length
            )}
            validationState="none"
          >
            <ProgressBar
              value={
                Object.values(voortgang).filter((x) => x === "klaar").length /
                Math.max(1, bestanden.length)
              }
              aria-label={T.regio.voortgang}
            />
          </Field>
          <div>
            <Button size="small" onClick={() => afbreken.current?.abort()}>
              {T.mijlpalen.annuleer}
            </Button>
          </div>
        </>
      )}
      {!(regio && bij === "maak") && melder}
      {regio && (
        <div ref={naarRegio.ref} tabIndex={-1} className={s.rand} data-regio>
          {volledig ? (
            <FaseTabel
              titel={T.regio.laatste(volledig.label)}
              counts={volledig.counts}
              total={volledig.total}
            />
          ) : (
            <Text>{T.regio.geenVolledig}</Text>
          )}
          {onvolledig.length > 0 && (
            <ul className={g.lijst} aria-label={T.regio.onvolledig}>
              {onvolledig.map((k) => (
                <li key={k.label} className={s.woord}>
                  <Text>
                    {k.label} ({k.total.toLocaleString("nl-NL")}):{" "}
                    {REGIO_WOORDEN.onvolledig(k.ontbrekend)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {volledig && (
            <table className={ts.tabel} aria-label={T.regio.perGemeente(volledig.label)}>
              <caption className={ts.caption}>{T.regio.perGemeente(volledig.label)}</caption>
              <tbody>
                {regio.gemeenten.map((x) => {
                  const t = volledig.perGemeente.find((p) => p.gemeente === x.gemeente);
                  return (
                    <tr key={x.bron}>
                      <th
                        scope="row"
                        style={{ textAlign: "left", fontWeight: 400 }}
                        className={s.woord}
                      >
                        {x.gemeente}
                      </th>
                      <td className={ts.getal}>
                        {t ? t.total.toLocaleString("nl-NL") : T.regio.gemeenteNiet}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Text className={s.kop}>{T.regio.bevindingen(regio.bevindingen.length)}</Text>
          {regio.bevindingen.length === 0 ? (
            <Text className={g.klein}>{T.regio.geenBevindingen}</Text>
          ) : (
            <ul className={g.lijst} aria-label={T.regio.bevindingen(regio.bevindingen.length)}>
              {regio.bevindingen.slice(0, MAX_IN_PANE).map((b, i) => (
                <li key={i} className={s.woord}>
                  <Text>
                    <strong>{b.bron}</strong>
                    {b.sheet !== undefined && b.cell !== undefined
                      ? ` ${b.sheet}!${b.cell}`
                      : ""}: {regioBericht(b)}
                  </Text>
                </li>
              ))}
              {regio.bevindingen.length > MAX_IN_PANE && (
                <li>
                  <Text className={g.klein}>
                    {T.regio.meer(regio.bevindingen.length - MAX_IN_PANE)}
                  </Text>
                </li>
              )}
            </ul>
          )}
          <Text className={g.klein}>{T.regio.inWerkmappen(eigen)}</Text>
          <div className={g.knoppen}>
            <Button appearance="primary" onClick={() => void maak()} disabled={bezig !== null}>
              {T.regio.maak}
            </Button>
            {blad && (
              <Button onClick={() => void regie.selecteer(blad.blad, "A1")}>
                {T.regio.naarBlad}
              </Button>
            )}
          </div>
          {bezig === "maak" && <ProgressBar aria-label={T.regio.stapSchrijven} />}
          {bij === "maak" && melder}
        </div>
      )}
    </section>
  );
}
