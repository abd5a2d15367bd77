import { distance } from "fastest-levenshtein";
import { foldText } from "../text";

/** The eight columns of the DUO action list, by meaning. */
export type ActieKolom =
  | "doel"
  | "onderwerp"
  | "actie"
  | "accounthouder"
  | "status"
  | "opdracht"
  | "deadline"
  | "opmerking";

export const ACTIE_KOLOMMEN: readonly ActieKolom[] = [
  "doel",
  "onderwerp",
  "actie",
  "accounthouder",
  "status",
  "opdracht",
  "deadline",
  "opmerking",
];

/**
 * Words people put in each header. Folded (lowercase, no accents). Single words also match inside
 * Dutch compounds ("uitvoeringsstatus" holds "status") and with a small typo ("opracht").
 */
const KOPWOORDEN: Record<ActieKolom, readonly string[]> = {
  doel: ["randvoorwaarde", "randvoorwaarden", "doel", "doelen", "doelstelling"],
  onderwerp: ["onderwerp", "onderwerpen", "thema", "themas"],
  actie: ["openstaande acties", "acties", "actie", "actiepunt", "actiepunten"],
  accounthouder: [
    "accounthouder",
    "account houder",
    "eigenaar",
    "trekker",
    "verantwoordelijke",
    "actiehouder",
  ],
  status: ["uitvoeringsstatus", "status", "stand van zaken"],
  opdracht: ["opdracht", "opdrachten", "besluit", "besluiten", "besluitvorming"],
  deadline: ["deadline", "deadlines", "termijn", "einddatum", "gereed per", "planning"],
  opmerking: ["opmerking", "opmerkingen", "toelichting", "notitie", "notities", "bijzonderheden"],
};

/** Header cells are short; a long text is data even when it contains a header word. */
const MAX_KOP_LENGTE = 80;

/** The column a header cell names, or null. */
export function herkenKolom(text: string): ActieKolom | null {
  if (text.length === 0 || text.length > MAX_KOP_LENGTE) return null;
  const folded = foldText(text);
  if (folded === "") return null;
  const tokens = folded.split(" ");
  let best: ActieKolom | null = null;
  let bestScore = 0;
  for (const kolom of ACTIE_KOLOMMEN) {
    const score = kopScore(folded, tokens, KOPWOORDEN[kolom]);
    if (score > bestScore) {
      best = kolom;
      bestScore = score;
    }
  }
  return best;
}

function kopScore(folded: string, tokens: readonly string[], woorden: readonly string[]): number {
  let score = 0;
  const joined = tokens.join("");
  for (const woord of woorden) {
    // A header that starts with the word ("Deadline: vertraging ...") is the strongest signal.
    if (folded === woord || joined === woord.replace(/ /g, "")) score = Math.max(score, 3);
    else if (folded.startsWith(woord + " ") || tokens[0] === woord) score = Math.max(score, 2.5);
    else if (woord.includes(" ") ? folded.includes(woord) : tokens.includes(woord))
      score = Math.max(score, 2);
    else if (tokens.some((t) => lijktOp(t, woord)))
      score = Math.max(score, tokens[0] && lijktOp(tokens[0], woord) ? 1.8 : 1.5);
  }
  return score;
}

/** Same word up to a typo, or a compound ending in the word ("uitvoeringsstatus"). */
function lijktOp(token: string, woord: string): boolean {
  if (woord.includes(" ") || woord.length < 5) return false;
  if (token.length > woord.length && token.endsWith(woord)) return true;
  const toegestaan = woord.length >= 9 ? 2 : 1;
  return (
    Math.abs(token.length - woord.length) <= toegestaan && distance(token, woord) <= toegestaan
  );
}
