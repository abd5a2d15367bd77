import type { MergedArea } from "./grid";

/** Excel refuses an address string longer than this in one call (getRanges and the like). */
export const MAX_ADDRESS_LENGTH = 8192;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  return col < LETTERS.length ? LETTERS[col] : letters(col);
}

/** The first 702 columns (A..ZZ), worked out once: every cell address of every row needs one. */
const LETTERS: readonly string[] = Array.from({ length: 702 }, (_, i) => letters(i));

function letters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column -> "E5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function areaAddress(area: MergedArea): string {
  const start = cellAddress(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${cellAddress(area.bottom, area.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "E5" -> {row: 4, col: 4}; null when the text is no cell address. Sheet prefixes are dropped. */
export function parseCell(address: string): { row: number; col: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = CELL.exec(bare.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "E5:H8" or "E5" -> an area; null when unreadable. */
export function parseArea(address: string): MergedArea | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * Joins range addresses into comma-separated multi-area addresses, each within Excel's limit, so that
 * a write can target many ranges in a few calls instead of one call per range.
 */
export function joinAddresses(
  addresses: readonly string[],
  maxLength = MAX_ADDRESS_LENGTH
): string[] {
  const groups: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (address.length > maxLength)
      throw new RangeError(`address longer than ${maxLength}: ${address.slice(0, 40)}`);
    if (current === "") current = address;
    else if (current.length + 1 + address.length <= maxLength) current += "," + address;
    else {
      groups.push(current);
      current = address;
    }
  }
  if (current !== "") groups.push(current);
  return groups;
}

/** Sheet-qualified address as Excel writes it: 'Blad 1'!E5. */
export function qualified(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
