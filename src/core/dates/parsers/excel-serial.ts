import { fromExcelSerial, IsoDate } from "../iso";

/**
 * A number cell is an Excel date serial: 44286 -> 2021-03-31 (the fraction is the time).
 * Numeric text counts only with five digits, the serials of 1927..2173:
 *   "44286", "44286.5", "44286,5"
 * so that a year ("2021") or a count ("3") typed as text is not read as a day in 1905 or 1900.
 */
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

export function parseExcelSerial(value: number | string): IsoDate | null {
  if (typeof value === "number") return fromExcelSerial(value);
  const text = value.trim();
  if (!SERIAL_TEXT.test(text)) return null;
  return fromExcelSerial(Number(text.replace(",", ".")));
}
