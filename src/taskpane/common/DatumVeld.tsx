import { Button, Checkbox, Field, Input, makeStyles } from "@fluentui/react-components";
import { CalendarLtrRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { useReportValue } from "./use-report-value";
import type { IsoDate } from "../../core/dates/iso";
import { invoerDatum, readDatum, type Invoer } from "../../core/invoer";
import { T } from "../texts";

const useStyles = makeStyles({
  // The browser's own calendar opens from here; the field itself always shows DD-MM-JJJJ.
  kiezer: { position: "absolute", width: "1px", height: "1px", opacity: 0, border: 0, padding: 0 },
  rij: { position: "relative" },
});

/**
 * A date field as the pane's peildatum: typed as DD-MM-JJJJ (or picked from the browser's calendar
 * with the button beside it), checked as it is typed: a day that does not exist or a year outside
 * 2000-2099 is an error at the field, a year far from today is used only once the user ticks that it
 * is right. `onWaarde` gets the date, or null while the field cannot be used. `standaard` is the date
 * shown first, and again whenever it changes from outside. An `optioneel` field may stay empty
 * (its hint says what empty means): empty is no error, and is reported as "".
 */
export function DatumVeld({
  label,
  hint,
  wat,
  standaard,
  vandaag,
  onWaarde,
  onGetypt,
  optioneel = false,
  disabled,
}: {
  label: string;
  hint?: string;
  /** What the messages call it: "peildatum", or "datum" for any other date. */
  wat: "peildatum" | "datum";
  /** "" (only for an `optioneel` field): shown empty. */
  standaard: IsoDate | "";
  vandaag: IsoDate;
  onWaarde: (datum: IsoDate | null) => void;
  /** The user typed or picked a date (not a default set from outside). */
  onGetypt?: () => void;
  optioneel?: boolean;
  disabled?: boolean;
}) {
  const s = useStyles();
  const kiezer = useRef<HTMLInputElement>(null);
  const [tekst, setTekst] = useState(() => toon(standaard));
  const [bevestigd, setBevestigd] = useState(false);
  const lees = (t: string): Invoer<IsoDate> =>
    optioneel && t.trim() === "" ? { ok: true, waarde: "" } : readDatum(t, vandaag, wat);
  const invoer = lees(tekst);
  // A default that changes from outside (settings read from the workbook after the first render,
  // the date of a file just picked) replaces the text, unless the field already says that date.
  const [vorige, setVorige] = useState(standaard);
  if (standaard !== vorige) {
    setVorige(standaard);
    if (!(invoer.ok && invoer.waarde === standaard)) {
      setTekst(toon(standaard));
      setBevestigd(false);
    }
  }
  const bruikbaarVan = (t: string, b: boolean): IsoDate | null => {
    const i = lees(t);
    return i.ok && (i.vraag === undefined || b) ? i.waarde : null;
  };
  const meld = useReportValue(bruikbaarVan(tekst, bevestigd), onWaarde);
  const zet = (t: string) => {
    onGetypt?.();
    setTekst(t);
    setBevestigd(false);
    meld(bruikbaarVan(t, false));
  };
  // HTMLInputElement.showPicker (Chromium 99, Safari 16, Firefox 101; Edge WebView2 in Office):
  // without it there is no button, and typing still works.
  const kanKiezen =
    typeof HTMLInputElement !== "undefined" && "showPicker" in HTMLInputElement.prototype;
  return (
    <>
      <Field
        label={label}
        hint={hint}
        validationMessage={invoer.ok ? invoer.vraag : invoer.melding}
        validationState={invoer.ok ? (invoer.vraag ? "warning" : "none") : "error"}
      >
        <Input
          value={tekst}
          placeholder="DD-MM-JJJJ"
          onChange={(_e, d) => zet(d.value)}
          disabled={disabled}
          contentAfter={
            kanKiezen ? (
              <span className={s.rij}>
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<CalendarLtrRegular />}
                  aria-label={T.invoer.kiesDatum}
                  title={T.invoer.kiesDatum}
                  disabled={disabled}
                  onClick={() => {
                    const el = kiezer.current;
                    if (!el) return;
                    el.value = invoer.ok ? invoer.waarde : "";
                    el.showPicker();
                  }}
                />
                <input
                  ref={kiezer}
                  type="date"
                  tabIndex={-1}
                  aria-hidden
                  className={s.kiezer}
                  onChange={(e) => {
                    if (e.target.value) zet(invoerDatum(e.target.value as IsoDate));
                  }}
                />
              </span>
            ) : undefined
          }
        />
      </Field>
      {invoer.ok && invoer.vraag && (
        <Checkbox
          label={wat === "peildatum" ? T.invoer.peildatumBevestig : T.invoer.datumBevestig}
          checked={bevestigd}
          onChange={(_e, d) => {
            setBevestigd(d.checked === true);
            meld(bruikbaarVan(tekst, d.checked === true));
          }}
          disabled={disabled}
        />
      )}
    </>
  );
}

/** The field's text for a date: DD-MM-JJJJ, or empty. */
function toon(datum: IsoDate | ""): string {
  return datum === "" ? "" : invoerDatum(datum);
}
