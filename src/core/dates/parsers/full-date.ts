import { nl, type ParsedComponents } from "chrono-node";
import { IsoDate, isoFromParts, toLocalDate, yearOf } from "../iso";
import { DateMatch, resolveYear } from "../match";

/**
 * Full dates, by chrono's Dutch locale in strict mode:
 *   "31 maart 2021", "26 maart", "31-3-2021", "31/03/2021", "12-feb", "2021-03-31",
 *   "1 maart - 1 april 2021" (a range: due is its end)
 * Only results with a stated day and month count ("maart 2021" is the month parser's). Chrono's own
 * guess of a missing year is never used: the peildatum's year is, and marked implied.
 */
export function parseFullDates(text: string, peildatum: IsoDate): DateMatch[] {
  const matches: DateMatch[] = [];
  if (!/\d/.test(text)) return matches; // no day number, no full date: spares chrono most open terms
  for (const result of nl.strict.parse(text, toLocalDate(peildatum))) {
    const last = toDay(result.end ?? result.start, peildatum);
    if (!last) continue;
    matches.push({
      index: result.index,
      end: result.index + result.text.length,
      kind: "date",
      due: last.iso,
      start: result.end ? (rangeStart(result.start, last.iso) ?? last.iso) : last.iso,
      range: result.end ? "period" : null,
      impliedYear: last.implied,
    });
  }
  return matches;
}

function toDay(
  parts: ParsedComponents,
  peildatum: IsoDate
): { iso: IsoDate; implied: boolean } | null {
  if (!parts.isCertain("day") || !parts.isCertain("month")) return null;
  const stated = parts.isCertain("year") ? (parts.get("year") ?? undefined) : undefined;
  const { year, implied } = resolveYear(stated, peildatum);
  const iso = isoFromParts(year, parts.get("month") ?? 0, parts.get("day") ?? 0);
  return iso ? { iso, implied } : null;
}

/** "1 - 5 maart 2021": the start takes what it does not state (year, month) from the end. */
function rangeStart(parts: ParsedComponents, end: IsoDate): IsoDate | null {
  const year = parts.isCertain("year") ? (parts.get("year") ?? 0) : yearOf(end);
  return isoFromParts(year, parts.get("month") ?? 0, parts.get("day") ?? 0);
}
