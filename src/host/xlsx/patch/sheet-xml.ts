import { cellAddress } from "../../../core/address";
import type { CellValue } from "../../../core/grid";
import { cellElement } from "./cell-changes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The port gives widths in points as Office.js does; a .xlsx column is measured in characters. */
export const POINTS_PER_CHARACTER = 5.25;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's default row height for Calibri 11, in points. */
const ROW_HEIGHT = 15;
/**
 * Running text in Calibri 11 takes about 4.6 pt a character (letters 6 px, spaces 3 px); 5.5 leaves
 * room for words that do not break, so a wrapped cell is never cut off. And the cell's own margin.
 */
const POINTS_PER_TEXT_CHARACTER = 5.5;
const CELL_MARGIN = 7;

/** How one of Regie's own sheets is laid out: column widths (points), frozen rows, print setup. */
export interface SheetLayout {
  widths: Map<number, number>;
  frozenRows: number;
  page: {
    landscape: boolean;
    fit: { wide: number; tall: number } | null;
    /** A4 paper (paperSize 9); false: the printer's own. */
    a4: boolean;
    /** 1-based rows with a manual page break above them. */
    rowBreaks: number[];
  } | null;
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
  links: SheetLinks = NO_LINKS,
  wrapped: (row: number, col: number) => boolean = () => false
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
      const height = wrappedHeight(row, (c) => wrapped(r, c), layout.widths);
      const ht = height > ROW_HEIGHT ? ` ht="${height}" customHeight="1"` : "";
      return cells ? `<row r="${r + 1}"${ht}>${cells}</row>` : "";
    })
    .join("");
  // CT_Worksheet's order (ECMA-376 18.3.1.99): sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
  // pageMargins, pageSetup, rowBreaks, drawing, tableParts.
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
      // CT_PageSetup (ECMA-376 Part 1, sml.xsd): paperSize 9 is "A4 paper (210 mm by 297 mm)".
      `<pageSetup${page.a4 ? ` paperSize="9"` : ""} orientation="${page.landscape ? "landscape" : "portrait"}"` +
      (page.fit ? ` fitToWidth="${page.fit.wide}" fitToHeight="${page.fit.tall}"` : "") +
      `/>` +
      rowBreaks(page.rowBreaks)
    : "";
  // Excel's own default row height for Calibri 11, said out loud: LibreOffice otherwise takes its
  // own (lower) rows, and the dashboard's chart, anchored to rows, would not fill its page.
  const format = `<sheetFormatPr defaultRowHeight="${ROW_HEIGHT}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetPr}${views}${format}${cols}<sheetData>${rows}</sheetData>` +
    `${setup}${links.drawing}${links.tableParts}</worksheet>`
  );
}

/**
 * Manual page breaks above rows (CT_PageBreak, ECMA-376 Part 1, sml.xsd): brk's id is the zero-based row
 * the break is above, max the last column it spans.
 */
function rowBreaks(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/**
 * The height a row needs for its wrapped cells: their lines at the column's width, a line per
 * ROW_HEIGHT. Excel fits a row to wrapped text when the wrap is set in Excel; a file says its row
 * heights, and LibreOffice and Excel open one with the rows as written.
 */
function wrappedHeight(
  row: readonly CellValue[],
  wrapped: (col: number) => boolean,
  widths: ReadonlyMap<number, number>
): number {
  let lines = 1;
  row.forEach((v, c) => {
    if (typeof v !== "string" || v === "" || !wrapped(c)) return;
    const perLine = Math.max(
      1,
      Math.floor(((widths.get(c) ?? 48) - CELL_MARGIN) / POINTS_PER_TEXT_CHARACTER)
    );
    const n = v
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return lines * ROW_HEIGHT;
}
