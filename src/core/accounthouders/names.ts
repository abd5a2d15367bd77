import { foldText } from "../text";

/** Tussenvoegsels: part of a Dutch surname, not of its key ("van der Linden" files under Linden). */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  "van",
  "der",
  "den",
  "de",
  "het",
  "ter",
  "ten",
  "te",
  "in",
  "t",
  "op",
  "aan",
  "la",
  "le",
  "du",
]);

/**
 * Abbreviations written before folding, longest first. Examples:
 *   "Nicoline v.d. Linden"  "N. vd Linden"  "N. v/d Linden"  "J. v. Dijk"
 */
const AFKORTINGEN: readonly [RegExp, string][] = [
  [/\bv\s*\.\s*d\s*\.?(?=\s|$)/gi, " van der "],
  [/\bv\s*\/\s*d\b\.?/gi, " van der "],
  [/\bvd\b\.?/gi, " van der "],
  [/\bv\s*\.\s*/gi, " van "],
];

/** A person's name taken apart: what matching compares. */
export interface Naamdelen {
  /** Folded, abbreviations written out: "nicoline van der linden". */
  sleutel: string;
  /** First name when written in full ("nicoline"), else null. */
  voornaam: string | null;
  /** First letter of the first name or initial ("n"), else null. */
  initiaal: string | null;
  /** Surname without tussenvoegsels ("linden"), else null. */
  achternaam: string | null;
  /** Number of words, tussenvoegsels written out: how full a form is. */
  woorden: number;
}

export function naamSleutel(tekst: string): string {
  let t = tekst;
  for (const [patroon, vervanging] of AFKORTINGEN) t = t.replace(patroon, vervanging);
  return foldText(t).replace(/\?/g, "").trim();
}

/**
 * Splits a name: "N. van der Linden" -> initial n, surname linden; "Nicoline" -> first name only.
 * A single word is taken as a first name: that is how the lists write owners.
 */
export function naamDelen(tekst: string): Naamdelen {
  const initialen = /^\s*((?:[A-Za-z]\s*\.\s*)+)/.exec(tekst);
  const sleutel = naamSleutel(tekst);
  const woorden = sleutel === "" ? [] : sleutel.split(" ");
  let i = 0;
  let voornaam: string | null = null;
  let initiaal: string | null = null;
  if (initialen) {
    initiaal = initialen[1].trim().charAt(0).toLowerCase();
    i = initialen[1].replace(/[^A-Za-z]/g, "").length;
  } else if (woorden.length > 0) {
    voornaam = woorden[0];
    initiaal = voornaam.charAt(0);
    i = 1;
  }
  const rest = woorden.slice(i).filter((w) => !TUSSENVOEGSELS.has(w));
  return {
    sleutel,
    voornaam,
    initiaal,
    achternaam: rest.length > 0 ? rest.join(" ") : null,
    woorden: woorden.length,
  };
}
