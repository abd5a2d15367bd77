import type { CellValue } from "../grid";
import { isoFromParts, type IsoDate } from "./iso";
import { parseExcelSerial } from "./parsers/excel-serial";
import { MONTH_WORD, monthNumber } from "./words";

/** A date cell read exactly: empty, one day, or text that states no one day. */
export type ExactDate =
  { kind: "empty" } | { kind: "date"; date: IsoDate } | { kind: "unreadable"; text: string };

/** Texts that say "no date" on purpose: an empty cell in all but looks. */
const EMPTY_TEXTS = new Set(["", "nvt", "n v t", "geen", "nee"]);

/**
 * The exact-date mode, for cells that record what happened on one day (a mijlpaal): unlike a
 * deadline, only exact dates are read (no months, quarters, "eind maart" or "medio"): Excel serials
 * (43921, also "43921" as text, as parseExcelSerial reads them) and Dutch date text
 *   "31-3-2020", "31-03-2020", "31/3/2020", "31.3.2020", "31-3-20", "2020-03-31",
 *   "31 maart 2020", "31 mrt. 2020", "31-3-2020 14:00" (the time is ignored)
 * "-", "n.v.t." and empty cells are no date; anything else is unreadable. Serials count in the
 * workbook's date system (`date1904`: from 1904-01-01).
 */
export function readExactDate(value: CellValue, date1904 = false): ExactDate {
  if (value === null) return EMPTY;
  if (typeof value === "number") return outcome(parseExcelSerial(value, date1904), String(value));
  const text = String(value).trim();
  if (typeof value === "boolean") return { kind: "unreadable", text };
  if (text === "") return EMPTY;
  const serial = parseExcelSerial(text, date1904);
  if (serial) return outcome(serial, text);
  // A "?" or "(verwacht)" makes it no exact date; separators are all the punctuation a date has.
  if (/[^0-9a-z\s\-/.:,]/i.test(text)) return { kind: "unreadable", text };
  const folded = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return EMPTY_TEXTS.has(folded) ? EMPTY : outcome(fromText(folded), text);
}

const EMPTY: ExactDate = Object.freeze({ kind: "empty" });

function outcome(date: IsoDate | null, text: string): ExactDate {
  return date ? { kind: "date", date } : { kind: "unreadable", text };
}

const TIME = "(?: \\d{1,2} \\d{2}(?: \\d{2})?)?";
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) (\\d{1,2}) (\\d{4}|\\d{2})${TIME}$`);
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4}) (\\d{1,2}) (\\d{1,2})${TIME}$`);
const DAY_MONTHNAME_YEAR = new RegExp(`^(\\d{1,2}) (${MONTH_WORD}) (\\d{4})${TIME}$`);

function fromText(folded: string): IsoDate | null {
  let m = DAY_MONTH_YEAR.exec(folded);
  if (m) return isoFromParts(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = YEAR_MONTH_DAY.exec(folded);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTHNAME_YEAR.exec(folded);
  if (m) return isoFromParts(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  return null;
}

/** Two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx. */
function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy < 30 ? 2000 + yy : 1900 + yy;
}
