import { DAYS_1900_TO_1904 } from "../../core/dates/iso";

/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_DAY_0 = 25_569;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/**
 * An ISO 8601 date cell (t="d", as openpyxl and LibreOffice can write them) as the serial Office.js
 * would give: days in the workbook's date system, the time as the fraction. The 1900 system counts
 * Excel's 29 February 1900, so days before 1 March 1900 are one lower. A time zone is ignored (a
 * cell holds a wall-clock time). null when the text is no date.
 */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const time = TIME.exec(text);
  if (time) return fraction(time[1], time[2], time[3]);
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let days = utc / 86_400_000 + UNIX_DAY_0;
  if (days < 61) days -= 1;
  if (date1904) days -= DAYS_1900_TO_1904;
  if (days < 0) return null;
  return days + (m[4] ? fraction(m[4], m[5], m[6]) : 0);
}

function fraction(h: string, min: string, s: string | undefined): number {
  return (Number(h) * 3600 + Number(min) * 60 + Number(s ?? 0)) / 86_400;
}
