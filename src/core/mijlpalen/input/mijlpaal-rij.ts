import { readExactDate } from "../../dates/exact-date";
import { cellAddress } from "../../address";
import type { IsoDate } from "../../dates/iso";
import type { CellValue } from "../../grid";
import type { AdresId } from "./adres-id";
import { bevinding, type MijlpaalBevinding } from "../codes";
import { FASEN, faseIndex } from "../fasen/fasen";
import type { MijlpaalBlad } from "./indeling";
import type { Mijlpaal } from "./header-cell";
import type { Plek, RijVerslag } from "./address-rows";
import type { Stap } from "./tijdlijn";

/** Milestones in phase order: a date column each. */
export const MIJLPALEN = FASEN.slice(1) as Mijlpaal[];

/** Dates before this are typing errors (the programme began long after); they are not used. */
export const VROEGSTE_DATUM = "2000-01-01";

/** The row's usable milestone dates, with findings about the others and about their order. */
export function readMijlpalen(
  {
    rij,
    waarden,
    id,
    date1904,
  }: { rij: number; waarden: readonly CellValue[]; id: AdresId; date1904?: boolean },
  blad: MijlpaalBlad,
  peildatum: IsoDate,
  bevindingen: MijlpaalBevinding[]
): Stap[] {
  const stappen: Stap[] = [];
  let laatste: { mijlpaal: Mijlpaal; datum: IsoDate } | null = null;
  for (const mijlpaal of MIJLPALEN) {
    const kolom = blad.kolommen.datums[mijlpaal];
    if (kolom === undefined) continue;
    const cel = readExactDate(waarden[kolom] ?? "", date1904);
    if (cel.kind === "empty") continue;
    const plek = { sheet: blad.sheet, cell: cellAddress(rij, kolom) };
    const adres = id.tekst;
    if (cel.kind === "unreadable") {
      bevindingen.push(bevinding("datum-onleesbaar", plek, { mijlpaal, tekst: cel.text }, adres));
      continue;
    }
    const datum = cel.date;
    if (datum < VROEGSTE_DATUM) {
      bevindingen.push(bevinding("datum-onwaarschijnlijk", plek, { mijlpaal, datum }, adres));
      continue;
    }
    if (datum > peildatum)
      bevindingen.push(
        bevinding("datum-na-peildatum", plek, { mijlpaal, datum, peildatum }, adres)
      );
    if (laatste && datum < laatste.datum) {
      const eerder = { eerder: laatste.mijlpaal, eerderDatum: laatste.datum };
      bevindingen.push(bevinding("datums-volgorde", plek, { mijlpaal, datum, ...eerder }, adres));
    } else laatste = { mijlpaal, datum };
    stappen.push({ datum, fase: faseIndex(mijlpaal) });
  }
  return stappen;
}

/** "Voldoet aan norm": Voltooid at Datum voltooid when given, else at Datum beoordeling. */
export function voltooidDoorNorm(
  stappen: Stap[],
  resultaat: { plek: Plek; tekst: string; adresId: string },
  verslag: RijVerslag
): void {
  const voltooid = faseIndex("Voltooid");
  if (stappen.some((s) => s.fase === voltooid)) return;
  const beoordeling = stappen.find((s) => s.fase === faseIndex("Beoordeling"));
  if (beoordeling) stappen.push({ datum: beoordeling.datum, fase: voltooid });
  else {
    const { plek, tekst, adresId } = resultaat;
    verslag.bevindingen.push(bevinding("resultaat-zonder-datum", plek, { tekst }, adresId));
  }
}
