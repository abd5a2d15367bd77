import type { CellValue } from "../../core/grid";

/**
 * A value as it must be written through `range.values` to arrive unchanged: text that Excel would not
 * store as typed gets a leading apostrophe, which makes Excel keep the rest as text and leaves it out of
 * what `values` reads back (README of src/host/office: text stays text); null becomes an empty cell;
 * numbers Excel cannot hold (NaN, Infinity) become empty too. Other text is written as it is: no
 * apostrophe, no format.
 */
export function asCellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return readAsOtherThanText(value) ? `'${value}` : value;
}

/**
 * Whether Excel in en-US or nl-NL could store the text as something other than that text. Broader than
 * Excel on purpose: an apostrophe too many is invisible, one too few changes the user's data.
 * - "=", "+", "-", "@" start a formula (=HYPERLINK(...) or +cmd copied from a cell would run), "#" an
 *   error value, and a leading apostrophe of the text itself would be swallowed;
 * - TRUE/FALSE and WAAR/ONWAAR, in any case and with spaces around, become booleans;
 * - what is left after taking out month and day words and am/pm, if it has a digit and nothing but
 *   digits, spaces, separators, signs, parentheses, "%", currency signs and an exponent's "e", can be a
 *   number ("1.234,5", ",5", "(5)", "5%", "€ 5", "1e5"), a date ("1-2", "mei 2021", "jan-21",
 *   "26 maart") or a time ("12:30").
 */
export function readAsOtherThanText(text: string): boolean {
  if (FORMULA_OR_QUOTE.test(text)) return true;
  const trimmed = text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
  if (BOOLEAN.test(trimmed)) return true;
  const rest = trimmed.replace(DATE_WORDS, " ");
  return /\d/.test(rest) && NUMERIC.test(rest);
}

const FORMULA_OR_QUOTE = /^[=+\-@#']/;
const BOOLEAN = /^(true|false|waar|onwaar)$/i;

// Months (English and Dutch, full and abbreviated), weekdays, and the halves of a day, as whole words.
const MONTHS =
  "jan(uary|uari)?|feb(ruary|ruari)?|mar(ch)?|maart|mrt|apr(il)?|may|mei|june?|juni|july?|juli" +
  "|aug(ust|ustus)?|sept?(ember)?|oct(ober)?|okt(ober)?|nov(ember)?|dec(ember)?";
const WEEKDAYS =
  "mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?" +
  "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo";
const DATE_WORDS = new RegExp(`(?<![a-z])(${MONTHS}|${WEEKDAYS}|am|pm|a|p)(?![a-z])\\.?`, "gi");

const NUMERIC = /^[\d\s\u00a0.,:/\-+()%€$£¥e]*$/i;
