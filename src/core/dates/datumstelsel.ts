import { DAYS_1900_TO_1904, fromExcelSerial } from "./iso";

/** A number cell as Excel shows it: its serial (`values`) and its formatted text (`text`). */
export interface GetoondeCel {
  serial: number;
  text: string;
}

/**
 * The workbook's date system, told by what Excel shows: a date cell's `text` is formatted in the
 * workbook's own system, its `values` give the bare serial. So the serial 44221 shown as
 * "24-1-2025" (not 2021) is a 1904 workbook:
 *   44221 "23-1-2021" -> 1900     44221 "24-1-2025" -> 1904     44221 "jan 2025" -> 1904
 * Null when no cell tells (no date cells, texts that are plain numbers, or cells that disagree).
 */
export function datumstelselUitWeergave(cellen: readonly GetoondeCel[]): "1900" | "1904" | null {
  const oordelen = new Set(cellen.map(oordeel).filter((o) => o !== null));
  return oordelen.size === 1 ? [...oordelen][0] : null;
}

/** Which system's date the text shows, by its numbers (day, month, year), or null. */
function oordeel({ serial, text }: GetoondeCel): "1900" | "1904" | null {
  // A plain number ("1909", "1.909,00") is no date: its digits would pass for a year.
  if (!/\d/.test(text) || /^[\s€$+-]*[\d.,]+\s*%?$/.test(text)) return null;
  const getallen = text.match(/\d+/g) ?? [];
  const s1900 = score(fromExcelSerial(serial), getallen);
  const s1904 = score(fromExcelSerial(serial + DAYS_1900_TO_1904), getallen);
  if (s1900 === s1904) return null;
  return s1904 > s1900 ? "1904" : "1900";
}

/**
 * How many of the date's parts the text's numbers hold; 0 unless the year is among them (the two
 * systems' years always differ: by 4, or 5 for a 31 December).
 */
function score(iso: string | null, getallen: readonly string[]): number {
  if (iso === null) return 0;
  const [jaar, maand, dag] = iso.split("-").map(Number);
  const over = getallen.map(Number);
  const neem = (...vormen: number[][]): boolean => {
    for (const [waarde, lengte] of vormen) {
      const i = getallen.findIndex((g, j) => over[j] === waarde && g.length === lengte);
      if (i >= 0) return ((over[i] = NaN), true);
    }
    return false;
  };
  if (!neem([jaar, 4], [jaar % 100, 2])) return 0;
  return 1 + Number(neem([dag, 1], [dag, 2])) + Number(neem([maand, 1], [maand, 2]));
}
