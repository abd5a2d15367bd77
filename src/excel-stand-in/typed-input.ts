import type { InputContext } from "./locales";
import { typedDate } from "./typed-date";

/** A text that Excel would store as something else: a number (dates are serials) or a boolean. */
export interface Typed {
  value: number | boolean;
  /** The number format Excel gives a General cell with it (a date, time or percentage). */
  numberFormat?: string;
}

/**
 * Text converted the way Excel converts typed input in the context's locale: booleans, numbers with the
 * locale's separators, currency, percentages, scientific notation, negatives in parentheses, dates and
 * times. Leading and trailing spaces do not stop it. Null when the text stays text. Where Microsoft
 * documents no exact rule, this converts rather than not (README: host rules), so that a test fails when
 * Regie writes such a text unguarded.
 */
export function typedValue(text: string, ctx: InputContext): Typed | null {
  const s = text.replace(/^ +| +$/g, "");
  if (s === "") return null;
  const upper = s.toUpperCase();
  if (upper === ctx.locale.booleans.true) return { value: true };
  if (upper === ctx.locale.booleans.false) return { value: false };
  return typedNumber(s, ctx) ?? typedDate(s, ctx);
}

/**
 * Numbers: "12", "-3.5", "1e3", ".5", "1,234.5" (en-US) / ",5", "1.234,5" (nl-NL), "(5)", "5%",
 * "$ 5", "5 €", "-$5", "1 1/2".
 */
function typedNumber(s: string, ctx: InputContext): Typed | null {
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    const inner = typedNumber(paren[1].trim(), ctx);
    return inner && typeof inner.value === "number" && inner.value >= 0
      ? { ...inner, value: -inner.value }
      : null;
  }
  // A whole number and a fraction: "1 1/2", "0 3/4".
  const fraction = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(s);
  if (fraction && Number(fraction[4]) > 0) {
    const n = Number(fraction[2]) + Number(fraction[3]) / Number(fraction[4]);
    return { value: fraction[1] === "-" ? -n : n };
  }
  const { decimal, group, currency } = ctx.locale;
  const d = escape(decimal);
  const g = escape(group);
  const c = escape(currency);
  // Groups of three after the first one to three digits, as the locale writes thousands.
  const digits = `(?:(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?`;
  const pattern = new RegExp(`^([+-]?)(?:(${c}) ?)?([+-]?)(${digits})(?: ?(%))?(?: ?(${c}))?$`);
  const m = pattern.exec(s);
  if (!m) return null;
  const [, sign1, before, sign2, body, percent, after] = m;
  if ((sign1 && sign2) || (before && after) || (percent && (before || after))) return null;
  const plain = body.split(group).join("").replace(decimal, ".");
  const n = Number(plain) * (sign1 === "-" || sign2 === "-" ? -1 : 1);
  if (!Number.isFinite(n)) return null;
  return percent ? { value: n / 100, numberFormat: "0%" } : { value: n };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
