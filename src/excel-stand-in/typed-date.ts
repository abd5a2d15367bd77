import { DAYS_1900_TO_1904 } from "../core/dates/iso";
import type { InputContext } from "./locales";
import { toSerial } from "./seed";
import type { Typed } from "./typed-input";

// A time at the end of a date: "1-2-2021 12:30", "March 26 5 pm".
const DATE_TIME =
  /^(.+?)\s+(\d{1,4}:\d{1,2}(?::\d{1,2}(?:[.,]\d+)?)?(?:\s*(?:am|pm|a|p))?|\d{1,2}\s*(?:am|pm|a|p))$/i;

/** Dates, times and both as Excel reads typed input; the value is the serial number, null when not one. */
export function typedDate(s: string, ctx: InputContext): Typed | null {
  const time = typedTime(s);
  if (time !== null) return { value: time, numberFormat: "h:mm" };
  const day = inStelsel(typedDay(s, ctx), ctx);
  if (day !== null) return { value: day, numberFormat: ctx.locale.dateFormat };
  const both = DATE_TIME.exec(s);
  if (!both) return null;
  const [d, t] = [inStelsel(typedDay(both[1], ctx), ctx), typedTime(both[2])];
  return d !== null && t !== null
    ? { value: d + t, numberFormat: `${ctx.locale.dateFormat} h:mm` }
    : null;
}

/**
 * "12:30", "12:30:15", "9:05 pm", "5 pm", "25:00" (a duration): the fraction of a day. Hours above 23
 * without am/pm are taken as Excel takes a typed duration (assumption).
 */
function typedTime(s: string): number | null {
  const m =
    /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}(?:[.,]\d+)?))?(?:\s*(am|pm|a|p))?$/i.exec(s) ??
    /^(\d{1,2})()()\s*(am|pm|a|p)$/i.exec(s);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] || 0);
  const seconds = Number((m[3] || "0").replace(",", "."));
  if (minutes > 59 || seconds >= 60) return null;
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half.startsWith("p") ? 12 : 0);
  }
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/**
 * A date without time, in the locale's order:
 *   all digits: "1-2-2021", "1/2/21", "2021-02-01", "1-2" (this year), "2-2021" (month and year)
 *   with a month word: "26 maart", "26-mrt-21", "1 mei 2021", "March 26, 2021", "mei 2021", "jan-21"
 */
function typedDay(s: string, ctx: InputContext): number | null {
  const lower = s.toLowerCase();
  if (/^\d+([-/.]\d+){1,2}$/.test(lower)) return numericDay(lower.split(/[-/.]/), ctx);
  const tokens = lower.replace(/\.$/, "").split(/\s*[-/.,]\s*|\s+/);
  if (tokens.length < 2 || tokens.length > 3 || tokens.some((t) => t === "")) return null;
  const months = tokens.map((t) => monthOf(t, ctx));
  const at = months.findIndex((m) => m !== null);
  if (at < 0 || months.filter((m) => m !== null).length > 1) return null;
  const numbers = tokens.filter((_, i) => i !== at);
  if (!numbers.every((t) => /^\d{1,4}$/.test(t))) return null;
  const month = months[at]!;
  const a = Number(numbers[0]);
  if (numbers.length === 2) {
    // "26 maart 2021" or "March 26, 2021": the day next to the month, the year last.
    if (at === 2) return null;
    return dateOf(year(numbers[1]), month, a);
  }
  // One number: a day before the month; after it a day when it can be one, else a year.
  if (at === 1 || (a <= 31 && numbers[0].length <= 2)) return dateOf(ctx.year, month, a);
  return dateOf(year(numbers[0]), month, 1);
}

function numericDay(parts: string[], ctx: InputContext): number | null {
  const n = parts.map(Number);
  if (parts[0].length === 4)
    return parts.length === 3 ? dateOf(n[0], n[1], n[2]) : dateOf(n[0], n[1], 1);
  const [day, month] = ctx.locale.dayFirst ? [n[0], n[1]] : [n[1], n[0]];
  if (parts.length === 3) return dateOf(year(parts[2]), month, day);
  // "1-2": a day this year; "2-2021" or "5-45": a month and a year.
  return dateOf(ctx.year, month, day) ?? dateOf(year(parts[1]), n[0], 1);
}

/** Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (Windows' default century window). */
function year(text: string): number {
  const y = Number(text);
  if (text.length <= 2) return y < 30 ? 2000 + y : 1900 + y;
  return text.length === 4 ? y : Number.NaN;
}

function monthOf(token: string, ctx: InputContext): number | null {
  const word = token.replace(/\.$/, "");
  const i = ctx.locale.months.findIndex((names) => names.includes(word));
  return i < 0 ? null : i + 1;
}

function dateOf(y: number, month: number, day: number): number | null {
  if (!Number.isInteger(y) || y < 1900 || y > 9999) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(y, month, 0).getDate()) return null;
  return toSerial(new Date(y, month - 1, day));
}

/** A day's 1900 serial as the workbook stores it: in a 1904 workbook 1,462 lower (a time has no day). */
function inStelsel(serial: number | null, ctx: InputContext): number | null {
  return serial !== null && ctx.date1904 ? serial - DAYS_1900_TO_1904 : serial;
}
