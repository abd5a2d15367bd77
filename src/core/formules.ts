import { cellAddress, parseCell } from "./address";
import type { MergedArea } from "./grid";

/**
 * The params of a "formula without its result" finding: how many cells, the first few by address.
 * Only a file can hold such cells (a producer that does not calculate wrote them); Excel always has
 * a result. The core reads them as empty and says so.
 */
export function nietBerekendParams(areas: readonly MergedArea[]): {
  aantal: number;
  cellen: string;
} {
  const adressen = areas.map((a) => cellAddress(a.top, a.left));
  const eerste = adressen.slice(0, 5).join(", ");
  return {
    aantal: adressen.length,
    cellen: adressen.length > 5 ? `${eerste} en ${adressen.length - 5} andere` : eerste,
  };
}

/**
 * Whether a cell holds a formula, from the areas the host reported. Regie proposes no value for such
 * a cell: writing one would replace the user's formula for good. Single cells (as files report them)
 * are looked up at once; rectangles (as Excel reports them) are few and scanned.
 */
export function formuleZoeker(areas: readonly MergedArea[] = []): (cell: string) => boolean {
  if (areas.length === 0) return () => false;
  const cellen = new Set<string>();
  const rechthoeken: MergedArea[] = [];
  for (const a of areas)
    if (a.top === a.bottom && a.left === a.right) cellen.add(`${a.top},${a.left}`);
    else rechthoeken.push(a);
  return (cell) => {
    const p = parseCell(cell);
    if (!p) return false;
    if (cellen.has(`${p.row},${p.col}`)) return true;
    return rechthoeken.some(
      (a) => p.row >= a.top && p.row <= a.bottom && p.col >= a.left && p.col <= a.right
    );
  };
}
