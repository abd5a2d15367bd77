import { cellKey, MAX_COLUMNS, type SheetModel } from "../../src/excel-stand-in/model";
import type { ExcelEmulator } from "../../src/excel-stand-in";

/**
 * What a user does in Excel's own window, outside any add-in: inserting or deleting a whole row of a
 * sheet. Cells, fills, data validations, merges and hidden rows below move with it, as in Excel; a
 * merge the row cuts through grows or shrinks. Done on the emulator's model, since no add-in API call is involved.
 */
export function insertRow(excel: ExcelEmulator, sheet: string, row: number): void {
  shiftRows(sheetOf(excel, sheet), row, +1);
}

/** Deletes the (0-based) row; what was in it is gone. */
export function deleteRow(excel: ExcelEmulator, sheet: string, row: number): void {
  const model = sheetOf(excel, sheet);
  for (const key of [...model.cells.keys()])
    if (Math.floor(key / MAX_COLUMNS) === row) model.cells.delete(key);
  for (const key of [...model.validations.keys()])
    if (Math.floor(key / MAX_COLUMNS) === row) model.validations.delete(key);
  model.hiddenRows.delete(row);
  model.merges = model.merges.filter((m) => !(m.top === row && m.bottom === row));
  shiftRows(model, row + 1, -1);
}

function sheetOf(excel: ExcelEmulator, sheet: string): SheetModel {
  const model = excel.model.find(sheet);
  if (!model) throw new Error(`geen blad ${sheet}`);
  return model;
}

/** Moves every row from `from` down by `by` (up when negative). */
function shiftRows(sheet: SheetModel, from: number, by: number): void {
  shiftKeys(sheet.cells, from, by);
  shiftKeys(sheet.validations, from, by);
  const hidden = [...sheet.hiddenRows];
  sheet.hiddenRows.clear();
  for (const r of hidden) sheet.hiddenRows.add(r >= from ? r + by : r);
  sheet.merges = sheet.merges
    .map((m) => ({
      ...m,
      top: m.top >= from ? m.top + by : m.top,
      bottom: m.bottom >= from ? m.bottom + by : m.bottom,
    }))
    .filter((m) => m.bottom >= m.top && (m.bottom > m.top || m.right > m.left));
}

/** Moves the entries of a map keyed by cell (row * MAX_COLUMNS + column) from row `from` on. */
function shiftKeys<T>(cells: Map<number, T>, from: number, by: number): void {
  const moved: [number, T][] = [];
  for (const [key, cell] of cells)
    if (Math.floor(key / MAX_COLUMNS) >= from) moved.push([key, cell]);
  for (const [key] of moved) cells.delete(key);
  for (const [key, cell] of moved)
    cells.set(cellKey(Math.floor(key / MAX_COLUMNS) + by, key % MAX_COLUMNS), cell);
}
