import { ASAP_TERMS, DEPENDENCY_MARKERS, ONGOING_TERMS, TBD_TERMS } from "../vocabulary";
import { hasAnyTerm } from "../words";

export type OpenTermKind = "asap" | "tbd" | "ongoing" | "dependency";

/**
 * Deadlines without a date, read only when the text names no date at all:
 *   "Zo spoedig mogelijk", "z.s.m.", "per direct"     -> asap
 *   "Nader te bepalen", "N.t.b.", "onbekend"           -> tbd
 *   "doorlopend", "structureel", "n.v.t. (doorlopend)" -> ongoing
 *   "na brief B", "zodra het besluit er is"            -> dependency
 * A dependency is checked first: "direct na het besluit" waits for the besluit before anything.
 */
const TERMS: readonly (readonly [OpenTermKind, readonly string[]])[] = [
  ["dependency", DEPENDENCY_MARKERS],
  ["asap", ASAP_TERMS],
  ["tbd", TBD_TERMS],
  ["ongoing", ONGOING_TERMS],
];

export function parseOpenTerm(text: string): OpenTermKind | null {
  for (const [kind, terms] of TERMS) if (hasAnyTerm(text, terms)) return kind;
  return null;
}
