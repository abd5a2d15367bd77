import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../dates/vocabulary";
import { alternation } from "../dates/words";

/** Regex alternation of the Dutch month names and abbreviations, folded ("maart", "mrt"). */
export const MAAND = alternation([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)]);

/** "maart" and "mrt" -> 3. */
export function maandNummer(woord: string): number {
  const index = (MONTH_NAMES as readonly string[]).indexOf(woord);
  return index >= 0 ? index + 1 : MONTH_ABBREVIATIONS[woord];
}
