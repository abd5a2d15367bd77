import { cellAddress } from "../../address";
import type { IsoDate } from "../../dates/iso";
import { cellText, type Grid } from "../../grid";
import type { MijlpaalBlad } from "./indeling";
import { readMijlpalen, voltooidDoorNorm } from "./mijlpaal-rij";
import { voldoetAanNorm } from "../fasen/resultaat-beoordeling";
import { bezoekAdresRijen, meldDubbel, type Plek, type RijVerslag } from "./address-rows";
import type { Gemeenten } from "../counting/counters";
import { maakStappen, type Tijdlijn } from "./tijdlijn";

export interface MijlpaalVerslag extends RijVerslag {
  tijdlijnen: Tijdlijn[];
}

export interface MijlpaalContext {
  peildatum: IsoDate;
  gemeenten: Gemeenten;
  /** Shared between milestone sheets: an address in two of them counts once. */
  gezien: Map<string | number, EersteRij>;
}

/** Where an address was first met. */
export interface EersteRij {
  /** As first written. */
  adresId: string;
  sheet: string;
  rij: number;
  kolom: number;
}

/**
 * Reads a milestone sheet into one phase timeline per address. Unreadable and improbable dates are
 * reported and left out, dates out of phase order are reported and kept as they are; "voldoet aan
 * norm" makes the address Voltooid at its Datum voltooid, or else at its Datum beoordeling.
 */
export function readMijlpaaldatums(
  grid: Grid,
  blad: MijlpaalBlad,
  ctx: MijlpaalContext
): MijlpaalVerslag {
  const { kolommen } = blad;
  const verslag: MijlpaalVerslag = {
    sheet: grid.sheet,
    bevindingen: [],
    duplicates: [],
    tijdlijnen: [],
  };
  const kop = { kopRij: blad.kopRij, adresKolom: kolommen.adresId };
  bezoekAdresRijen(grid, kop, verslag, (rij, waarden, id) => {
    const eerste = ctx.gezien.get(id.sleutel);
    if (eerste) {
      const plek = { sheet: grid.sheet, cell: cellAddress(rij, kolommen.adresId) };
      return meldDubbel(verslag, plek, plekVan(eerste), id.tekst);
    }
    ctx.gezien.set(id.sleutel, {
      adresId: id.tekst,
      sheet: grid.sheet,
      rij,
      kolom: kolommen.adresId,
    });
    const mijlpalen = readMijlpalen(
      { rij, waarden, id, date1904: grid.date1904 },
      blad,
      ctx.peildatum,
      verslag.bevindingen
    );
    const resultaat = cellText(waarden[kolommen.resultaat ?? -1]);
    if (resultaat !== "" && voldoetAanNorm(resultaat)) {
      const bij = { sheet: grid.sheet, cell: cellAddress(rij, kolommen.resultaat ?? 0) };
      voltooidDoorNorm(mijlpalen, { plek: bij, tekst: resultaat, adresId: id.tekst }, verslag);
    }
    const kolom = kolommen.gemeente ?? -1;
    const gemeente = ctx.gemeenten.nummer(cellText(waarden[kolom]), grid.sheet, rij, kolom);
    verslag.tijdlijnen.push({ adresId: id.tekst, gemeente, stappen: maakStappen(mijlpalen) });
  });
  return verslag;
}

function plekVan({ sheet, rij, kolom }: EersteRij): Plek {
  return { sheet, cell: cellAddress(rij, kolom) };
}
