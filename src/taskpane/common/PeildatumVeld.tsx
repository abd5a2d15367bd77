import { Checkbox, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useReportValue } from "./use-report-value";
import type { IsoDate } from "../../core/dates/iso";
import { invoerDatum, readPeildatum } from "../../core/invoer";
import { T } from "../texts";

/**
 * A peildatum typed as DD-MM-JJJJ, checked as it is typed (leesPeildatum): an impossible date or a
 * year outside 2000-2099 is an error at the field, a year far from today is used only once the
 * user ticks that it is right. `onWaarde` gets the date, or null while the field cannot be used.
 * `standaard` is the date shown first, and again whenever it changes from outside.
 */
export function PeildatumVeld({
  label,
  hint,
  standaard,
  vandaag,
  onWaarde,
  disabled,
}: {
  label: string;
  hint: string;
  standaard: IsoDate;
  vandaag: IsoDate;
  onWaarde: (peildatum: IsoDate | null) => void;
  disabled?: boolean;
}) {
  const [tekst, setTekst] = useState(() => invoerDatum(standaard));
  const [bevestigd, setBevestigd] = useState(false);
  const invoer = readPeildatum(tekst, vandaag);
  // A default that changes from outside (settings read from the workbook after the first render)
  // replaces the text, unless the field already says that date (it was typed here).
  const [vorige, setVorige] = useState(standaard);
  if (standaard !== vorige) {
    setVorige(standaard);
    if (!(invoer.ok && invoer.waarde === standaard)) {
      setTekst(invoerDatum(standaard));
      setBevestigd(false);
    }
  }
  const bruikbaarVan = (t: string, b: boolean): IsoDate | null => {
    const i = readPeildatum(t, vandaag);
    return i.ok && (i.vraag === undefined || b) ? i.waarde : null;
  };
  const bruikbaar = bruikbaarVan(tekst, bevestigd);
  const meld = useReportValue(bruikbaar, onWaarde);
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
          onChange={(_e, d) => {
            setTekst(d.value);
            setBevestigd(false);
            meld(bruikbaarVan(d.value, false));
          }}
          disabled={disabled}
        />
      </Field>
      {invoer.ok && invoer.vraag && (
        <Checkbox
          label={T.invoer.peildatumBevestig}
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
