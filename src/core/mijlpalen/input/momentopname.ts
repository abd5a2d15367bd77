import { cellAddress } from "../../address";
import { cellText, type Grid } from "../../grid";
import type { AdresId } from "./adres-id";
import { StandPerAdres, type Adresregister } from "./adresregister";
import { bevinding } from "../codes";
import { faseIndex, recogniseFase, type Fase } from "../fasen/fasen";
import type { MomentopnameBlad } from "./indeling";
import { kwartaalLabel, type Kwartaal } from "../kwartalen";
import { bezoekAdresRijen, meldDubbel, type RijVerslag } from "./address-rows";
import type { Gemeenten } from "../counting/counters";

/** One snapshot sheet read: its quarter and the phase of every counted address. */
export interface Momentopname extends RijVerslag {
  kwartaal: string;
  periode: Kwartaal;
  /** By address number (see Adresregister). */
  stand: StandPerAdres;
  /** Addresses counted. */
  aantal: number;
  /** The column of the phases: where findings about an address's phase point. */
  faseKolom: number;
  /** The column of the Adres-IDs. */
  adresKolom: number;
}

/** What all sheets of a run share: the address numbers, the gemeenten, the phase of each label. */
export interface MomentopnameContext {
  register: Adresregister;
  gemeenten: Gemeenten;
  fasen: Map<string, Fase | null>;
}

/**
 * Reads a snapshot sheet: one row per address with its phase. An address listed twice counts once
 * (its first row) and is reported; a missing or unknown phase is reported and the address is not
 * counted; blank rows are skipped. Nothing stops the rest of the sheet.
 */
export function readMomentopname(
  grid: Grid,
  blad: MomentopnameBlad,
  periode: Kwartaal,
  ctx: MomentopnameContext
): Momentopname {
  const { kolommen } = blad;
  const opname: Momentopname = {
    sheet: grid.sheet,
    kwartaal: kwartaalLabel(periode),
    periode,
    stand: new StandPerAdres(ctx.register.aantal + 1024),
    aantal: 0,
    faseKolom: kolommen.fase ?? kolommen.adresId,
    adresKolom: kolommen.adresId,
    bevindingen: [],
    duplicates: [],
  };
  const kop = { kopRij: blad.kopRij, adresKolom: kolommen.adresId };
  bezoekAdresRijen(grid, kop, opname, (rij, waarden, id) => {
    const nummer = ctx.register.nummer(id);
    opname.stand.ruimteVoor(nummer);
    const eerste = opname.stand.rijen[nummer];
    if (eerste !== -1) return meldDubbelRij(opname, { rij, eerste, kolom: kolommen.adresId }, id);
    opname.stand.rijen[nummer] = rij;
    const tekst = cellText(waarden[opname.faseKolom]);
    let fase = ctx.fasen.get(tekst);
    if (fase === undefined) ctx.fasen.set(tekst, (fase = recogniseFase(tekst)));
    if (fase === null) return meldFase(opname, rij, tekst, id);
    opname.stand.fasen[nummer] = faseIndex(fase);
    const gemeente = kolommen.gemeente ?? -1;
    opname.stand.gemeenten[nummer] = ctx.gemeenten.nummer(
      cellText(waarden[gemeente]),
      grid.sheet,
      rij,
      gemeente
    );
    opname.aantal++;
  });
  return opname;
}

/** The Fase cell of an address in a snapshot. */
export function faseCel(opname: Momentopname, nummer: number): string {
  return cellAddress(opname.stand.rijen[nummer], opname.faseKolom);
}

function meldDubbelRij(
  opname: Momentopname,
  { rij, eerste, kolom }: { rij: number; eerste: number; kolom: number },
  id: AdresId
): void {
  const plek = { sheet: opname.sheet, cell: cellAddress(rij, kolom) };
  meldDubbel(opname, plek, { sheet: opname.sheet, cell: cellAddress(eerste, kolom) }, id.tekst);
}

function meldFase(opname: Momentopname, rij: number, tekst: string, id: AdresId): void {
  const plek = { sheet: opname.sheet, cell: cellAddress(rij, opname.faseKolom) };
  if (tekst === "") opname.bevindingen.push(bevinding("fase-ontbreekt", plek, {}, id.tekst));
  else opname.bevindingen.push(bevinding("fase-onbekend", plek, { tekst }, id.tekst));
}
