import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_PARTS } from "./vocabulary";
import { alternation } from "./words";

/** Deadline cells are short; this bounds the work for a pasted essay. */
export const MAX_PARSED_LENGTH = 500;

/**
 * The text every date parser reads, so that their match positions can be compared: lowercase, accents
 * and repeated spaces gone, "'21" -> "2021", and month abbreviations written out where they stand
 * next to a number or a month part ("1 febr. 2021" -> "1 februari 2021"; "met Jan" stays a name).
 * Punctuation stays: chrono needs "31-3-2021".
 */
export function prepareText(text: string): string {
  const plain = text
    .slice(0, MAX_PARSED_LENGTH)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/['‘’`](\d{2})\b/g, "20$1");
  return plain.replace(ABBREVIATION, (found, abbreviation: string, offset: number) =>
    inDateContext(plain, offset, found.length)
      ? MONTH_NAMES[MONTH_ABBREVIATIONS[abbreviation] - 1]
      : found
  );
}

const ABBREVIATION = new RegExp(
  `\\b(${alternation(Object.keys(MONTH_ABBREVIATIONS))})\\b\\.?`,
  "g"
);
const NUMBER_BEFORE = /\d[\s\-/.]*$/;
const PART_BEFORE = new RegExp(`\\b(?:${alternation(Object.keys(MONTH_PARTS))})[\\s-]+$`);
const NUMBER_AFTER = /^[\s\-/]*\d/;

function inDateContext(text: string, offset: number, length: number): boolean {
  const before = text.slice(0, offset);
  return (
    NUMBER_BEFORE.test(before) ||
    PART_BEFORE.test(before) ||
    NUMBER_AFTER.test(text.slice(offset + length))
  );
}
