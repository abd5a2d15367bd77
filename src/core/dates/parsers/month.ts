import { endOfMonthIso, IsoDate, isoFromParts } from "../iso";
import { DateMatch, resolveYear } from "../match";
import { MONTH_NAMES, MONTH_PARTS, MonthDay } from "../vocabulary";
import { alternation } from "../words";

/**
 * A month, optionally with a part of it:
 *   "maart 2021" (due the last day), "begin jan 2021" (the 10th), "medio maart 2021" (the 15th),
 *   "eind april" (the last day, year implied), "einde van juni", "ultimo-mei 2021"
 * Abbreviations arrive written out by prepareText, and only where they stand next to a number or a
 * part, so a bare "Jan" (a name) never gets here.
 */
const MONTH = new RegExp(
  `(?<!\\b\\d{1,2}[\\s\\-/.]*)\\b(?:(${alternation(Object.keys(MONTH_PARTS))})[\\s-]+(?:van\\s+)?)?` +
    `(${alternation(MONTH_NAMES)})\\b(?:[\\s\\-/]*(\\d{4})\\b)?`,
  "g"
);

export function parseMonths(text: string, peildatum: IsoDate): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const m of text.matchAll(MONTH)) {
    const month = MONTH_NAMES.indexOf(m[2] as (typeof MONTH_NAMES)[number]) + 1;
    const { year, implied } = resolveYear(m[3], peildatum);
    const part = m[1] ? MONTH_PARTS[m[1]] : undefined;
    const due = dayOf(year, month, part?.due ?? "last");
    const start = dayOf(year, month, part?.start ?? 1);
    if (!due || !start) continue;
    const index = m.index ?? 0;
    matches.push({
      index,
      end: index + m[0].length,
      kind: "month",
      due,
      start,
      range: null,
      impliedYear: implied,
    });
  }
  return matches;
}

function dayOf(year: number, month: number, day: MonthDay): IsoDate | null {
  if (day !== "last") return isoFromParts(year, month, day);
  return isoFromParts(year, month, 1) ? endOfMonthIso(year, month) : null;
}
