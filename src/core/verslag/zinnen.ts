/**
 * Abbreviations that end in a full stop without ending the sentence, folded to lowercase:
 *   "bv. stukken", "o.a. BZK", "d.d. 17 december", "i.s.m. Anja", "z.s.m. een voorstel"
 */
const AFKORTINGEN = new Set([
  "bv",
  "bijv",
  "o.a",
  "d.d",
  "i.s.m",
  "z.s.m",
  "m.b.t",
  "t.a.v",
  "i.v.m",
  "n.a.v",
  "ca",
  "nr",
  "resp",
  "incl",
  "excl",
  "evt",
  "mr",
  "dhr",
  "mevr",
  "mw",
  "drs",
  "ir",
  "dr",
  "prof",
  "jan",
  "feb",
  "febr",
  "mrt",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "okt",
  "nov",
  "dec",
]);

/** A sentence and where it starts in the text it came from. */
export interface Zin {
  tekst: string;
  index: number;
}

/**
 * Splits running text into sentences: at ".", "!", "?" or ";" followed by a space and what can
 * start a sentence (a capital, a digit, "(" of a lakmerk, a quote). Not after an abbreviation
 * ("bv.", "o.a.", "d.d.") or an initial ("A. Woortman").
 */
export function zinnenVan(tekst: string): Zin[] {
  const zinnen: Zin[] = [];
  let begin = 0;
  for (const m of tekst.matchAll(GRENS)) {
    const eind = m.index + 1;
    if (m[0][0] === "." && !zinEindigt(tekst.slice(begin, m.index))) continue;
    voegToe(zinnen, tekst, begin, eind);
    begin = m.index + m[0].length;
  }
  voegToe(zinnen, tekst, begin, tekst.length);
  return zinnen;
}

const GRENS = /[.!?;]\s+(?=[\p{Lu}\d("'‘“*])/gu;

/** Whether the full stop after `voor` ends the sentence: not after an abbreviation or an initial. */
function zinEindigt(voor: string): boolean {
  const woord = /(\S+)$/.exec(voor)?.[1] ?? "";
  if (/^\p{Lu}$/u.test(woord)) return false;
  return !AFKORTINGEN.has(woord.toLowerCase().replace(/^[("']+/, ""));
}

function voegToe(zinnen: Zin[], tekst: string, van: number, tot: number): void {
  const deel = tekst.slice(van, tot);
  const voorloop = deel.length - deel.trimStart().length;
  const zin = deel.trim();
  if (zin !== "") zinnen.push({ tekst: zin, index: van + voorloop });
}
