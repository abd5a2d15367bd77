import { DAYS_1900_TO_1904, fromExcelSerial } from "../core/dates/iso";
import type { CellModel } from "./model";

const MAANDEN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const VOLUIT = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Range.text of one cell: a date-formatted number as the date it is in the workbook's date system
 * (the serial counts from 1904-01-01 there), other numbers as General, booleans as TRUE/FALSE.
 * Only the date tokens d, dd, m, mm, mmm, mmmm, yy, yyyy and h:mm are rendered; other number
 * formats (decimals, currency) show General: an assumption, enough for the date system to be told.
 */
export function cellText(cell: CellModel, date1904: boolean): string {
  const { value, numberFormat } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = zonderLetterlijk(numberFormat);
  if (!/[dy]|m(?!\])/i.test(format) || /^general$/i.test(format)) return String(value);
  const iso = fromExcelSerial(date1904 ? value + DAYS_1900_TO_1904 : value);
  if (iso === null) return String(value);
  const [jaar, maand, dag] = iso.split("-").map(Number);
  const minuten = Math.round((value - Math.floor(value)) * 24 * 60);
  const uur = Math.floor(minuten / 60);
  let vorige = "";
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h/gi, (token) => {
    // Right after an hour, m and mm are minutes (Excel's rule for the ambiguous token).
    const naUur = vorige.startsWith("h");
    vorige = token.toLowerCase();
    switch (vorige) {
      case "yyyy":
        return String(jaar);
      case "yy":
        return String(jaar % 100).padStart(2, "0");
      case "mmmm":
        return VOLUIT[maand - 1];
      case "mmm":
        return MAANDEN[maand - 1];
      case "mm":
        return naUur ? String(minuten % 60).padStart(2, "0") : String(maand).padStart(2, "0");
      case "m":
        return naUur ? String(minuten % 60) : String(maand);
      case "dd":
        return String(dag).padStart(2, "0");
      case "d":
        return String(dag);
      case "hh":
        return String(uur).padStart(2, "0");
      default:
        return String(uur);
    }
  });
}

/** The format without its literal parts ("..." and [...]) and escapes, as far as they matter here. */
function zonderLetterlijk(format: string): string {
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
}
