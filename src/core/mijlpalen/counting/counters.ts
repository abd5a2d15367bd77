import { foldText } from "../../text";
import { FASEN } from "../fasen/fasen";
import type { FaseTelling, KwartaalTelling } from "../dashboard-schema";

/** The label of addresses whose gemeente cell is empty. */
export const GEEN_GEMEENTE = "(geen gemeente)";

/**
 * The gemeenten met while reading, numbered in order of appearance. Spellings that fold alike
 * ("Groningen", "GRONINGEN ") are one gemeente, named as first written.
 */
export class Gemeenten {
  readonly namen: string[] = [];
  /** Where each gemeente was first met: the cell of its gemeente column (kolom -1: none). */
  readonly eerste: { sheet: string; rij: number; kolom: number }[] = [];
  private readonly nummers = new Map<string, number>();
  /** By the cell text as written: one lookup per row, folding once per spelling. */
  private readonly geschreven = new Map<string, number>();
  /** The number of the empty gemeente cell, -1 while none was met. */
  private leeg = -1;

  nummer(tekst: string, sheet = "", rij = -1, kolom = -1): number {
    const bekend = this.geschreven.get(tekst);
    if (bekend !== undefined) return bekend;
    const sleutel = foldText(tekst);
    let nummer = this.nummers.get(sleutel);
    if (nummer === undefined) {
      nummer = this.namen.length;
      this.nummers.set(sleutel, nummer);
      this.namen.push(sleutel === "" ? GEEN_GEMEENTE : tekst.trim());
      this.eerste.push({ sheet, rij, kolom });
      if (sleutel === "") this.leeg = nummer;
    }
    this.geschreven.set(tekst, nummer);
    return nummer;
  }

  /** The gemeenten a gemeente cell named, with where each was first met: empty cells left out. */
  genoemd(): { naam: string; sheet: string; rij: number; kolom: number }[] {
    return this.namen.flatMap((naam, n) => (n === this.leeg ? [] : [{ naam, ...this.eerste[n] }]));
  }

  get meerdere(): boolean {
    return this.namen.length > 1;
  }
}

/** Counts by gemeente number, then by phase index: [gemeente][fase]. */
export type Tellers = number[][];

export function legeTellers(aantalGemeenten: number): Tellers {
  return Array.from({ length: aantalGemeenten }, () => FASEN.map(() => 0));
}

/** A dashboard row from the counts; total is the sum of the phases by construction. */
export function kwartaalTelling(
  rij: { label: string; end: string; lopend: boolean },
  tellers: Tellers,
  gemeenten: Gemeenten
): KwartaalTelling {
  const opgeteld = FASEN.map((_f, i) => tellers.reduce((som, g) => som + (g[i] ?? 0), 0));
  const telling: KwartaalTelling = { ...rij, ...faseTelling(opgeteld) };
  if (gemeenten.meerdere)
    telling.perGemeente = gemeenten.namen
      .map((gemeente, g) => ({ gemeente, ...faseTelling(tellers[g] ?? []) }))
      .sort((a, b) => a.gemeente.localeCompare(b.gemeente, "nl"));
  return telling;
}

function faseTelling(perFase: readonly number[]): { counts: FaseTelling; total: number } {
  const counts = Object.fromEntries(FASEN.map((f, i) => [f, perFase[i] ?? 0])) as FaseTelling;
  return { counts, total: FASEN.reduce((som, f) => som + counts[f], 0) };
}
