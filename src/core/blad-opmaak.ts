import { columnLetter } from "./address";
import { toExcelSerial, type IsoDate } from "./dates/iso";
import type { CellValue } from "./grid";

/** How a range of one of Regie's own sheets looks: what the sheet plans ask the port to format. */
export interface CellFormat {
  address: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  numberFormat?: string;
  columnWidth?: number;
  wrapText?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
}

/**
 * How Regie's own sheets show dates: real Excel dates with a number format. Office.js and the file
 * format take the format codes in English; Dutch Excel shows them as dd-mm-jjjj and dd-mm-jjjj uu:mm.
 */
export const DATUM_FORMAAT = "dd-mm-yyyy";
export const TIJDSTIP_FORMAAT = "dd-mm-yyyy hh:mm";

const TIJDSTIP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2021-02-24 10:15:03" (how the clock reaches the core) -> Excel serial 44251.427..., else null. */
export function tijdstipSerieel(tijdstip: string): number | null {
  const m = TIJDSTIP.exec(tijdstip.trim());
  const dag = m ? toExcelSerial(m[1]) : null;
  if (!m || dag === null) return null;
  const seconden = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return dag + seconden / 86_400;
}

/** "2021-02-24 10:15:03" -> "24-02-2021 10:15:03"; any other text as given. */
export function tijdstipNederlands(tijdstip: string): string {
  const m = TIJDSTIP.exec(tijdstip.trim());
  if (!m) return tijdstip;
  const [j, mnd, d] = m[1].split("-");
  return `${d}-${mnd}-${j} ${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ""}`;
}

/** A date as the sheet holds it: the serial (shown with DATUM_FORMAAT), or "" when there is none. */
export function datumWaarde(iso: IsoDate | undefined): number | "" {
  return (iso && toExcelSerial(iso)) || "";
}

/** Points per character of Calibri 11 (digits are about 7 px), and room for a table's filter button. */
const PUNTEN_PER_TEKEN = 6;
const MARGE = 18;
export const MIN_BREEDTE = 48;
export const MAX_BREEDTE = 300;
/** A row's last cell may run on over the empty cells to its right: it widens its column only this far. */
const LAATSTE_CEL_TEKENS = 16;

/**
 * Column widths in points fitted to what the rows show (`tekst` gives a cell's text as displayed).
 * Rows with one cell (titles, notes) run on over the empty cells beside them and do not count; a
 * row's last cell counts only its start, as it runs on too, unless its column is in `heel`
 * (0-based): text that wraps in its column, or that ends the printed table, counts whole (up to
 * MAX_BREEDTE).
 */
export function columnWidths(
  rijen: readonly (readonly CellValue[])[],
  tekst: (waarde: CellValue, rij: number, kolom: number) => string = (w) => String(w ?? ""),
  heel: readonly number[] = []
): { kolom: string; breedte: number }[] {
  const tekens: number[] = [];
  rijen.forEach((rij, r) => {
    const gevuld = rij.flatMap((w, c) => (String(w ?? "") === "" ? [] : [c]));
    if (gevuld.length < 2) return;
    const laatste = gevuld[gevuld.length - 1];
    for (const c of gevuld) {
      const lengte = tekst(rij[c], r, c).length;
      const telt =
        c === laatste && !heel.includes(c) ? Math.min(lengte, LAATSTE_CEL_TEKENS) : lengte;
      tekens[c] = Math.max(tekens[c] ?? 0, telt);
    }
  });
  return tekens.flatMap((n, c) =>
    n === undefined
      ? []
      : [
          {
            kolom: columnLetter(c),
            breedte: Math.min(MAX_BREEDTE, Math.max(MIN_BREEDTE, n * PUNTEN_PER_TEKEN + MARGE)),
          },
        ]
  );
}
