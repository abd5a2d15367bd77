import { IsoDate, yearOf } from "./iso";

/** A concrete moment found in the prepared text by one of the parsers. */
export interface DateMatch {
  index: number; // position in the prepared text
  end: number;
  kind: "date" | "month" | "quarter";
  due: IsoDate; // the last day it names: 31 maart, the end of Q2
  start: IsoDate; // the first day it names: 1 april for Q2
  // two moments in one match: "Q1/Q2 2021" is one or the other, "1 maart tot 1 april 2021" a period
  range: "either" | "period" | null;
  impliedYear: boolean; // the year came from the peildatum
}

/** A stated year, or the peildatum's year marked as implied. */
export function resolveYear(
  stated: string | number | undefined,
  peildatum: IsoDate
): { year: number; implied: boolean } {
  if (stated === undefined || stated === "") return { year: yearOf(peildatum), implied: true };
  return { year: Number(stated), implied: false };
}

/**
 * Keeps one reading per stretch of text: the longest match wins, and at equal length the earlier
 * parser in the list ("31 maart 2021" is a date, not the month "maart 2021" inside it).
 */
export function resolveOverlaps(matchesPerParser: readonly DateMatch[][]): DateMatch[] {
  const ranked = matchesPerParser.flatMap((matches, rank) =>
    matches.map((match) => ({ match, rank }))
  );
  ranked.sort(
    (a, b) => b.match.end - b.match.index - (a.match.end - a.match.index) || a.rank - b.rank
  );
  const kept: DateMatch[] = [];
  for (const { match } of ranked) {
    if (!kept.some((other) => match.index < other.end && other.index < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The match with the latest due date; the first of equals. */
export function latestDue(matches: readonly DateMatch[]): DateMatch {
  return matches.reduce((best, match) => (match.due > best.due ? match : best));
}
