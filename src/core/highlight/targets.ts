import { areaAddress } from "../address";
import type { MergedArea } from "../grid";
import { MergeIndex } from "../merges";
import type { ActielijstRapport } from "../actielijst/validate";

export type Markeersoort = "overdue" | "due-soon";

/** Light red and light orange: the legend's colours, light enough to keep the text readable. */
export const MARKEERKLEUREN: Record<Markeersoort, string> = {
  overdue: "#FFC7CE",
  "due-soon": "#FFD8A8",
};

/** One unit to colour: a single cell, or a whole merged area (Excel colours a merge as one). */
export interface Doel {
  address: string;
  area: MergedArea;
  soort: Markeersoort;
}

/**
 * The cells to colour for overdue and due-soon actions: each row's cells across its table columns.
 * A merged area spanning several rows is coloured only when all its rows get the same colour,
 * so a goal merged over fourteen actions is not painted red for one of them.
 */
export function markeerDoelen(rapport: ActielijstRapport, merges: readonly MergedArea[]): Doel[] {
  const soortPerRij = new Map<number, Markeersoort>();
  for (const a of rapport.acties)
    if (a.verkeerslicht === "overdue" || a.verkeerslicht === "due-soon")
      soortPerRij.set(a.row - 1, a.verkeerslicht);
  const index = new MergeIndex(merges);
  const doelen = new Map<string, Doel>();
  for (const actie of rapport.acties) {
    const r = actie.row - 1;
    const soort = soortPerRij.get(r);
    if (!soort) continue;
    const cols = Object.values(actie.bron.blok.kolommen) as number[];
    for (let c = Math.min(...cols); c <= Math.max(...cols); c++) {
      const merge = index.areaAt(r, c);
      const area = merge ?? { top: r, left: c, bottom: r, right: c };
      if (merge && !heelGebied(merge, soort, soortPerRij)) continue;
      const address = areaAddress(area);
      if (!doelen.has(address)) doelen.set(address, { address, area, soort });
    }
  }
  return [...doelen.values()];
}

function heelGebied(
  area: MergedArea,
  soort: Markeersoort,
  soortPerRij: Map<number, Markeersoort>
): boolean {
  for (let r = area.top; r <= area.bottom; r++) if (soortPerRij.get(r) !== soort) return false;
  return true;
}
