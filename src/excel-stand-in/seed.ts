import { DAYS_1900_TO_1904 } from "../core/dates/iso";
import { parseRangeAddress } from "./a1";
import { normalizeColor } from "./colors";
import { firstVisible } from "./sheet-rules";
import { WorkbookModel, type SheetModel, type Visibility } from "./model";
import { UNCALCULATED_FORMULA_VALUE } from "./cell-input";
import { touchCell, updateCells } from "./sheet-ops";
import { mergeArea } from "./sheet-shape";

/** A cell as a test writes it: Excel's own kinds, or a Date (stored as a serial number, as Excel does). */
export type SeedValue = string | number | boolean | null | Date;

export interface SheetSeed {
  name: string;
  /**
   * From A1, stored as given: a seed is what the cells hold, so "0012" stays text. Only "=..." becomes a
   * formula and a leading apostrophe marks text ("'=..." is the text "=..."). Writes through the API,
   * by contrast, follow Excel's input rules (see cell-input.ts).
   */
  values?: SeedValue[][];
  /** What formula cells evaluate to, by address (the stand-in does not calculate; otherwise 0). */
  results?: Record<string, string | number | boolean>;
  /** Merged areas such as "E5:H8"; only the top-left value survives, as in Excel. */
  merges?: string[];
  /** Fills by address ("A2" or "A2:F2"): a colour (solid fill) or a colour and pattern. */
  fills?: Record<string, string | { color: string; pattern: string }>;
  /** Number formats by address, e.g. { "C2:C9": "d-m-yyyy" }. */
  numberFormats?: Record<string, string>;
  /** 0-based indexes of hidden rows. */
  hiddenRows?: number[];
  protected?: boolean;
  /** Cells unlocked (Range.format.protection.locked = false), by address: writable on a protected sheet. */
  unlocked?: string[];
  visibility?: Visibility;
}

/** Builds the model behind ExcelEmulator.fromSheets; the first visible sheet is the active one. */
export function buildModel(seeds: readonly SheetSeed[], date1904 = false): WorkbookModel {
  const model = new WorkbookModel();
  model.date1904 = date1904;
  for (const seed of seeds) model.sheets.push(buildSheet(model, seed));
  model.active = firstVisible(model);
  return model;
}

function buildSheet(model: WorkbookModel, seed: SheetSeed): SheetModel {
  const sheet = model.newSheet(seed.name);
  const at = (address: string) => parseRangeAddress(seed.name, address);
  seed.values?.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = touchCell(sheet, r, c);
      if (value instanceof Date)
        [cell.value, cell.numberFormat] = [toSerial(value, model.date1904), "d-m-yyyy"];
      else if (typeof value === "string" && value.length > 1 && value.startsWith("="))
        [cell.value, cell.formula] = [UNCALCULATED_FORMULA_VALUE, value];
      else cell.value = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
    });
  });
  for (const [address, result] of Object.entries(seed.results ?? {}))
    updateCells(sheet, at(address), (cell) => {
      if (cell.formula === undefined)
        throw new Error(`${address} holds no formula to give a result`);
      cell.value = result;
    });
  for (const [address, format] of Object.entries(seed.numberFormats ?? {}))
    updateCells(sheet, at(address), (cell) => (cell.numberFormat = format));
  for (const [address, fill] of Object.entries(seed.fills ?? {})) {
    const { color, pattern } = typeof fill === "string" ? { color: fill, pattern: "Solid" } : fill;
    updateCells(
      sheet,
      at(address),
      (cell) => (cell.fill = pattern === "None" ? null : { color: normalizeColor(color), pattern })
    );
  }
  for (const address of seed.merges ?? []) mergeArea(sheet, at(address), false);
  for (const row of seed.hiddenRows ?? []) sheet.hiddenRows.add(row);
  for (const address of seed.unlocked ?? [])
    updateCells(sheet, at(address), (cell) => (cell.locked = false));
  sheet.protected = seed.protected ?? false;
  sheet.visibility = seed.visibility ?? "Visible";
  return sheet;
}

/**
 * Excel serial date: days since 30-12-1899, time as the fraction of a day (the Date's local clock time).
 * Before 1 March 1900 Excel counts one less, because it treats 1900 as a leap year.
 */
export function toSerial(date: Date, date1904 = false): number {
  if (date1904) return toSerial(date) - DAYS_1900_TO_1904;
  const days =
    (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1899, 11, 30)) /
    86_400_000;
  const seconds = date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds();
  return (days < 61 ? days - 1 : days) + seconds / 86_400;
}
