import type { CellValue } from "../../core/grid";

/**
 * Text that Excel would not store as typed: "=", "+", "-" and "@" start a formula (so =HYPERLINK(...) or
 * +cmd copied from a cell would run); digits, ".", "(", currency signs and "#" can turn into numbers,
 * dates or error values; TRUE/FALSE into booleans; and a leading apostrophe would be swallowed.
 */
const REINTERPRETED = /^[=+\-@'#(.\d€$]|^(true|false)$/i;

/**
 * A value as it must be written through `range.values` to arrive unchanged: such text gets a leading
 * apostrophe (Excel stores the text without it); null becomes an empty cell; numbers Excel cannot
 * hold (NaN, Infinity) become empty too.
 */
export function asCellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return REINTERPRETED.test(value) ? `'${value}` : value;
}
