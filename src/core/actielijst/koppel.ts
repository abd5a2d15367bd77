import { distance } from "fastest-levenshtein";
import { foldText } from "../text";
import type { ActieVersie } from "./versie";

/**
 * How sure a match must be. The score is 0.7 x the similarity of the action texts plus 0.15 x
 * that of the goals and 0.15 x that of the topics (similarity: 1 - Levenshtein distance / length of
 * the longer text, on folded text with the numbering taken off).
 *  - ZEKER (0.85): at or above, a sure match. An edited word or two in the action text stays
 *    above it; the same text under another goal and topic (0.7 plus a little) does not.
 *  - MOGELIJK (0.6): from here up to ZEKER, a match Regie is unsure of and says so; below it the
 *    actions are not matched (one is new, the other gone).
 *  - MARGE (0.05): a match is unsure too when another action, not better matched elsewhere, fits
 *    within this much of it: Regie then cannot tell which of the two it is.
 */
export const DREMPELS = { zeker: 0.85, mogelijk: 0.6, marge: 0.05 } as const;

const GEWICHT = { actie: 0.7, doel: 0.15, onderwerp: 0.15 } as const;

export interface Paar {
  oud: ActieVersie;
  nieuw: ActieVersie;
  /** 0..1; 1 when goal, topic and action text are the same up to numbering, case and spacing. */
  score: number;
  zeker: boolean;
}

/**
 * Pairs the actions of two versions one to one by what they are, never by row: first those whose
 * goal, topic and action text are the same (up to numbering, case, accents and spacing; duplicates
 * pair in list order), then the rest by descending score, ties going to the pair whose places in
 * their lists are closest. Returns the pairs in the order of the new list.
 */
export function koppelActies(oud: readonly ActieVersie[], nieuw: readonly ActieVersie[]): Paar[] {
  const o = oud.map(sleutels);
  const n = nieuw.map(sleutels);
  const paarVanNieuw = new Map<number, { i: number; score: number }>();
  const paarVanOud = new Map<number, { j: number; score: number }>();
  const koppel = (i: number, j: number, score: number) => {
    paarVanNieuw.set(j, { i, score });
    paarVanOud.set(i, { j, score });
  };
  // 1. The same action: one lookup per action.
  const perSleutel = new Map<string, number[]>();
  o.forEach((s, i) => perSleutel.set(s.heel, [...(perSleutel.get(s.heel) ?? []), i]));
  n.forEach((s, j) => {
    const i = perSleutel.get(s.heel)?.shift();
    if (i !== undefined) koppel(i, j, 1);
  });
  // 2. The rest by similarity, best first.
  const restOud = o.map((_, i) => i).filter((i) => !paarVanOud.has(i));
  const restNieuw = n.map((_, j) => j).filter((j) => !paarVanNieuw.has(j));
  const kandidaten: { i: number; j: number; score: number; afstand: number }[] = [];
  const scores = new Map<string, number>();
  for (const i of restOud)
    for (const j of restNieuw) {
      const score = gelijkenisScore(o[i], n[j]);
      if (score < DREMPELS.mogelijk) continue;
      scores.set(`${i} ${j}`, score);
      const afstand = Math.abs(i / Math.max(1, o.length) - j / Math.max(1, n.length));
      kandidaten.push({ i, j, score, afstand });
    }
  kandidaten.sort((a, b) => b.score - a.score || a.afstand - b.afstand || a.i - b.i || a.j - b.j);
  for (const k of kandidaten)
    if (!paarVanOud.has(k.i) && !paarVanNieuw.has(k.j)) koppel(k.i, k.j, k.score);
  // 3. How sure: high enough, and no rival that would rather have this partner.
  const rivaal = (i: number, j: number, score: number): boolean =>
    restOud.some(
      (x) =>
        x !== i &&
        (scores.get(`${x} ${j}`) ?? 0) >= score - DREMPELS.marge &&
        (paarVanOud.get(x)?.score ?? 0) < (scores.get(`${x} ${j}`) ?? 0)
    ) ||
    restNieuw.some(
      (y) =>
        y !== j &&
        (scores.get(`${i} ${y}`) ?? 0) >= score - DREMPELS.marge &&
        (paarVanNieuw.get(y)?.score ?? 0) < (scores.get(`${i} ${y}`) ?? 0)
    );
  return [...paarVanNieuw]
    .sort(([a], [b]) => a - b)
    .map(([j, { i, score }]) => ({
      oud: oud[i],
      nieuw: nieuw[j],
      score,
      zeker: score === 1 || (score >= DREMPELS.zeker && !rivaal(i, j, score)),
    }));
}

interface Sleutels {
  doel: string;
  onderwerp: string;
  actie: string;
  heel: string;
}

function sleutels(a: ActieVersie): Sleutels {
  const doel = kern(a.doel);
  const onderwerp = kern(a.onderwerp);
  const actie = kern(a.actie);
  return { doel, onderwerp, actie, heel: `${doel}\u0000${onderwerp}\u0000${actie}` };
}

/** Below this action-text similarity no goal or topic can lift a pair to MOGELIJK. */
const MIN_ACTIE = (DREMPELS.mogelijk - GEWICHT.doel - GEWICHT.onderwerp) / GEWICHT.actie;

function gelijkenisScore(a: Sleutels, b: Sleutels): number {
  // The distance is at least the difference in length: a hopeless pair costs no edit distance.
  const langst = Math.max(a.actie.length, b.actie.length);
  if (langst > 0 && 1 - Math.abs(a.actie.length - b.actie.length) / langst < MIN_ACTIE) return 0;
  return (
    GEWICHT.actie * gelijkenis(a.actie, b.actie) +
    GEWICHT.doel * gelijkenis(a.doel, b.doel) +
    GEWICHT.onderwerp * gelijkenis(a.onderwerp, b.onderwerp)
  );
}

/** 1 - edit distance / length of the longer text; 1 for two empty texts. */
export function gelijkenis(a: string, b: string): number {
  const langst = Math.max(a.length, b.length);
  if (langst === 0) return 1;
  return 1 - distance(a, b) / langst;
}

/**
 * Numbering the list puts before a text, which renumbering changes: "#01 ", "II. ", "a. ", "3) ".
 * A letter or roman numeral counts only with a full stop or bracket right after it.
 */
const NUMMERING = /^\s*(?:#\s*\d+\b\.?|\d+[.)](?!\d)|[ivxlc]+[.)]|[a-z][.)])\s*/i;

/** The text as compared: numbering off, then folded (case, accents, punctuation, spaces). */
export function kern(tekst: string): string {
  return foldText(tekst.replace(NUMMERING, ""));
}
