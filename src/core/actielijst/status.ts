import { distance } from "fastest-levenshtein";
import { memoize } from "../memo";
import { foldText } from "../text";

export const STATUSSEN = [
  "Nog niet gestart",
  "In voorbereiding",
  "In uitvoering",
  "Gereed",
  "Verstuurd",
] as const;
export type Status = (typeof STATUSSEN)[number];

/** Statuses that close an action. */
export const AFGERONDE_STATUSSEN: ReadonlySet<Status> = new Set<Status>(["Gereed", "Verstuurd"]);

/** Words people use for a status, folded, with the status they mean. */
const SYNONIEMEN: Record<string, Status> = {
  "niet gestart": "Nog niet gestart",
  "nog te starten": "Nog niet gestart",
  "nog niet begonnen": "Nog niet gestart",
  "niet begonnen": "Nog niet gestart",
  voorbereiding: "In voorbereiding",
  "wordt voorbereid": "In voorbereiding",
  uitvoering: "In uitvoering",
  loopt: "In uitvoering",
  lopend: "In uitvoering",
  gestart: "In uitvoering",
  "in behandeling": "In uitvoering",
  "in gang": "In uitvoering",
  afgerond: "Gereed",
  klaar: "Gereed",
  voltooid: "Gereed",
  afgehandeld: "Gereed",
  gedaan: "Gereed",
  done: "Gereed",
  verzonden: "Verstuurd",
  verstuurd: "Verstuurd",
  "is verstuurd": "Verstuurd",
};

const MAX_STATUS_LENGTE = 30;

const CANONIEK = new Map<string, Status>(STATUSSEN.map((s) => [foldText(s), s]));

export type StatusDuiding =
  | { soort: "leeg" }
  | { soort: "exact"; status: Status; schrijfwijze: boolean }
  | { soort: "synoniem"; status: Status }
  | { soort: "bijna"; status: Status }
  | { soort: "onbekend" };

/**
 * What a status cell means: the canonical status when the text is one (case and spaces free),
 * a synonym ("Afgerond"), or a near-miss ("In uitvoring"); otherwise unknown.
 * `schrijfwijze` is true when the text means a status but is spelled differently from it.
 */
export const duidStatus = memoize(duidStatusZelf, (tekst) => tekst);

function duidStatusZelf(tekst: string): StatusDuiding {
  const folded = foldText(tekst);
  if (folded === "") return { soort: "leeg" };
  // Every status and synonym is short; a sentence is no status, and no typo of one either.
  if (folded.length > MAX_STATUS_LENGTE) return { soort: "onbekend" };
  const exact = CANONIEK.get(folded);
  if (exact) return { soort: "exact", status: exact, schrijfwijze: tekst.trim() !== exact };
  const synoniem = SYNONIEMEN[folded];
  if (synoniem) return { soort: "synoniem", status: synoniem };
  const bijna = dichtstbijzijnde(folded);
  return bijna ? { soort: "bijna", status: bijna } : { soort: "onbekend" };
}

/** The canonical status or synonym within a small typo distance, only when exactly one is that close. */
function dichtstbijzijnde(folded: string): Status | null {
  const kandidaten = new Set<Status>();
  const maxAfstand = folded.length >= 10 ? 2 : 1;
  for (const [woord, status] of [...CANONIEK, ...Object.entries(SYNONIEMEN)]) {
    if (woord.length < 4 || Math.abs(woord.length - folded.length) > maxAfstand) continue;
    if (distance(folded, woord) <= maxAfstand) kandidaten.add(status);
  }
  return kandidaten.size === 1 ? [...kandidaten][0] : null;
}

/** True when the text reads as a status: used to notice values that landed in the wrong column. */
export function lijktStatus(tekst: string): boolean {
  const d = duidStatus(tekst);
  return d.soort === "exact" || d.soort === "synoniem";
}
