import { cellAddress } from "../../../core/address";
import type { CellValue } from "../../../core/grid";
import { escapeXml } from "./edits";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A worksheet part for one of Regie's own sheets: the values only, text as inline strings (so the
 * workbook's shared strings stay untouched, and text that looks like a formula stays text).
 */
export function sheetXml(values: readonly (readonly CellValue[])[]): string {
  const rows = values
    .map((row, r) => {
      const cells = row
        .map((v, c) => cellXml(cellAddress(r, c), v))
        .filter((c) => c !== "")
        .join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`
  );
}

function cellXml(ref: string, v: CellValue): string {
  if (v === null || v === "") return "";
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>` : cellXml(ref, String(v));
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}
