import type { Fill, WriteOp } from "../../app/ports";
import { joinAddresses, parseArea } from "../../core/address";
import type { CellValue } from "../../core/grid";
import type { RangeFillLike, WorksheetLike } from "./excel-types";
import type { SheetCache } from "./sheet-cache";
import { asCellInput } from "./text-guard";
import { queueValidatie } from "./validaties";

/** Queues one WriteOp on the context; nothing reaches Excel until the caller syncs. */
export function queueWriteOp(sheets: SheetCache, op: WriteOp): void {
  switch (op.kind) {
    case "expect":
    case "expectSheet":
      return; // checked by the port around the batch, not a write
    case "values":
      return queueValues(sheets.get(op.sheet), op.address, op.values);
    case "fill":
      // One getRanges call per group of up to 8,192 address characters, never one call per row.
      for (const group of joinAddresses(op.addresses))
        applyFill(sheets.get(op.sheet).getRanges(group).format.fill, op.fill);
      return;
    case "addSheet": {
      const sheet = sheets.add(op.sheet);
      if (op.visibility && op.visibility !== "Visible") sheet.visibility = op.visibility;
      if (op.activate) sheet.activate();
      return;
    }
    case "deleteSheet": {
      // Worksheet.delete() fails with InvalidOperation on a VeryHidden sheet (Office.js reference,
      // Worksheet.delete): made Hidden first, the delete goes through.
      const sheet = sheets.get(op.sheet);
      if (op.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
      return sheets.forget(op.sheet);
    }
    case "sheetVisibility":
      sheets.get(op.sheet).visibility = op.visibility;
      return;
    case "clearSheet":
      return sheets.get(op.sheet).getRange().clear();
    case "format":
      return queueFormat(sheets.get(op.sheet), op);
    case "table": {
      const sheet = sheets.get(op.sheet);
      const table = sheet.tables.add(sheet.getRange(op.address), true);
      table.name = op.name;
      table.style = op.style;
      return;
    }
    case "chart": {
      const sheet = sheets.get(op.sheet);
      const chart = sheet.charts.add(op.type, sheet.getRange(op.source), op.seriesBy);
      chart.name = op.name;
      chart.title.text = op.title;
      chart.setPosition(op.from, op.to);
      // One colour per series, as the op gives them; without, Excel takes its theme's and every
      // host draws its own. ChartFill.setSolidColor (ExcelApi 1.1, "#RRGGBB"):
      // https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)
      op.seriesColors?.forEach((color, i) =>
        chart.series.getItemAt(i).format.fill.setSolidColor(color)
      );
      return;
    }
    case "freezeRows":
      return sheets.get(op.sheet).freezePanes.freezeRows(op.rows);
    case "pageLayout": {
      // Worksheet.pageLayout and horizontalPageBreaks, PageLayout.paperSize, setPrintTitleRows:
      // ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout).
      const sheet = sheets.get(op.sheet);
      const layout = sheet.pageLayout;
      layout.orientation = op.orientation;
      if (op.paperSize !== undefined) layout.paperSize = op.paperSize;
      if (op.printArea !== undefined) layout.setPrintArea(op.printArea);
      if (op.fitToPages)
        layout.zoom = {
          horizontalFitToPages: op.fitToPages.wide,
          verticalFitToPages: op.fitToPages.tall,
        };
      if (op.printTitleRows !== undefined) layout.setPrintTitleRows(op.printTitleRows);
      // PageBreakCollection.add takes "the range immediately after the page break".
      for (const row of op.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
      return;
    }
    case "formula":
      // Range.formulas takes the formula as the user typed it (Office.js reference, Excel.Range).
      sheets.get(op.sheet).getRange(op.cell).formulas = [[op.formula]];
      return;
    case "activate":
      return sheets.get(op.sheet).activate();
    case "validation":
      return queueValidatie(sheets.get(op.sheet).getRange(op.address).dataValidation, op.validatie);
  }
}

/** Pattern "None" removes the fill; otherwise the colour (which makes a solid fill), then the pattern. */
export function applyFill(fill: RangeFillLike, wanted: Fill): void {
  if (wanted.pattern === "None") return fill.clear();
  fill.color = wanted.color;
  if (wanted.pattern !== "Solid") fill.pattern = wanted.pattern;
}

/** Values start at the address's top-left cell; the range is sized to the (padded) array, as Excel requires. */
function queueValues(sheet: WorksheetLike, address: string, values: readonly CellValue[][]): void {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  if (values.length === 0 || width === 0) return;
  const start = areaOf(address);
  const rows = values.map((row) =>
    Array.from({ length: width }, (_, c) => asCellInput(row[c] ?? ""))
  );
  sheet.getRangeByIndexes(start.top, start.left, rows.length, width).values = rows;
}

function queueFormat(sheet: WorksheetLike, op: Extract<WriteOp, { kind: "format" }>): void {
  const range = sheet.getRange(op.address);
  if (op.numberFormat !== undefined) {
    const area = areaOf(op.address);
    const row = Array.from({ length: area.right - area.left + 1 }, () => op.numberFormat as string);
    range.numberFormat = Array.from({ length: area.bottom - area.top + 1 }, () => row);
  }
  if (op.bold !== undefined) range.format.font.bold = op.bold;
  if (op.italic !== undefined) range.format.font.italic = op.italic;
  if (op.fontColor !== undefined) range.format.font.color = op.fontColor;
  // Writing the fill, not reading it: the rule takes the property access for a read.
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
  if (op.fill !== undefined) applyFill(range.format.fill, op.fill);
  if (op.horizontalAlignment !== undefined)
    range.format.horizontalAlignment = op.horizontalAlignment;
  if (op.verticalAlignment !== undefined) range.format.verticalAlignment = op.verticalAlignment;
  if (op.columnWidth !== undefined) range.format.columnWidth = op.columnWidth;
  if (op.wrapText !== undefined) range.format.wrapText = op.wrapText;
}

function areaOf(address: string) {
  const area = parseArea(address);
  if (!area) throw new RangeError(`Regie: geen geldig celadres: ${address}`);
  return area;
}
