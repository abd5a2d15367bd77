import { IsoDate } from "../iso";
import { DateMatch } from "../match";
import { QUARTER_ORDINALS, QUARTER_WORDS } from "../vocabulary";
import { alternation } from "../words";
import { quarterMatch } from "./quarter-match";

const ORDINAL = alternation(Object.keys(QUARTER_ORDINALS));
const WORD = alternation(QUARTER_WORDS);
const YEAR = `(?:[\\s\\-/]+(?:van\\s+)?(\\d{4})\\b)?`;

/**
 * Quarters in words, ordinal first:
 *   "2e kwartaal 2021", "tweede kwartaal 2021", "2e kw. 2021", "3e kwartaal van 2021",
 *   "1e/2e kwartaal 2021" (a range), "4e kwartaal" (year implied)
 */
const ORDINAL_FIRST = new RegExp(
  `\\b(${ORDINAL})(?:\\s*(?:/|-|of|en)\\s*(${ORDINAL}))?\\s+(?:${WORD})\\b\\.?${YEAR}`,
  "g"
);

/**
 * Quarters in words, number after:
 *   "kwartaal 2 2021", "kw2 2021", "kwartaal 3-2021", "kwartaal 4" (year implied)
 */
const NUMBER_AFTER = new RegExp(`\\b(?:${WORD})\\.?\\s*([1-4])\\b${YEAR}`, "g");

export function parseKwartaalWords(text: string, peildatum: IsoDate): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const m of text.matchAll(ORDINAL_FIRST)) {
    const first = QUARTER_ORDINALS[m[1]];
    const last = m[2] ? QUARTER_ORDINALS[m[2]] : first;
    push(matches, quarterMatch({ ...span(m), first, last, year: m[3], peildatum }));
  }
  for (const m of text.matchAll(NUMBER_AFTER)) {
    const quarter = Number(m[1]);
    push(
      matches,
      quarterMatch({ ...span(m), first: quarter, last: quarter, year: m[2], peildatum })
    );
  }
  return matches;
}

function span(m: RegExpMatchArray): { index: number; end: number } {
  const index = m.index ?? 0;
  return { index, end: index + m[0].length };
}

function push(matches: DateMatch[], match: DateMatch | null): void {
  if (match) matches.push(match);
}
