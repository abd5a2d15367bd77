import type { CellValue, MergedArea } from "../../core/grid";

/** A sheet's size from A1 to its last non-empty cell, and its top-left corner, without its grid. */
export interface SheetShape {
  rowCount: number;
  columnCount: number;
  /** The first `rows` x `columns` cells, padded with "" as Office.js gives them. */
  head(rows: number, columns: number): CellValue[][];
}

/**
 * Blanks the cells of each merged area but its top-left (they read empty, as in Excel) and measures
 * what is left. `rows` is sparse: nothing is allocated for the empty rows and columns between A1
 * and a far-away cell (10 numbers at FOO100000 used to make a 100,010 x 4,461 grid before anyone
 * asked for more than the sheet's size: issue 24, case 8).
 */
export function sparseSheet(
  rows: CellValue[][],
  merges: readonly MergedArea[]
): SheetShape & { values(): CellValue[][] } {
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
  let full: CellValue[][] | null = null;
  return {
    rowCount: height,
    columnCount: width,
    head: (r, c) => padded(rows, Math.min(r, height), Math.min(c, width)),
    // The whole rectangle only when a use-case reads the sheet, once.
    values: () => (full ??= padded(rows, height, width)),
  };
}

/** From A1 to the last non-empty cell, every row as wide as the widest: the shape Office.js returns. */
export function rectangle(rows: CellValue[][], merges: readonly MergedArea[]): CellValue[][] {
  return sparseSheet(rows, merges).values();
}

/** The shape of a grid that is already a rectangle. */
export function shapeOf(values: readonly (readonly CellValue[])[]): SheetShape {
  const columnCount = values[0]?.length ?? 0;
  return {
    rowCount: values.length,
    columnCount,
    head: (r, c) => values.slice(0, r).map((row) => row.slice(0, c)),
  };
}

function padded(
  rows: readonly (readonly CellValue[] | undefined)[],
  height: number,
  width: number
) {
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? "";
    out[r] = full;
  }
  return out;
}
