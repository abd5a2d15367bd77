import { cellAddress, columnLetter } from "../address";
import type { CellEdit } from "../findings";
import { REGISTER_BLAD, REGISTER_KOP } from "./register";
import type { PersoonVoorstel } from "./voorstel";

/** Where a proposal goes when the workbook has a registry already: a new sheet beside it. */
export const VOORSTEL_BLAD = "Accounthouders (voorstel)";

/** Where a confirmed proposal is written: the registry itself, or a new sheet beside the one there is. */
export interface RegisterDoel {
  blad: string;
  /** True: the sheet becomes the registry (there was none); false: a proposal beside it. */
  register: boolean;
}

/**
 * The sheet for a registry proposal: "Accounthouders" when there is none; otherwise the first free
 * "Accounthouders (voorstel)", "Accounthouders (voorstel 2)", ... Names are compared as Excel does,
 * without case, so no sheet of the user's is ever written over.
 */
export function registerDoel(bladen: readonly string[]): RegisterDoel {
  const bezet = new Set(bladen.map((b) => b.toLowerCase()));
  if (!bezet.has(REGISTER_BLAD.toLowerCase())) return { blad: REGISTER_BLAD, register: true };
  for (let n = 1; ; n++) {
    const blad = n === 1 ? VOORSTEL_BLAD : `Accounthouders (voorstel ${n})`;
    if (!bezet.has(blad.toLowerCase())) return { blad, register: false };
  }
}

/** The registry sheet's rows: its header, then one row per person (name, aliases "; "). */
export function registerRows(personen: readonly PersoonVoorstel[]): string[][] {
  const rijen = personen
    .filter((p) => p.naam.trim() !== "")
    .map((p) => [
      p.naam.trim(),
      p.aliassen
        .map((a) => a.trim())
        .filter((a) => a !== "")
        .join("; "),
      "",
      "",
      "",
    ]);
  return [[...REGISTER_KOP], ...rijen];
}

/**
 * The cells a new registry sheet gets, as edits from empty: what the preview lists, the
 * Wijzigingslog records and Ongedaan maken takes away again. Empty cells are not written.
 */
export function registerCells(blad: string, rijen: readonly (readonly string[])[]): CellEdit[] {
  return rijen.flatMap((rij, r) =>
    rij.flatMap((waarde, c) =>
      waarde === "" ? [] : [{ sheet: blad, cell: cellAddress(r, c), from: "", to: waarde }]
    )
  );
}

/** The block the rows fill: A1:E6. */
export function registerBereik(rijen: readonly (readonly string[])[]): string {
  return `A1:${columnLetter(REGISTER_KOP.length - 1)}${rijen.length}`;
}
