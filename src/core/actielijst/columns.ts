import { distance } from "fastest-levenshtein";
import { memoize } from "../memo";
import { foldText } from "../text";

/** The eight columns of the DUO action list, by meaning. */
export type ActieColumn =
  | "doel"
  | "onderwerp"
  | "actie"
  | "accounthouder"
  | "status"
  | "opdracht"
  | "deadline"
  | "opmerking";

export const ACTIE_KOLOMMEN: readonly ActieColumn[] = [
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
const KOPWOORDEN: Record<ActieColumn, readonly string[]> = {
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

interface Woord {
  kolom: ActieColumn;
  woord: string;
}

/**
 * The header words indexed once, so that a cell costs a few lookups: on a 50,000-row list every cell
 * is looked at, and comparing each to every word took more than the whole validation should.
 */
const ALLE: Woord[] = ACTIE_KOLOMMEN.flatMap((kolom) =>
  KOPWOORDEN[kolom].map((woord) => ({ kolom, woord }))
);
const EXACT = groepeer(
  ALLE.flatMap(
    (w) =>
      [
        [w.woord, w],
        [w.woord.replace(/ /g, ""), w],
      ] as [string, Woord][]
  )
);
const TOKEN = groepeer(
  ALLE.filter((w) => !w.woord.includes(" ")).map((w) => [w.woord, w] as [string, Woord])
);
const FRASEN = ALLE.filter((w) => w.woord.includes(" "));
const GELIJKENIS = ALLE.filter((w) => !w.woord.includes(" ") && w.woord.length >= 5);
const PER_LENGTE = groepeer(GELIJKENIS.map((w) => [String(w.woord.length), w] as [string, Woord]));
const ACHTERVOEGSEL = groepeer(GELIJKENIS.map((w) => [w.woord, w] as [string, Woord]));

/** The column a header cell names, or null. */
export const recogniseColumn = memoize(herkenKolomZelf, (text) => text);

function herkenKolomZelf(text: string): ActieColumn | null {
  if (text.length === 0 || text.length > MAX_KOP_LENGTE) return null;
  const folded = foldText(text);
  if (folded === "") return null;
  const tokens = folded.split(" ");
  const score = new Map<ActieColumn, number>();
  const zet = (w: Woord, n: number) => score.set(w.kolom, Math.max(score.get(w.kolom) ?? 0, n));
  // Whole cell is the word ("Status", "Account houder"): the strongest signal.
  for (const w of [...(EXACT.get(folded) ?? []), ...(EXACT.get(tokens.join("")) ?? [])]) zet(w, 3);
  // The cell starts with the word ("Deadline: vertraging ..."), or contains it.
  for (const w of TOKEN.get(tokens[0]) ?? []) zet(w, 2.5);
  for (const t of tokens.slice(1)) for (const w of TOKEN.get(t) ?? []) zet(w, 2);
  for (const w of FRASEN) {
    if (folded.startsWith(w.woord + " ")) zet(w, 2.5);
    else if (folded.includes(w.woord)) zet(w, 2);
  }
  // A typo or a Dutch compound ("Uitvoeringssstatus", "Opracht"): weaker, stronger when it leads.
  tokens.forEach((t, i) => {
    if (t.length < 4) return;
    for (const w of gelijkend(t)) zet(w, i === 0 ? 1.8 : 1.5);
  });
  let best: ActieColumn | null = null;
  let bestScore = 0;
  for (const kolom of ACTIE_KOLOMMEN) {
    const n = score.get(kolom) ?? 0;
    if (n > bestScore) {
      best = kolom;
      bestScore = n;
    }
  }
  return best;
}

function groepeer(paren: readonly [string, Woord][]): Map<string, Woord[]> {
  const uit = new Map<string, Woord[]>();
  for (const [sleutel, w] of paren) uit.set(sleutel, [...(uit.get(sleutel) ?? []), w]);
  return uit;
}

/**
 * Words the token is, up to a typo (one edit, two in a long word), or a Dutch compound ending in
 * ("uitvoeringsstatus"). Looked up by length and by suffix, not tried one by one.
 */
function gelijkend(token: string): Woord[] {
  const uit: Woord[] = [];
  for (let n = token.length - 2; n <= token.length + 2; n++)
    for (const w of PER_LENGTE.get(String(n)) ?? []) {
      const toegestaan = w.woord.length >= 9 ? 2 : 1;
      if (Math.abs(token.length - n) <= toegestaan && distance(token, w.woord) <= toegestaan)
        uit.push(w);
    }
  for (let k = 5; k < token.length; k++)
    for (const w of ACHTERVOEGSEL.get(token.slice(-k)) ?? []) uit.push(w);
  return uit;
}
