import type { ActieColumn } from "../../core/actielijst/columns";
import type { NieuweRij } from "../../core/verslag/nieuwe-rijen";

/**
 * What the user did to the proposed rows, apart from the proposal itself: the items unticked and
 * the values changed, by the item's number. A proposal read again (another date for the next
 * meeting, or after the sheet changed) keeps them: the rows shown are always the fresh proposal's
 * with the user's changes on top.
 */
export interface Keuze {
  uit: ReadonlySet<string>;
  bewerkt: Readonly<Record<string, Partial<Record<ActieColumn, string>>>>;
}

export const GEEN_KEUZE: Keuze = { uit: new Set(), bewerkt: {} };

/** The rows to append: the ticked ones, in the verslag's order, with the user's values. */
export function gekozenRijen(rijen: readonly NieuweRij[], keuze: Keuze): NieuweRij[] {
  return rijen.filter((r) => !keuze.uit.has(r.nummer)).map((r) => metKeuze(r, keuze));
}

/** One row as the user sees it: the proposal's values, the user's changes on top. */
export function metKeuze(rij: NieuweRij, keuze: Keuze): NieuweRij {
  const eigen = keuze.bewerkt[rij.nummer];
  return eigen ? { ...rij, waarden: { ...rij.waarden, ...eigen } } : rij;
}

export function vinkAan(keuze: Keuze, nummer: string, aan: boolean): Keuze {
  const uit = new Set(keuze.uit);
  if (aan) uit.delete(nummer);
  else uit.add(nummer);
  return { ...keuze, uit };
}

export function bewerk(keuze: Keuze, nummer: string, kolom: ActieColumn, waarde: string): Keuze {
  return {
    ...keuze,
    bewerkt: { ...keuze.bewerkt, [nummer]: { ...keuze.bewerkt[nummer], [kolom]: waarde } },
  };
}

/** The ticked rows without an action text: they cannot be appended as actions. */
export function zonderActie(rijen: readonly NieuweRij[]): string[] {
  return rijen.filter((r) => !(r.waarden.actie ?? "").trim()).map((r) => r.nummer);
}
