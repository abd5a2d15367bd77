import { IsoDate } from "../iso";
import { DateMatch } from "../match";
import { quarterMatch } from "./quarter-match";

/**
 * Quarters written with Q, the year before, after or left out:
 *   "Q2 2021", "Q2-2021", "q2 '21" (prepared as "q2 2021"), "2021 Q2", "2021-Q2", "Q3" (year implied),
 *   "Q1/Q2 2021", "Q1-Q2 2021", "Q1 of Q2 2021" (a range: due the end of the later one)
 * The trailing year is preferred; "Q1-2021" is Q1 of 2021, not Q1 to Q2 (the \b after the digit).
 */
const QUARTER =
  /\b(?:(\d{4})[\s\-/]*)?q([1-4])(?:\s*(?:\/|-|of|en)\s*q?([1-4]))?\b(?:[\s\-/]*(\d{4})\b)?/g;

export function parseQuarters(text: string, peildatum: IsoDate): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const first = Number(m[2]);
    const last = m[3] ? Number(m[3]) : first;
    const index = m.index ?? 0;
    const match = quarterMatch({
      index,
      end: index + m[0].length,
      first,
      last,
      year: m[4] ?? m[1],
      peildatum,
    });
    if (match) matches.push(match);
  }
  return matches;
}
