import type { CellValue } from "../../grid";

export interface AdresId {
  /**
   * What addresses are compared by: trimmed, no spaces, uppercase; an ID of digits only by its
   * value (as a number while exact, up to 15 digits, else as digits without leading zeros).
   */
  sleutel: string | number;
  /** As the cell shows it (a number's digits): what findings and lists name. */
  tekst: string;
  /** Digits only: then it cannot be a header cell. */
  cijfers: boolean;
  /** A number cell of 16+ digits: Excel keeps 15, so the last digits are gone. */
  afgerond: boolean;
}

/** Excel stores numbers with 15 significant digits; an integer from here on has lost its tail. */
const EXCEL_PRECISIE = 1e15;

/**
 * The Adres-ID of a cell, or null when it is empty. Text is never turned into a number (a 16-digit
 * ID would lose its last digit); a number cell gives its digits without exponent. "0014200078729054"
 * as text and 14200078729054 as number (Excel dropped the zeros) are the same address.
 */
export function readAdresId(waarde: CellValue): AdresId | null {
  if (waarde === null || waarde === "") return null;
  if (typeof waarde === "number") {
    const geheel = Number.isInteger(waarde);
    const tekst = geheel ? BigInt(waarde).toString() : String(waarde);
    const afgerond = Math.abs(waarde) >= EXCEL_PRECISIE;
    const cijfers = geheel && waarde >= 0;
    return { sleutel: cijfers ? cijferSleutel(tekst, 0) : tekst, tekst, cijfers, afgerond };
  }
  const tekst = String(waarde).trim();
  if (tekst === "") return null;
  const nullen = voorloopnullen(tekst);
  if (nullen >= 0)
    return { sleutel: cijferSleutel(tekst, nullen), tekst, cijfers: true, afgerond: false };
  const kaal = tekst.replace(/\s+/g, "").toUpperCase();
  const cijfers = /^\d+$/.test(kaal);
  const sleutel = cijfers ? cijferSleutel(kaal, voorloopnullen(kaal)) : kaal;
  return { sleutel, tekst, cijfers, afgerond: false };
}

/** Up to 15 digits a number holds the value exactly, and a number key is quick to look up. */
function cijferSleutel(cijfers: string, nullen: number): string | number {
  return cijfers.length - nullen <= 15 ? Number(cijfers) : cijfers.slice(nullen);
}

/** For a text of digits only: how many leading zeros to drop (keeping one digit); else -1. */
function voorloopnullen(tekst: string): number {
  let nullen = 0;
  let voorloop = true;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    if (voorloop && c === 48 && i < tekst.length - 1) nullen++;
    else voorloop = false;
  }
  return nullen;
}
