import { cellAddress, qualified } from "../../address";
import { isBlank, withMergedValues, type CellValue, type Grid } from "../../grid";
import { readAdresId, type AdresId } from "./adres-id";
import { bevinding, type MijlpaalBevinding, type MijlpaalParams } from "../codes";
import { recogniseHeaderCell } from "./header-cell";
import type { Dubbel } from "../dashboard-schema";

/** What reading a sheet found besides its counts. */
export interface RijVerslag {
  sheet: string;
  /** The quarter's label, for findings about snapshot sheets. */
  kwartaal?: string;
  bevindingen: MijlpaalBevinding[];
  duplicates: Dubbel[];
}

export interface Plek {
  sheet: string;
  cell: string;
}

/**
 * Visits the rows under the header that name an address, in order: blank rows and repeated
 * header rows are skipped silently; a row with content but no Adres-ID and a numeric ID that Excel
 * has rounded are reported. Duplicates are the caller's: it knows what it has counted.
 */
export function bezoekAdresRijen(
  grid: Grid,
  kop: { kopRij: number; adresKolom: number },
  verslag: RijVerslag,
  bezoek: (rij: number, waarden: readonly CellValue[], id: AdresId) => void
): void {
  const waarden = grid.merges.length > 0 ? withMergedValues(grid) : grid.values;
  const plek = (rij: number): Plek => ({
    sheet: verslag.sheet,
    cell: cellAddress(rij, kop.adresKolom),
  });
  for (let rij = kop.kopRij + 1; rij < waarden.length; rij++) {
    const rijWaarden = waarden[rij] ?? [];
    const id = readAdresId(rijWaarden[kop.adresKolom] ?? "");
    if (!id) {
      if (!rijWaarden.every((w) => isBlank(w)))
        verslag.bevindingen.push(bevinding("adresid-ontbreekt", plek(rij), { rij: rij + 1 }));
    } else if (!id.cijfers && recogniseHeaderCell(id.tekst)?.soort === "adresId") continue;
    else {
      if (id.afgerond)
        verslag.bevindingen.push(bevinding("adresid-afgerond", plek(rij), {}, id.tekst));
      bezoek(rij, rijWaarden, id);
    }
  }
}

/** An address met again: it counts once (its first row); this row is reported. */
export function meldDubbel(verslag: RijVerslag, plek: Plek, eerste: Plek, adresId: string): void {
  const dubbel: Dubbel = { ...plek, adresId };
  const eersteCel =
    eerste.sheet === plek.sheet ? eerste.cell : qualified(eerste.sheet, eerste.cell);
  const params: Omit<MijlpaalParams["adres-dubbel"], "adresId"> = { eersteCel };
  if (verslag.kwartaal !== undefined) dubbel.kwartaal = params.kwartaal = verslag.kwartaal;
  verslag.duplicates.push(dubbel);
  verslag.bevindingen.push(bevinding("adres-dubbel", plek, params, adresId));
}
