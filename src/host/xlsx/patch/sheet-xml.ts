import { cellAddress } from "../../../core/address";
import type { CellValue } from "../../../core/grid";
import { cellElement } from "./cell-changes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A worksheet part for one of Regie's own sheets: the values, text as inline strings (so the
 * workbook's shared strings stay untouched, and text that looks like a formula stays text), and
 * the format `style` gives a cell, if any.
 */
export function sheetXml(
  values: readonly (readonly CellValue[])[],
  style: (row: number, col: number) => number | undefined = () => undefined
): string {
  const rows = values
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const s = style(r, c);
          return (v === "" || v === null) && s === undefined
            ? ""
            : cellElement("", cellAddress(r, c), s, v);
        })
        .join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`
  );
}
