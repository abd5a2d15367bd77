import { DREMPELS, gelijkenis, kern } from "../actielijst/koppel";

/** An action of the list an item may already be. */
export interface LijstActie {
  row: number;
  actie: string;
}

/** The list's action an item matches: sure (it is on the list) or not (it may be). */
export interface Overeenkomst {
  row: number;
  actie: string;
  /** 0..1: the likeness of the action texts. */
  score: number;
  zeker: boolean;
}

/**
 * Which items of a verslag are already on the list, by the measure `verschil` matches actions with
 * (koppel.ts): the likeness of the action texts, numbering, case, accents and punctuation aside
 * (1 - edit distance / the longer length). An item has no goal or topic, so the action text
 * weighs alone: at DREMPELS.zeker or above it is the same action (unless another action of the
 * list fits within DREMPELS.marge of it: then Regie cannot tell which), from DREMPELS.mogelijk it
 * may be. Items and actions pair one to one, best pairs first: one row is never two items.
 */
export function zoekBestaande(
  items: readonly string[],
  acties: readonly LijstActie[]
): (Overeenkomst | null)[] {
  const ik = items.map(kern);
  const ak = acties.map((a) => kern(a.actie));
  const paren: { i: number; j: number; score: number }[] = [];
  ik.forEach((a, i) =>
    ak.forEach((b, j) => {
      const langst = Math.max(a.length, b.length);
      if (langst === 0 || Math.min(a.length, b.length) / langst < DREMPELS.mogelijk) return;
      const score = gelijkenis(a, b);
      if (score >= DREMPELS.mogelijk) paren.push({ i, j, score });
    })
  );
  paren.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const uit: (Overeenkomst | null)[] = items.map(() => null);
  const bezet = new Set<number>();
  for (const p of paren) {
    if (uit[p.i] || bezet.has(p.j)) continue;
    bezet.add(p.j);
    const rivaal = paren.some(
      (q) => q.i === p.i && q.j !== p.j && q.score >= p.score - DREMPELS.marge
    );
    uit[p.i] = {
      row: acties[p.j].row,
      actie: acties[p.j].actie,
      score: p.score,
      zeker: p.score === 1 || (p.score >= DREMPELS.zeker && !rivaal),
    };
  }
  return uit;
}
