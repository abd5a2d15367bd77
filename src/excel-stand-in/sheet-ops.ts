import { cellCount, overlaps } from "./a1";
import { cellText } from "./cell-text";
import { interpretInput, UNCALCULATED_FORMULA_VALUE } from "./cell-input";
import { hostErrors } from "./errors";
import type { InputContext } from "./locales";
import {
  cellKey,
  emptyCell,
  MAX_COLUMNS,
  type Area,
  type CellModel,
  type SheetModel,
} from "./model";

export type Scalar = string | number | boolean;

/** Reads values as Range.values does: "" for empty cells and for merged cells other than the top-left. */
export function readValues(sheet: SheetModel, area: Area): Scalar[][] {
  return readGrid(sheet, area, (cell) => cell.value, "", true);
}

/** Range.formulas: the formula where there is one, else the value. */
export function readFormulas(sheet: SheetModel, area: Area): Scalar[][] {
  return readGrid(sheet, area, (cell) => cell.formula ?? cell.value, "", true);
}

/** Range.text: each cell as Excel shows it, dates in the workbook's date system (cell-text.ts). */
export function readTexts(sheet: SheetModel, area: Area, date1904: boolean): string[][] {
  return readGrid(sheet, area, (cell) => cellText(cell, date1904), "", true);
}

export function readNumberFormats(sheet: SheetModel, area: Area): string[][] {
  return readGrid(sheet, area, (cell) => cell.numberFormat, "General", false);
}

/** Writes `values` (or `formulas`): the array must match the range's size, as Excel requires. */
export function writeValues(
  sheet: SheetModel,
  area: Area,
  rows: readonly (readonly unknown[])[],
  ctx: InputContext
): void {
  checkShape(area, rows);
  rows.forEach((row, r) =>
    row.forEach((raw, c) => {
      const [rr, cc] = [area.top + r, area.left + c];
      const input = interpretInput(raw, sheet.cells.get(cellKey(rr, cc)), ctx);
      if (input.kind === "skip") return;
      const cell = touchCell(sheet, rr, cc);
      if (input.kind === "formula") {
        cell.formula = input.formula;
        cell.value = UNCALCULATED_FORMULA_VALUE;
      } else {
        delete cell.formula;
        cell.value = input.value;
        if (input.numberFormat) cell.numberFormat = input.numberFormat;
      }
    })
  );
}

export function writeNumberFormats(
  sheet: SheetModel,
  area: Area,
  rows: readonly (readonly unknown[])[]
): void {
  checkShape(area, rows);
  rows.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format !== null && format !== undefined)
        touchCell(sheet, area.top + r, area.left + c).numberFormat = String(format);
    })
  );
}

/** Applies `change` to every cell of the area, creating cells (formats apply to empty cells too). */
export function updateCells(
  sheet: SheetModel,
  area: Area,
  change: (cell: CellModel) => void
): void {
  if (cellCount(area) > 2_000_000)
    throw hostErrors.general(
      "excel-stand-in: formats on more than 2,000,000 cells are not modelled"
    );
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) change(touchCell(sheet, r, c));
}

/** The existing cells inside an area, without creating any (safe on whole columns or sheets). */
export function existingCells(sheet: SheetModel, area: Area): Array<[number, number, CellModel]> {
  const found: Array<[number, number, CellModel]> = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
    if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right)
      found.push([r, c, cell]);
  }
  return found;
}

export function touchCell(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = emptyCell()));
  return cell;
}

/** Keys of merged cells other than their area's top-left, within `area`: those read as "". */
export function coveredCells(sheet: SheetModel, area: Area): Set<number> {
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    if (!overlaps(m, area)) continue;
    for (let r = Math.max(m.top, area.top); r <= Math.min(m.bottom, area.bottom); r++)
      for (let c = Math.max(m.left, area.left); c <= Math.min(m.right, area.right); c++)
        if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  return covered;
}

function readGrid<T>(
  sheet: SheetModel,
  area: Area,
  pick: (cell: CellModel) => T,
  empty: T,
  blankCovered: boolean
): T[][] {
  const covered = blankCovered ? coveredCells(sheet, area) : new Set<number>();
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const key = cellKey(r, c);
      const cell = sheet.cells.get(key);
      row.push(cell === undefined ? empty : covered.has(key) ? empty : pick(cell));
    }
    rows.push(row);
  }
  return rows;
}

function checkShape(area: Area, rows: readonly (readonly unknown[])[]): void {
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  if (rows.length !== height || rows.some((row) => row.length !== width))
    throw hostErrors.invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
}
