import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid";

const MS_PER_DAY = 86_400_000;
/** Days between Excel's day 0 (1899-12-30, counting its fake 1900-02-29) and 1970-01-01. */
const EPOCH_OFFSET = 25_569;

/**
 * A cell value as Office.js would hand it over: dates as serial numbers, formulas as their result,
 * rich text as plain text, errors as their text, empty as "".
 */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === "object" && "error" in (result as object))
      return String((result as { error: unknown }).error);
    return toCellValue(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String((value as { text: unknown }).text ?? "");
  return "";
}

/** exceljs reads dates as UTC midnight; Excel stores them as days since its epoch. */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EPOCH_OFFSET;
}
