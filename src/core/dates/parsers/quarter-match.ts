import { IsoDate, quarterEnd, quarterStart } from "../iso";
import { DateMatch, resolveYear } from "../match";

/** What both quarter parsers found, before it becomes a match. */
export interface QuarterFound {
  index: number;
  end: number;
  first: number; // Q1 in "Q1/Q2"
  last: number; // Q2 in "Q1/Q2"; equal to first for one quarter
  year: string | undefined;
  peildatum: IsoDate;
}

/** Start of the first quarter, due at the end of the last; null for a backwards range ("Q3/Q1"). */
export function quarterMatch(found: QuarterFound): DateMatch | null {
  if (found.last < found.first) return null;
  const { year, implied } = resolveYear(found.year, found.peildatum);
  if (year < 1000 || year > 9999) return null;
  return {
    index: found.index,
    end: found.end,
    kind: "quarter",
    due: quarterEnd(year, found.last),
    start: quarterStart(year, found.first),
    range: found.last !== found.first ? "either" : null,
    impliedYear: implied,
  };
}
