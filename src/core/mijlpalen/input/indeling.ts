import type { CellValue } from "../../grid";
import { vindKop, type KopKolommen } from "./header-row";
import { kwartaalUitBladnaam, type Kwartaal } from "../kwartalen";

export { KOP_ZOEKRIJEN, type KopKolommen } from "./header-row";

/** A sheet with one row per address and its phase, for one quarter. */
export interface MomentopnameBlad {
  sheet: string;
  /** 0-based row of the header. */
  kopRij: number;
  kolommen: KopKolommen;
  /** From the override when given, else from the sheet name; null when neither says. */
  kwartaal: Kwartaal | null;
  kwartaalBron: "opgegeven" | "bladnaam" | null;
}

/** A sheet with one row per address and a date per milestone. */
export interface MijlpaalBlad {
  sheet: string;
  kopRij: number;
  kolommen: KopKolommen;
}

export interface Indeling {
  soort: "momentopnamen" | "mijlpaaldatums" | "gemengd" | "geen";
  momentopnamen: MomentopnameBlad[];
  mijlpaalBladen: MijlpaalBlad[];
  /** Sheets that are neither (no header with an Adres-ID and a phase or milestone dates). */
  overig: string[];
}

export interface BladKop {
  name: string;
  /** The sheet's first rows; the header is looked for in the first ten. */
  head: readonly (readonly CellValue[])[];
}

/**
 * Which sheets hold phase snapshots (header with Adres-ID and Fase) and which hold milestone dates
 * (Adres-ID and at least two "Datum <mijlpaal>" columns), in any column order, with the header in
 * the first ten rows. A sheet with both counts as snapshot when its quarter is known (from its name
 * or the override), else as milestone sheet.
 */
export function recogniseIndeling(
  bladen: readonly BladKop[],
  kwartaalOverride: Readonly<Record<string, Kwartaal>> = {}
): Indeling {
  const indeling: Indeling = { soort: "geen", momentopnamen: [], mijlpaalBladen: [], overig: [] };
  for (const blad of bladen) {
    const kop = vindKop(blad.head);
    const opgegeven = opgegevenKwartaal(kwartaalOverride, blad.name);
    const kwartaal = opgegeven ?? kwartaalUitBladnaam(blad.name);
    const aantalDatums = kop ? Object.keys(kop.kolommen.datums).length : 0;
    if (!kop) indeling.overig.push(blad.name);
    else if (aantalDatums >= 2 && (kop.kolommen.fase === undefined || !kwartaal))
      indeling.mijlpaalBladen.push({ sheet: blad.name, ...kop });
    else
      indeling.momentopnamen.push({
        sheet: blad.name,
        ...kop,
        kwartaal,
        kwartaalBron: opgegeven ? "opgegeven" : kwartaal ? "bladnaam" : null,
      });
  }
  indeling.soort = soort(indeling);
  return indeling;
}

/** The override of a sheet: own keys only ("toString" is a sheet name too), real quarters only. */
function opgegevenKwartaal(
  override: Readonly<Record<string, Kwartaal>>,
  naam: string
): Kwartaal | null {
  if (!Object.prototype.hasOwnProperty.call(override, naam)) return null;
  const k = override[naam];
  const geldig =
    Number.isInteger(k?.jaar) &&
    k.jaar >= 1000 &&
    k.jaar <= 9999 &&
    [1, 2, 3, 4].includes(k.kwartaal);
  return geldig ? { jaar: k.jaar, kwartaal: k.kwartaal } : null;
}

function soort(i: Indeling): Indeling["soort"] {
  if (i.momentopnamen.length > 0) return i.mijlpaalBladen.length > 0 ? "gemengd" : "momentopnamen";
  return i.mijlpaalBladen.length > 0 ? "mijlpaaldatums" : "geen";
}
