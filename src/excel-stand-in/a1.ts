import { areaAddress, columnIndex, columnLetter, parseArea, qualified } from "../core/address";
import { hostErrors } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, type Area } from "./model";

/**
 * Parses an address as Worksheet.getRange accepts it: "B2", "$B$2:C9", "A:C", "3:5", optionally
 * prefixed with this sheet's name. Anything else fails at sync with InvalidArgument, as in Excel.
 */
export function parseRangeAddress(sheetName: string, address: string): Area {
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (prefix.toLowerCase() !== sheetName.toLowerCase()) throw hostErrors.invalidArgument(address);
  }
  const bare = address
    .slice(bang + 1)
    .trim()
    .replace(/\$/g, "");
  const area = parseWhole(bare) ?? parseArea(bare);
  if (
    !area ||
    area.top < 0 ||
    area.left < 0 ||
    area.bottom >= MAX_ROWS ||
    area.right >= MAX_COLUMNS
  )
    throw hostErrors.invalidArgument(address);
  return area;
}

/** Multi-area addresses: comma- or semicolon-separated, as Worksheet.getRanges accepts them. */
export function parseAreas(sheetName: string, address: string): Area[] {
  return address.split(/[,;]/).map((part) => parseRangeAddress(sheetName, part.trim()));
}

/** "Blad1!A1:B2", whole columns as "A:C" and whole rows as "3:5", the way Excel reports addresses. */
export function formatAddress(sheetName: string, area: Area): string {
  return qualified(sheetName, bareAddress(area));
}

export function bareAddress(area: Area): string {
  const fullColumns = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const fullRows = area.left === 0 && area.right === MAX_COLUMNS - 1;
  if (fullRows) return `${area.top + 1}:${area.bottom + 1}`;
  if (fullColumns) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  return areaAddress(area);
}

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function parseWhole(bare: string): Area | null {
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const [a, b] = [columnIndex(cols[1]), columnIndex(cols[2])];
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (a < 0 || b < 0) return null;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMNS - 1 };
  }
  return null;
}
