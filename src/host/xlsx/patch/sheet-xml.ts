import { cellAddress } from "../../../core/address";
import type { CellValue } from "../../../core/grid";
import { cellElement } from "./cell-changes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The port gives widths in points as Office.js does; a .xlsx column is measured in characters. */
export const POINTS_PER_CHARACTER = 5.25;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** How one of Regie's own sheets is laid out: column widths (points), frozen rows, print setup. */
export interface SheetLayout {
  widths: Map<number, number>;
  frozenRows: number;
  page: { landscape: boolean; fit: { wide: number; tall: number } | null } | null;
}

/** What links the sheet to parts of its own, and whether its tab is the selected one. */
export interface SheetLinks {
  /** A <drawing r:id> element, or "". */
  drawing: string;
  /** A <tableParts> element, or "". */
  tableParts: string;
  selected: boolean;
}

const NO_LINKS: SheetLinks = { drawing: "", tableParts: "", selected: false };

/**
 * A worksheet part for one of Regie's own sheets: the values, text as inline strings (so the
 * workbook's shared strings stay untouched, and text that looks like a formula stays text), and
 * the format `style` gives a cell, if any.
 */
export function sheetXml(
  values: readonly (readonly CellValue[])[],
  style: (row: number, col: number) => number | undefined = () => undefined,
  layout: SheetLayout = { widths: new Map(), frozenRows: 0, page: null },
  links: SheetLinks = NO_LINKS
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
  // CT_Worksheet's order (ECMA-376 18.3.1.99): sheetPr, sheetViews, cols, sheetData, pageMargins,
  // pageSetup, drawing, tableParts.
  const { widths, frozenRows, page } = layout;
  const sheetPr = page?.fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
  const selected = links.selected ? ` tabSelected="1"` : "";
  const pane =
    frozenRows > 0
      ? `<pane ySplit="${frozenRows}" topLeftCell="${cellAddress(frozenRows, 0)}" activePane="bottomLeft" state="frozen"/>`
      : "";
  const views =
    pane || selected
      ? `<sheetViews><sheetView${selected} workbookViewId="0">${pane}</sheetView></sheetViews>`
      : "";
  const cols =
    widths.size > 0
      ? `<cols>${[...widths]
          .sort((a, b) => a[0] - b[0])
          .map(
            ([c, points]) =>
              `<col min="${c + 1}" max="${c + 1}" width="${(points / POINTS_PER_CHARACTER).toFixed(2)}" customWidth="1"/>`
          )
          .join("")}</cols>`
      : "";
  const setup = page
    ? `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup orientation="${page.landscape ? "landscape" : "portrait"}"` +
      (page.fit ? ` fitToWidth="${page.fit.wide}" fitToHeight="${page.fit.tall}"` : "") +
      `/>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetPr}${views}${cols}<sheetData>${rows}</sheetData>` +
    `${setup}${links.drawing}${links.tableParts}</worksheet>`
  );
}
