/**
 * The page header and footer of the NCG's letters and minutes, as a conversion to text (or a .docx
 * made from a PDF) leaves them between any two lines, in the middle of a sentence too. A line is a
 * header line as a whole, never a part of one:
 *   "Nationaal Coördinator Groningen", "Nationaal Coördinator" (with "Groningen" on the next line)
 *   "Ons kenmerk", "Ons kenmerk NCG / 21013380", "Ons kenmerk\tNCG / 21013380", "NCG / 21013380"
 *   "Pagina 2 van 5", "Pagina 2", "2 van 5", "2/5", "- 2 -", "2"
 */
const KOP: readonly RegExp[] = [
  /^nationaal co[oö]rdinator(?:\s+groningen)?$/i,
  /^ons kenmerk\b/i,
  /^[A-Z]{2,6}\s*\/\s*\d{4,}$/,
  /^pagina\s+\d{1,3}(?:\s+(?:van|\/)\s+\d{1,3})?$/i,
  /^\d{1,3}\s+van\s+\d{1,3}$/i,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^[-–]\s*\d{1,3}\s*[-–]$/,
  /^\d{1,3}$/,
];

/**
 * What such a header goes on with, dropped only right after a header line (anywhere else these
 * are ordinary lines):
 *   "Groningen", "Datum", "13 jan. 2021", "13 januari 2021", "Kenmerk", "Behandeld door"
 */
const VERVOLG: readonly RegExp[] = [
  /^groningen$/i,
  /^(?:datum|kenmerk|uw kenmerk|behandeld door|bijlage\(?n?\)?|kopie aan)\b.{0,40}$/i,
  /^\d{1,2}[\s.-]+[a-z]{3,9}\.?[\s.-]+\d{4}$/i,
  /^\d{1,2}-\d{1,2}-\d{4}$/,
];

export function isPaginakop(regel: string): boolean {
  return KOP.some((re) => re.test(regel));
}

export function isPaginakopVervolg(regel: string): boolean {
  return isPaginakop(regel) || VERVOLG.some((re) => re.test(regel));
}
