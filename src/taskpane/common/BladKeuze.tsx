import { Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Instellingen } from "../../app/instellingen";
import { useRegie } from "../regie-context";
import { T } from "../texts";

export interface BladKeuzeProps {
  label: string;
  automatisch: string;
  /** What "automatisch" means, under the field: the option itself stays short enough for 350 px. */
  hint?: string;
  waarde: string | null;
  onKeuze: (blad: string | null) => void;
}

/**
 * Choose a sheet, or leave it to Regie. The list is read when the field opens, so sheets added since
 * the pane opened are there too; a remembered sheet that is gone still shows, so the choice is visible.
 */
export function SheetChoice({ label, automatisch, hint, waarde, onKeuze }: BladKeuzeProps) {
  const regie = useRegie();
  const [bladen, setBladen] = useState<string[]>([]);
  const laad = () => void regie.bladen().then(setBladen, () => setBladen([]));
  useEffect(laad, [regie]);
  const opties = waarde && !bladen.includes(waarde) ? [waarde, ...bladen] : bladen;
  return (
    <Field label={label} hint={hint}>
      <Select
        // Long sheet names must not widen the pane; the native list still shows them in full.
        style={{ maxWidth: "100%", minWidth: 0 }}
        value={waarde ?? ""}
        onFocus={laad}
        onChange={(_e, d) => onKeuze(d.value === "" ? null : d.value)}
      >
        <option value="">{automatisch}</option>
        {opties.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * The action list's sheet, one setting for the Actielijst, Verschil and Actiepunten tabs: shown on
 * each so the user sees which list the tab works on.
 */
export function ActiebladKeuze({
  instellingen,
  onInstellingen,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
}) {
  return (
    <SheetChoice
      label={T.actielijst.blad}
      automatisch={T.actielijst.bladAutomatisch}
      hint={T.actielijst.bladAutomatischHulp}
      waarde={instellingen.actieblad}
      onKeuze={(actieblad) => onInstellingen({ ...instellingen, actieblad })}
    />
  );
}
