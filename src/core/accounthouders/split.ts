import { memoize } from "../memo";
import { herkenPlaatshouder, type Plaatshouder } from "./placeholders";
import { LAKMERK, LAKMERK_IN_TEKST, isLakmerk } from "./redaction";

/** One owner named in an owner cell. */
export type EigenaarDeel =
  | { soort: "persoon"; tekst: string }
  | { soort: "gelakt" }
  | { soort: "plaatshouder"; waarde: Plaatshouder };

/** Stands in for a redaction mark while the cell is split (a private-use character no one types). */
const SLOT = "\uE000";

/**
 * Joint owners are written "A / B", "A/B", "A & B", "A, B", "A; B", "A en B", "A + B", "A | B",
 * "A - B" (spaces around the dash: "Jansen-de Vries" is one name), "A i.s.m. B", or one per line
 * in the cell (Alt+Enter).
 */
const SCHEIDING = /\s*(?:\/|&|,|\+|;|\||\r?\n|\s+-\s+|\s+en\s+|\s+i\.?\s?s\.?\s?m\.?\s+)\s*/i;

/**
 * Splits an owner cell into its owners. Redaction marks are recognised before splitting, because
 * their mangled forms ("0/26") contain a separator.
 */
export const splitsEigenaren = memoize(splitsZelf, (text) => text);

function splitsZelf(text: string): EigenaarDeel[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (isLakmerk(trimmed)) return [{ soort: "gelakt" }];
  const plaatshouder = herkenPlaatshouder(trimmed);
  if (plaatshouder) return [{ soort: "plaatshouder", waarde: plaatshouder }];
  const beschermd = trimmed.replace(LAKMERK_IN_TEKST, SLOT);
  return beschermd
    .split(SCHEIDING)
    .map((deel) => deel.trim())
    .filter((deel) => deel !== "")
    .map(duidDeel);
}

function duidDeel(deel: string): EigenaarDeel {
  if (deel === SLOT || isLakmerk(deel)) return { soort: "gelakt" };
  const plaatshouder = herkenPlaatshouder(deel);
  if (plaatshouder) return { soort: "plaatshouder", waarde: plaatshouder };
  return {
    soort: "persoon",
    tekst: deel.replace(new RegExp(SLOT, "g"), LAKMERK).replace(/\s+/g, " "),
  };
}

/** How a part is written back: people as given, redactions and placeholders in their one spelling. */
export function deelTekst(deel: EigenaarDeel): string {
  if (deel.soort === "gelakt") return LAKMERK;
  if (deel.soort === "plaatshouder") return deel.waarde;
  return deel.tekst;
}

/** Joint owners in the one style the secretariaat filters on. */
export const EIGENAAR_SCHEIDING = " / ";
