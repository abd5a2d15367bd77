import { foldText } from "../text";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "./vocabulary";

/**
 * Looking words up in the vocabulary: both sides are folded the same way and compared as whole
 * words, so "directeur" is not "direct" and "afronding" is not "rond".
 */

/** foldText without the "?" it keeps: "zsm?" -> "zsm". */
export function foldWords(text: string): string {
  return foldText(text).replace(/\?/g, " ").replace(/\s+/g, " ").trim();
}

/** Whether one of the vocabulary terms occurs; a term of symbols only ("?") is matched as typed. */
export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  const folded = ` ${foldWords(text)} `;
  return terms.some((term) => {
    const key = foldedTerm(term);
    return key === "" ? text.includes(term) : folded.includes(` ${key} `);
  });
}

/** Whether the folded text ends with one of the terms as whole words: "Vanaf " + "Q2 2021". */
export function endsWithTerm(text: string, terms: readonly string[]): boolean {
  const folded = ` ${foldWords(text)}`;
  return terms.some((term) => folded.endsWith(` ${foldedTerm(term)}`));
}

// The vocabulary is fixed, so each term is folded once.
const FOLDED_TERMS = new Map<string, string>();
function foldedTerm(term: string): string {
  let key = FOLDED_TERMS.get(term);
  if (key === undefined) FOLDED_TERMS.set(term, (key = foldWords(term)));
  return key;
}

/** Regex alternation of the keys, longest first so "sept" wins over "sep". */
export function alternation(keys: readonly string[]): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

/** Regex alternation of the Dutch month names and abbreviations, folded ("maart", "mrt"). */
export const MONTH_WORD = alternation([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)]);

/** "maart" and "mrt" -> 3: a folded word that MONTH_WORD matched. */
export function monthNumber(word: string): number {
  const index = (MONTH_NAMES as readonly string[]).indexOf(word);
  return index >= 0 ? index + 1 : MONTH_ABBREVIATIONS[word];
}
