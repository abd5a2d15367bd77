import type ExcelJS from "exceljs";
import { EXCELJS_VALUE_TYPE } from "./exceljs-load";
import type { Fill } from "../../app/ports";
import type { CellValue, Grid, MergedArea } from "../../core/grid";
import { toCellValue } from "./cell-values";
import { fromExcelFill } from "./fills";

export interface ParsedSheet {
  grid: Grid;
  hiddenRows: number[];
  /** Cells holding a formula (shared formulas too), one area per cell. */
  formulas: MergedArea[];
}

/** The sheet's values from A1 to its last non-empty cell, as Office.js would return them. */
export function readSheet(ws: ExcelJS.Worksheet): ParsedSheet {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const formulas: MergedArea[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r - 1);
    const out: CellValue[] = [];
    let last = -1;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Excel shows a merged area's value only in its top-left cell; the others read as empty.
      const v = cell.type === EXCELJS_VALUE_TYPE.Merge ? "" : toCellValue(cell.value);
      out[c - 1] = v;
      if (cell.type === EXCELJS_VALUE_TYPE.Formula)
        formulas.push({ top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 });
      if (v !== "") last = c - 1;
    });
    if (last >= 0) {
      rows[r - 1] = out.slice(0, last + 1);
      width = Math.max(width, last + 1);
    }
  });
  const values: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? "";
    values.push(full);
  }
  return {
    grid: { sheet: ws.name, values, merges: mergedAreas(ws) },
    hiddenRows: hiddenRows.filter((r) => r < values.length),
    formulas,
  };
}

/** Fills of the cells of the grid's rectangle. */
export function readFills(ws: ExcelJS.Worksheet, grid: Grid): Fill[][] {
  return grid.values.map((row, r) =>
    row.map((_v, c) => fromExcelFill(ws.findCell(r + 1, c + 1)?.fill))
  );
}

/** exceljs keeps merges keyed by their top-left address (1-based); the port uses 0-based areas. */
function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  const merges = (
    ws as unknown as {
      _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
    }
  )._merges;
  return Object.values(merges ?? {}).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}
