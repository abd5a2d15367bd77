import { cellAddress } from "../address";
import type { CellMove } from "../findings";
import { cellText, isBlank, type CellValue, type Grid, type MergedArea } from "../grid";
import type { ActieColumn } from "./columns";
import type { RuweActie } from "./rows";
import type { Verschuiving } from "./shift";

/** A put-back write with where its value comes from: the cell beside it, or none (emptied). */
export interface TerugMove extends CellMove {
  /** The cell whose value moves here; null when the cell is only emptied. */
  bron: string | null;
}

/** A row read as if its cells stood in their own columns, and the writes that put them there. */
export interface Terugzetting {
  richting: Verschuiving;
  /**
   * The cell changes that move every cell one column back, in column order; null when that
   * would lose a value (the cell at the end of the row is not empty) or touch a formula.
   */
  terug: TerugMove[] | null;
}

/** Goal and topic carry down from above: where nothing moves in, a carried value stays. */
const DOORLOPEND = new Set<ActieColumn>(["doel", "onderwerp"]);

/**
 * Reads a shifted row as if its cells stood where they belong: after a shift to the left the
 * owner of the row is in the action column, the status in the owner column, and so on. Only the
 * row's own cells move; a cell inside a merged area (a goal shared by a group) stays where it is.
 */
export function readTeruggezet(
  ruw: RuweActie,
  richting: Verschuiving,
  grid: Grid
): RuweActie & { verschoven: Terugzetting } {
  const r = ruw.row - 1;
  const kolomOp = new Map<number, ActieColumn>(
    Object.entries(ruw.blok.kolommen).map(([k, c]) => [c as number, k as ActieColumn])
  );
  const beweegbaar = [...kolomOp.keys()]
    .filter((c) => !grid.merges.some((m) => binnen(m, r, c)))
    .sort((a, b) => a - b);
  const vrij = new Set(beweegbaar);
  const oud = (c: number): CellValue => grid.values[r]?.[c] ?? "";
  // Left: the value for column c stands in c - 1. Right: in c + 1.
  const van = richting === "links" ? -1 : 1;
  const uit: RuweActie = {
    ...ruw,
    tekst: { ...ruw.tekst },
    waarde: { ...ruw.waarde },
    cel: { ...ruw.cel },
  };
  const terug: TerugMove[] = [];
  for (const c of beweegbaar) {
    const bron = vrij.has(c + van) ? c + van : null;
    const nieuw = bron === null ? "" : oud(bron);
    if (cellText(nieuw) !== cellText(oud(c)))
      terug.push({
        sheet: grid.sheet,
        cell: cellAddress(r, c),
        from: oud(c),
        to: nieuw,
        bron: bron === null ? null : cellAddress(r, bron),
      });
    const kolom = kolomOp.get(c) as ActieColumn;
    // A carried value (from a cell above) stays; the row's own moved-away value does not.
    if (isBlank(nieuw) && DOORLOPEND.has(kolom) && uit.cel[kolom] !== cellAddress(r, c)) continue;
    uit.waarde[kolom] = nieuw;
    uit.tekst[kolom] = cellText(nieuw);
    uit.cel[kolom] = cellAddress(r, bron ?? c);
  }
  // The value at the far end has no column to go to: moving would erase it.
  const verloren = beweegbaar.some((c) => !vrij.has(c - van) && !isBlank(oud(c)));
  return { ...uit, verschoven: { richting, terug: verloren ? null : terug } };
}

/**
 * The cells where two previews of one row differ (another old value, another new one, or a cell in
 * one of them only): a preview the user saw is only written when this is empty.
 */
export function differingCells(getoond: readonly CellMove[], nu: readonly CellMove[]): string[] {
  const sleutel = (m: CellMove) => `${cellText(m.from)}\u0001${cellText(m.to)}`;
  const [a, b] = [getoond, nu].map((l) => new Map(l.map((m) => [m.cell, sleutel(m)])));
  const cellen = new Set([...a.keys(), ...b.keys()]);
  return [...cellen].filter((c) => a.get(c) !== b.get(c));
}

function binnen(m: MergedArea, r: number, c: number): boolean {
  return r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;
}
