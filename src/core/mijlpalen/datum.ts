import { fromExcelSerial, isoFromParts, serialIn1900System, type IsoDate } from "../dates/iso";
import type { CellValue } from "../grid";
import { MONTH_WORD, monthNumber } from "../dates/words";

export type DatumCel =
  { soort: "leeg" } | { soort: "datum"; datum: IsoDate } | { soort: "onleesbaar"; tekst: string };

/** Texts that say "no date" on purpose: an empty cell in all but looks. */
const LEEG = new Set(["", "nvt", "n v t", "geen", "nee"]);

/**
 * A milestone date: a date has happened on one exact day, so only exact dates are read (no months,
 * quarters or "medio"): Excel serials (43921, also "43921" as text) and Dutch date text
 *   "31-3-2020", "31-03-2020", "31/3/2020", "31.3.2020", "31-3-20", "2020-03-31",
 *   "31 maart 2020", "31 mrt. 2020", "31-3-2020 14:00" (the time is ignored)
 * "-", "n.v.t." and empty cells are no date; anything else is unreadable. Serials count in the
 * workbook's date system (`date1904`: from 1904-01-01).
 */
export function leesDatum(waarde: CellValue, date1904 = false): DatumCel {
  if (waarde === null) return LEEG_CEL;
  if (typeof waarde === "number")
    return uitkomst(fromExcelSerial(serialIn1900System(waarde, date1904)), String(waarde));
  const tekst = String(waarde).trim();
  if (typeof waarde === "boolean") return { soort: "onleesbaar", tekst };
  if (tekst === "") return LEEG_CEL;
  if (SERIAL_TEKST.test(tekst))
    return uitkomst(
      fromExcelSerial(serialIn1900System(Number(tekst.replace(",", ".")), date1904)),
      tekst
    );
  // A "?" or "(verwacht)" makes it no exact date; separators are all the punctuation a date has.
  if (/[^0-9a-z\s\-/.:,]/i.test(tekst)) return { soort: "onleesbaar", tekst };
  const folded = tekst
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return LEEG.has(folded) ? LEEG_CEL : uitkomst(uitTekst(folded), tekst);
}

const LEEG_CEL: DatumCel = { soort: "leeg" };

function uitkomst(datum: IsoDate | null, tekst: string): DatumCel {
  return datum ? { soort: "datum", datum } : { soort: "onleesbaar", tekst };
}

/** Serials typed as text: five digits only, so a year ("2020") is not a day in 1905. */
const SERIAL_TEKST = /^\d{5}(?:[.,]\d+)?$/;
const TIJD = "(?: \\d{1,2} \\d{2}(?: \\d{2})?)?";
const DAG_MAAND_JAAR = new RegExp(`^(\\d{1,2}) (\\d{1,2}) (\\d{4}|\\d{2})${TIJD}$`);
const JAAR_MAAND_DAG = new RegExp(`^(\\d{4}) (\\d{1,2}) (\\d{1,2})${TIJD}$`);
const DAG_MAANDNAAM_JAAR = new RegExp(`^(\\d{1,2}) (${MONTH_WORD}) (\\d{4})${TIJD}$`);

function uitTekst(folded: string): IsoDate | null {
  let m = DAG_MAAND_JAAR.exec(folded);
  if (m) return isoFromParts(jaar(m[3]), Number(m[2]), Number(m[1]));
  m = JAAR_MAAND_DAG.exec(folded);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAG_MAANDNAAM_JAAR.exec(folded);
  if (m) return isoFromParts(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  return null;
}

/** Two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx. */
function jaar(tekst: string): number {
  if (tekst.length === 4) return Number(tekst);
  const yy = Number(tekst);
  return yy < 30 ? 2000 + yy : 1900 + yy;
}
