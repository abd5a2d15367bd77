/**
 * A cell value as Excel hands it over through Office.js `range.values`: text, a number (dates are
 * serial numbers), a boolean, or "" for an empty cell. Error values arrive as their text ("#N/A").
 * `null` is accepted as empty too, because other sources (exceljs, JSON) use it.
 */
export type CellValue = string | number | boolean | null;

/** A merged area in sheet coordinates: 0-based, inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet as the core sees it: values anchored at A1 (row 0 is sheet row 1, column 0 is column A)
 * and the merged areas. Cells of a merged area other than its top-left hold "" as in Excel.
 */
export interface Grid {
  sheet: string;
  values: CellValue[][];
  merges: MergedArea[];
  /**
   * The workbook counts dates from 1904 (`date1904`, Workbook.use1904DateSystem): a date serial is
   * then 1,462 days lower than in the default 1900 system. Absent means the 1900 system.
   */
  date1904?: boolean;
  /**
   * The host could not tell the date system (Excel showed no date cell to compare), so the 1900
   * system is assumed; a file always tells.
   */
  dateSystemAssumed?: boolean;
}

export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** The value shown as text, trimmed, as Dutch Excel shows it (WAAR, ONWAAR); "" for empty cells. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  return String(value).trim();
}

const EXCEL_FOUTEN =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True when the cell holds an Excel error value (#N/A, #REF! ...) rather than data. */
export function isExcelError(value: CellValue | undefined): boolean {
  return typeof value === "string" && EXCEL_FOUTEN.test(value.trim());
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? "";
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.values) if (row.length > max) max = row.length;
  return max;
}

/**
 * The values with every cell of a merged area given the value of its top-left cell, as a reader of
 * the sheet sees it. The input grid is left untouched.
 */
export function withMergedValues(grid: Grid): CellValue[][] {
  const values = grid.values.map((row) => row.slice());
  for (const area of grid.merges) {
    const master = cellAt(grid, area.top, area.left);
    for (let r = area.top; r <= area.bottom; r++) {
      const row = values[r] ?? (values[r] = []);
      for (let c = area.left; c <= area.right; c++) row[c] = master;
    }
  }
  return values;
}
