import { cellAddress } from "../../address";
import type { Gemeenten } from "../counting/counters";
import type { Adresregister } from "./adresregister";
import type { EersteRij } from "./mijlpaaldatums";
import type { Momentopname } from "./momentopname";

/**
 * What a workbook's dashboard was counted from, to compare it with another gemeente's workbook:
 * every address its counted sheets list and every gemeente its gemeente column names. Plain data.
 */
export interface MijlpalenInhoud {
  /**
   * Every address, once, in order of first appearance: its comparison key (see AdresId), its ID
   * as first written, and the cell of that first Adres-ID. Rows without a readable phase included.
   */
  adressen: { sleutel: string | number; adresId: string; sheet: string; cell: string }[];
  /** The gemeente cells' values, alike folded as the counts fold them, as first written; empty cells left out. */
  gemeenten: { naam: string; sheet: string; cell: string }[];
}

/** Snapshot sheets (oldest first): an address's first cell is in the oldest sheet that lists it. */
export function inhoudVanMomentopnamen(
  opnamen: readonly Momentopname[],
  register: Adresregister,
  gemeenten: Gemeenten
): MijlpalenInhoud {
  const adressen: MijlpalenInhoud["adressen"] = new Array(register.aantal);
  let geplaatst = 0;
  for (const opname of opnamen) {
    const { rijen } = opname.stand;
    for (let nummer = 0; nummer < register.aantal && nummer < rijen.length; nummer++) {
      if (adressen[nummer] !== undefined || rijen[nummer] === -1) continue;
      adressen[nummer] = {
        sleutel: register.sleutels[nummer],
        adresId: register.teksten[nummer],
        sheet: opname.sheet,
        cell: cellAddress(rijen[nummer], opname.adresKolom),
      };
      geplaatst++;
    }
    if (geplaatst === register.aantal) break;
  }
  return { adressen, gemeenten: genoemd(gemeenten) };
}

/** Milestone sheets: every address with the row it was first met in. */
export function inhoudVanMijlpaaldatums(
  gezien: ReadonlyMap<string | number, EersteRij>,
  gemeenten: Gemeenten
): MijlpalenInhoud {
  const adressen: MijlpalenInhoud["adressen"] = [];
  for (const [sleutel, e] of gezien)
    adressen.push({
      sleutel,
      adresId: e.adresId,
      sheet: e.sheet,
      cell: cellAddress(e.rij, e.kolom),
    });
  return { adressen, gemeenten: genoemd(gemeenten) };
}

function genoemd(gemeenten: Gemeenten): MijlpalenInhoud["gemeenten"] {
  return gemeenten
    .genoemd()
    .map(({ naam, sheet, rij, kolom }) => ({ naam, sheet, cell: cellAddress(rij, kolom) }));
}
