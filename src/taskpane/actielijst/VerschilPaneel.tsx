import type { Instellingen } from "../../app/instellingen";
import type { ActielijstOptions } from "../../app/regie";
import { ActiebladKeuze } from "../common/BladKeuze";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";
import { Verschil } from "./Verschil";

/**
 * The Verschil tab: what changed since an earlier version, one click from the top of the pane
 * (issue 26: under the findings it stood about 2,500 px down). The sheet is the same setting as on
 * the Actielijst tab, shown here too so the user sees which list is compared.
 */
export function VerschilPaneel({
  instellingen,
  onInstellingen,
  opties,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
  opties: ActielijstOptions;
}) {
  const g = useGedeeldeStijlen();
  return (
    <section className={g.paneel} aria-label={T.taken.verschil}>
      <ActiebladKeuze instellingen={instellingen} onInstellingen={onInstellingen} />
      <Verschil opties={opties} />
    </section>
  );
}
