import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useReportValue } from "./use-report-value";
import { readBinnenkortDagen } from "../../core/invoer";

/**
 * "Binnenkort (dagen)": a whole number of days 0-365, kept as typed. Empty, "-5", "abc" and "14,5"
 * are an error at the field, never turned into 0 or the previous value. `onWaarde` gets the number,
 * or null while the field holds no valid number.
 */
export function BinnenkortVeld({
  label,
  hint,
  waarde,
  onWaarde,
  disabled,
}: {
  label: string;
  hint: string;
  waarde: number;
  onWaarde: (dagen: number | null) => void;
  disabled?: boolean;
}) {
  const [tekst, setTekst] = useState(() => String(waarde));
  const invoer = readBinnenkortDagen(tekst);
  // A value that changes from outside (settings read from the workbook) replaces the text, unless
  // the field already says that number.
  const [vorige, setVorige] = useState(waarde);
  if (waarde !== vorige) {
    setVorige(waarde);
    if (!(invoer.ok && invoer.waarde === waarde)) setTekst(String(waarde));
  }
  const bruikbaar = invoer.ok ? invoer.waarde : null;
  const meld = useReportValue(bruikbaar, onWaarde);
  return (
    <Field label={label} hint={hint} validationMessage={invoer.ok ? undefined : invoer.melding}>
      <Input
        inputMode="numeric"
        value={tekst}
        onChange={(_e, d) => {
          setTekst(d.value);
          const nieuw = readBinnenkortDagen(d.value);
          meld(nieuw.ok ? nieuw.waarde : null);
        }}
        disabled={disabled}
      />
    </Field>
  );
}
