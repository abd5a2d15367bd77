import type { Grid } from "../../src/core/grid";
import { verschuifRij } from "../../src/taskpane/demo/demo-afwijkingen";

/**
 * A copy of the grid with one row's cells moved one column, from column `vanaf` (0-based) on, as
 * the source lists had them: to the left the cell before `vanaf` is overwritten; to the right
 * `vanaf` is left empty. The demo derives its shifted row the same way.
 */
export function verschuif(
  grid: Grid,
  row: number,
  vanaf: number,
  richting: "links" | "rechts"
): Grid {
  return { ...grid, values: verschuifRij(grid.values, row, vanaf, richting) };
}
