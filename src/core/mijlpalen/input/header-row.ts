import { cellText, type CellValue } from "../../grid";
import { recogniseHeaderCell, type Mijlpaal } from "./header-cell";

/** Where each column sits (0-based); the date columns by milestone. */
export interface KopKolommen {
  adresId: number;
  fase?: number;
  gemeente?: number;
  toelichting?: number;
  resultaat?: number;
  datums: Partial<Record<Mijlpaal, number>>;
}

/** How far down a header may sit (title rows, a date line, a blank row above it). */
export const KOP_ZOEKRIJEN = 10;

/** The first row among the first ten that maps an Adres-ID and a phase or two milestone dates. */
export function vindKop(
  head: readonly (readonly CellValue[])[]
): { kopRij: number; kolommen: KopKolommen } | null {
  for (let rij = 0; rij < Math.min(head.length, KOP_ZOEKRIJEN); rij++) {
    const kolommen = readHeaderRow(head[rij]);
    if (kolommen) return { kopRij: rij, kolommen };
  }
  return null;
}

/** The row's columns when it is a header of either layout, else null. */
export function readHeaderRow(rij: readonly CellValue[]): KopKolommen | null {
  const beste = new Map<string, { kolom: number; zekerheid: number }>();
  rij.forEach((waarde, kolom) => {
    if (typeof waarde !== "string") return;
    const kop = recogniseHeaderCell(cellText(waarde));
    if (!kop) return;
    const sleutel = kop.soort === "datum" ? `datum:${kop.mijlpaal}` : kop.soort;
    const eerder = beste.get(sleutel);
    // The surest cell wins; between equals the leftmost.
    if (!eerder || kop.zekerheid > eerder.zekerheid)
      beste.set(sleutel, { kolom, zekerheid: kop.zekerheid });
  });
  const adresId = beste.get("adresId")?.kolom;
  if (adresId === undefined) return null;
  const kolommen: KopKolommen = { adresId, datums: {} };
  for (const [sleutel, { kolom }] of beste) {
    if (sleutel.startsWith("datum:")) kolommen.datums[sleutel.slice(6) as Mijlpaal] = kolom;
    else if (sleutel !== "adresId")
      kolommen[sleutel as "fase" | "gemeente" | "toelichting" | "resultaat"] = kolom;
  }
  const heeftFase = kolommen.fase !== undefined;
  return heeftFase || Object.keys(kolommen.datums).length >= 2 ? kolommen : null;
}
