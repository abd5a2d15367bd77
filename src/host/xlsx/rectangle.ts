import type { CellValue, MergedArea } from "../../core/grid";

/**
 * From A1 to the last non-empty cell, every row as wide as the widest: the shape Office.js returns.
 * Cells of a merged area other than its top-left read empty, as in Excel. `rows` is sparse.
 */
export function rectangle(rows: CellValue[][], merges: readonly MergedArea[]): CellValue[][] {
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r];
      if (row)
        for (let c = m.left; c <= m.right; c++)
          if ((r !== m.top || c !== m.left) && row[c] !== undefined) row[c] = "";
    }
  let height = 0;
  let width = 0;
  rows.forEach((row, r) => {
    let last = -1;
    row.forEach((v, c) => {
      if (v !== "" && v !== undefined) last = c;
    });
    if (last >= 0) {
      height = r + 1;
      width = Math.max(width, last + 1);
    }
  });
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? "";
    out[r] = full;
  }
  return out;
}
