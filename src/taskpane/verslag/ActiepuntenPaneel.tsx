import type { Instellingen } from "../../app/instellingen";
import { ActiebladKeuze } from "../common/BladKeuze";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";
import { Actiepunten } from "./Actiepunten";

/**
 * The Actiepunten tab: the action points of a DUO's verslag as new rows of the list. The sheet is
 * the same setting as on the other tabs, shown here too so the user sees which list gets the rows.
 */
export function ActiepuntenPaneel({
  instellingen,
  onInstellingen,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
}) {
  const g = useGedeeldeStijlen();
  return (
    <section className={g.paneel} aria-label={T.taken.actiepunten}>
      <ActiebladKeuze instellingen={instellingen} onInstellingen={onInstellingen} />
      <Actiepunten sheet={instellingen.actieblad} />
    </section>
  );
}
