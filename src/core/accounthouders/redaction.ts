/** The Woo/Wob redaction mark for personal data (art. 10 lid 2 sub e), written one way. */
export const LAKMERK = "(10)(2e)";

/**
 * Forms the mark takes in published copies after OCR. Examples, each matched as a whole part:
 *   (10)(2e)   10)(2e)   0)(2e)   (10) (2e)   10(2e)   0/26   10/2e   (1O)(2e)   10.2.e
 * "6" is how OCR reads a small "e"; "O" and "o" how it reads a zero.
 */
const LAKMERK_VORMEN: readonly RegExp[] = [
  /^\(?\s*1?[0oO]\s*\)?\s*\(\s*2\s*[eE6]\s*\)?$/,
  /^\(?\s*1?[0oO]\s*\)\s*\(?\s*2\s*[eE6]\s*\)?$/,
  /^\(?\s*1?[0oO]\s*[/.]\s*2\s*[.]?\s*[eE6]\s*\)?$/,
  /^\(?\s*1?[0oO]\s*[/.]\s*2\s*[/.]\s*[eE6]\s*\)?$/,
];

/** True when the text is a redaction mark in any of its mangled forms. */
export function isLakmerk(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 16 && LAKMERK_VORMEN.some((re) => re.test(t));
}

/** Occurrences of the mark inside a longer cell ("Anja / 0)(2e)"), so splitting cannot break them. */
export const LAKMERK_IN_TEKST =
  /\(?\s*1?[0oO]\s*\)\s*\(?\s*2\s*[eE6]\s*\)?|\(\s*1?[0oO]\s*\)?\s*\(\s*2\s*[eE6]\s*\)?|\b1?[0oO]\s*\/\s*2\s*[eE6]\b/g;
