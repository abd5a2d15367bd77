import { fromExcelSerial, IsoDate, serialIn1900System } from "../iso";

/**
 * A number cell is an Excel date serial: 44286 -> 2021-03-31 (the fraction is the time).
 * Numeric text counts only with five digits, the serials of 1927..2173:
 *   "44286", "44286.5", "44286,5"
 * so that a year ("2021") or a count ("3") typed as text is not read as a day in 1905 or 1900.
 * Serials count in the workbook's date system: with `date1904`, 42747 is 2021-01-13 too.
 */
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

export function parseExcelSerial(value: number | string, date1904 = false): IsoDate | null {
  if (typeof value === "number") return fromExcelSerial(serialIn1900System(value, date1904));
  const text = value.trim();
  if (!SERIAL_TEXT.test(text)) return null;
  return fromExcelSerial(serialIn1900System(Number(text.replace(",", ".")), date1904));
}
