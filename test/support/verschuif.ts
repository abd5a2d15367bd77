import type { CellValue, Grid } from "../../src/core/grid";

/**
 * A copy of the grid with one row's cells moved one column, from column `vanaf` (0-based) on, as
 * the source lists had them: to the left the cell before `vanaf` is overwritten; to the right
 * `vanaf` is left empty.
 */
export function verschuif(
  grid: Grid,
  row: number,
  vanaf: number,
  richting: "links" | "rechts"
): Grid {
  const values = grid.values.map((r) => [...r]);
  const oud: CellValue[] = values[row - 1];
  const breedte = Math.max(...values.map((r) => r.length));
  const rij = Array.from({ length: breedte }, (_, c) => oud[c] ?? "");
  if (richting === "links") {
    for (let c = vanaf - 1; c < breedte - 1; c++) rij[c] = rij[c + 1];
    rij[breedte - 1] = "";
  } else {
    for (let c = breedte - 1; c > vanaf; c--) rij[c] = rij[c - 1];
    rij[vanaf] = "";
  }
  values[row - 1] = rij;
  return { ...grid, values };
}
