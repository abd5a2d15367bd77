/**
 * How Regie's own sheets print: A4 landscape with Excel's "Normal" margins, as the secretariaat
 * prints them. The sheet plans use these figures to place what must share a page (the dashboard's
 * table and chart) and to say which rows repeat on every page; Excel (and LibreOffice) then shrink
 * the print area to the pages asked for.
 */

/** What a sheet plan asks of the printer; the app turns it into a pageLayout write. */
export interface Afdruk {
  /** The A1 area that prints; null: everything on the sheet. */
  printArea: string | null;
  /** Excel's "Aanpassen aan": pages wide by pages tall (0: as many as needed). */
  fitToPages: { wide: number; tall: number };
  /** Rows repeated at the top of every page ("$6:$6"); null: none. */
  printTitleRows: string | null;
  /** 1-based rows that start a new page (a manual page break above each). */
  rowBreaks: number[];
}

/**
 * A4 landscape (297 x 210 mm = 842 x 595 pt) less Excel's Normal margins (left and right 0.7 inch,
 * top and bottom 0.75 inch; header and footer sit inside those): what a page holds at 100 %.
 */
export const PAGINA = { breedte: 842 - 2 * 50.4, hoogte: 595 - 2 * 54 };

/** Excel's default row height for its default font (Calibri 11): 15 pt (20 px). */
export const RIJ_HOOGTE = 15;

/** Excel's default column width (8.43 characters): 48 pt. */
export const STANDAARD_KOLOM = 48;

/**
 * The scale "fit to one page wide" gives columns `breedte` points wide together: the page's width
 * over theirs, never above 100 % (Excel does not enlarge to fit).
 */
export function schaalOpBreedte(breedte: number): number {
  return Math.min(1, PAGINA.breedte / Math.max(1, breedte));
}

/** How many rows of default height one page holds at `schaal`. */
export function rijenPerPagina(schaal: number): number {
  return Math.floor(PAGINA.hoogte / (RIJ_HOOGTE * schaal));
}

/** Columns A.. as the sheet plan sets them (points), the ones it leaves at Excel's default. */
export function breedteVan(breedtes: ReadonlyMap<string, number>, kolommen: string[]): number {
  return kolommen.reduce((som, k) => som + (breedtes.get(k) ?? STANDAARD_KOLOM), 0);
}
