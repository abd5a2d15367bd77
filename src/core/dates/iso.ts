import {
  addDays as addDaysFns,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  getQuarter,
} from "date-fns";

/** A calendar date as "YYYY-MM-DD": how dates cross every boundary, so no time zone can shift a day. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Excel's day 0 for serials from 61 on; below that Excel counts its fake 29 Feb 1900 (serial 60). */
const EXCEL_EPOCH = new Date(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2958465; // 9999-12-31

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/**
 * null for impossible dates (31 feb) and years outside 1000..9999 (they do not fit "YYYY").
 * Plain arithmetic, no Date objects: milestone sheets hold 50,000 rows of five dates each.
 */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoOf(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(addDaysFns(toLocalDate(iso), days));
}

/** Calendar days from a to b (b - a): positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  // Calendar days in UTC: no time zone or summer time can shift a day, and it runs once per action.
  return Math.round((utcDag(b) - utcDag(a)) / 86_400_000);
}

function utcDag(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function endOfMonthIso(year: number, month: number): IsoDate {
  return toIso(endOfMonth(new Date(year, month - 1, 1)));
}

/** Q1 -> 03-31 ... Q4 -> 12-31. */
export function quarterEnd(year: number, quarter: number): IsoDate {
  return toIso(endOfQuarter(new Date(year, (quarter - 1) * 3, 1)));
}

/** Q1 -> 01-01 ... Q4 -> 10-01. */
export function quarterStart(year: number, quarter: number): IsoDate {
  return toIso(new Date(year, (quarter - 1) * 3, 1));
}

export function quarterOf(iso: IsoDate): { year: number; quarter: number } {
  const date = toLocalDate(iso);
  return { year: date.getFullYear(), quarter: getQuarter(date) };
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/**
 * Excel 1900 date system: serial 1 = 1900-01-01, 60 = Excel's non-existent 1900-02-29 (null here),
 * 61 = 1900-03-01. The fraction is the time of day and is ignored.
 */
export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_EXCEL_SERIAL || days === 60) return null;
  if (days < FIRST_PLAIN_SERIAL) return toIso(addDaysFns(EXCEL_EPOCH, days + 1));
  return fromUnixDay(days - UNIX_DAY_0);
}

/** Serial of 1970-01-01 in Excel's 1900 system. */
const UNIX_DAY_0 = 25569;
/** From serial 61 (1900-03-01) on, Excel's serials are plain day counts. */
const FIRST_PLAIN_SERIAL = 61;

/**
 * Days since 1970-01-01 to a date by arithmetic (H. Hinnant's civil_from_days), without Date
 * objects: this counts when 50,000 rows hold five dates each.
 */
function fromUnixDay(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Days from the 1900 system's day 0 to 1904-01-01, the 1904 system's day 0. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * A serial of the workbook's date system as a 1900-system serial, the one fromExcelSerial reads:
 * in a workbook with the 1904 date system (Excel for Mac of old, `date1904`) serial 0 is 1904-01-01.
 */
export function serialIn1900System(serial: number, date1904 = false): number {
  return date1904 ? serial + DAYS_1900_TO_1904 : serial;
}

/** The inverse of fromExcelSerial; null for a text that is no IsoDate or lies before 1900. */
export function toExcelSerial(iso: IsoDate): number | null {
  if (!isIsoDate(iso)) return null;
  const days = differenceInCalendarDays(toLocalDate(iso), EXCEL_EPOCH);
  if (days < 2) return null;
  return days < 61 ? days - 1 : days;
}

/**
 * The one way Regie shows a date to a user, in the pane, the command line, mail texts and fields:
 * "2021-02-24" -> "24-02-2021" (dd-mm-jjjj, zero-padded).
 */
export function datumNederlands(iso: IsoDate): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/**
 * A date in a message: ISO dates as dd-mm-jjjj (datumNederlands), anything else as given.
 * Messages carry dates as params, which may be missing or already text.
 */
export function datumTekst(waarde: string | number | undefined): string {
  const tekst = String(waarde ?? "");
  return isIsoDate(tekst) ? datumNederlands(tekst) : tekst;
}

/** Local midnight of the date: local on both sides, so formatting gives the same calendar day back. */
export function toLocalDate(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Plain string building: date-fns' format costs 30 us a call, a fifth of validating a row. */
function toIso(date: Date): IsoDate {
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A valid year (1000..9999), month and day as "YYYY-MM-DD". */
function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
