import type ExcelJS from "exceljs";
import { hostDetail, HostError, type SheetVisibility, type WriteOp } from "../../app/ports";
import { parseArea } from "../../core/address";
import type { CellValue, MergedArea } from "../../core/grid";
import { toExcelFill } from "./fills";
import { addChart } from "./chart";

import { POINTS_PER_CHARACTER } from "./patch/sheet-xml";

/** Applies one port operation to the in-memory workbook. */
export function applyWriteOp(workbook: ExcelJS.Workbook, op: WriteOp): void {
  if (op.kind === "expect" || op.kind === "expectSheet") return; // checked by the port before anything is applied
  if (op.kind === "addSheet") {
    if (workbook.getWorksheet(op.sheet))
      throw new HostError("sync-failed", hostDetail("sheet-exists", { sheet: op.sheet }));
    const ws = workbook.addWorksheet(op.sheet, { state: stateOf(op.visibility) });
    if (op.activate) activate(workbook, ws);
    return;
  }
  const ws = workbook.getWorksheet(op.sheet);
  if (!ws) throw new HostError("missing-sheet", hostDetail("sheet-gone", { sheet: op.sheet }));
  switch (op.kind) {
    case "deleteSheet":
      return workbook.removeWorksheet(ws.id);
    case "clearSheet":
      return clearSheet(ws);
    case "values":
      return writeValues(ws, op.address, op.values);
    case "fill":
      for (const address of op.addresses)
        eachCell(
          ws,
          area(address),
          (cell) => (cell.style = { ...cell.style, fill: toExcelFill(op.fill) as ExcelJS.Fill })
        );
      return;
    case "format":
      return writeFormat(ws, op);
    case "table":
      return addTable(ws, op.address, op.name, op.style);
    case "chart":
      return addChart(workbook, ws, op);
    case "freezeRows":
      ws.views = [{ state: "frozen", ySplit: op.rows, xSplit: 0 }];
      return;
    case "pageLayout":
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: op.orientation === "Landscape" ? "landscape" : "portrait",
        ...(op.printArea !== undefined && { printArea: printAreaForExceljs(op.printArea) }),
        ...(op.fitToPages && {
          fitToPage: true,
          fitToWidth: op.fitToPages.wide,
          fitToHeight: op.fitToPages.tall,
        }),
        // exceljs's PaperSize.A4 is the file format's 9.
        ...(op.paperSize === "A4" && { paperSize: 9 as ExcelJS.PaperSize }),
        ...(op.printTitleRows !== undefined && {
          printTitlesRow: op.printTitleRows.replace(/\$/g, ""),
        }),
      };
      // exceljs breaks the page after the row it is called on: a break above row r is row r - 1's.
      for (const row of op.rowBreaks ?? []) ws.getRow(row - 1).addPageBreak();
      return;
    case "activate":
      return activate(workbook, ws);
    case "formula":
      // exceljs keeps a formula without its "=" (exceljs README, "Formula Value").
      ws.getCell(op.cell).value = { formula: op.formula.replace(/^=/, "") };
      return;
    case "sheetVisibility":
      ws.state = stateOf(op.visibility);
      return;
    case "validation":
      // Regie writes data validation only in Excel (the status dropdown); never in a copy.
      throw new HostError(
        "sync-failed",
        hostDetail("excel-failed", {
          phase: "schrijven",
          excelCode: "",
          error: "data validation is not written to files",
        })
      );
  }
}

function writeValues(
  ws: ExcelJS.Worksheet,
  address: string,
  values: readonly (readonly CellValue[])[]
): void {
  const start = area(address);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      // exceljs stores a JS string as text, so "=HYPERLINK(...)" copied from a cell stays inert.
      ws.getCell(start.top + r + 1, start.left + c + 1).value = v === "" ? null : v;
    })
  );
}

function writeFormat(ws: ExcelJS.Worksheet, op: Extract<WriteOp, { kind: "format" }>): void {
  const a = area(op.address);
  eachCell(ws, a, (cell) => {
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (op.numberFormat !== undefined) style.numFmt = op.numberFormat;
    if (op.bold !== undefined || op.italic !== undefined || op.fontColor !== undefined)
      style.font = {
        // A font without a name opens in LibreOffice as its serif default: keep the workbook's.
        name: "Calibri",
        size: 11,
        ...style.font,
        ...(op.bold !== undefined && { bold: op.bold }),
        ...(op.italic !== undefined && { italic: op.italic }),
        ...(op.fontColor && { color: { argb: "FF" + op.fontColor.replace("#", "") } }),
      };
    if (op.fill) style.fill = toExcelFill(op.fill) as ExcelJS.Fill;
    if (op.horizontalAlignment || op.verticalAlignment || op.wrapText !== undefined)
      style.alignment = {
        ...style.alignment,
        ...(op.horizontalAlignment && {
          horizontal: op.horizontalAlignment.toLowerCase() as "left",
        }),
        ...(op.verticalAlignment && {
          // exceljs writes "middle" for Excel's Center (ECMA-376 ST_VerticalAlignment: center).
          vertical:
            op.verticalAlignment === "Center"
              ? "middle"
              : (op.verticalAlignment.toLowerCase() as "top"),
        }),
        ...(op.wrapText !== undefined && { wrapText: op.wrapText }),
      };
    cell.style = style;
  });
  if (op.columnWidth !== undefined)
    for (let c = a.left; c <= a.right; c++)
      ws.getColumn(c + 1).width = op.columnWidth / POINTS_PER_CHARACTER;
}

/**
 * exceljs writes the print area as `'Sheet'!$<start>:$<end>`, making only the columns absolute;
 * "A$1:T$30" comes out as Excel writes it, $A$1:$T$30.
 */
function printAreaForExceljs(address: string): string {
  return address
    .replace(/\$/g, "")
    .split(":")
    .map((cell) => cell.replace(/^([A-Za-z]+)(\d+)$/, "$1$$$2"))
    .join(":");
}

function addTable(ws: ExcelJS.Worksheet, address: string, name: string, style: string): void {
  const a = area(address);
  const cell = (r: number, c: number) => ws.getCell(r + 1, c + 1).value;
  const columns = [];
  for (let c = a.left; c <= a.right; c++)
    columns.push({ name: String(cell(a.top, c) ?? `Kolom${c - a.left + 1}`) });
  const rows = [];
  for (let r = a.top + 1; r <= a.bottom; r++) {
    const row = [];
    for (let c = a.left; c <= a.right; c++) row.push(cell(r, c));
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: address.split(":")[0],
    headerRow: true,
    style: { theme: style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const table of Object.keys(
    (ws as unknown as { tables: Record<string, unknown> }).tables ?? {}
  ))
    ws.removeTable(table);
  // exceljs 4.4's spliceRows(1, rowCount) only moves the rows below the cut up, and there are none:
  // every row stayed. Empty every cell instead (values, formats, merges).
  for (const merge of Object.keys(
    (ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}
  ))
    ws.unMergeCells(merge);
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    })
  );
}

function activate(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(ws);
  workbook.views = [
    { ...(workbook.views?.[0] ?? {}), activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView,
  ];
}

function area(address: string): MergedArea {
  const a = parseArea(address);
  if (!a) throw new HostError("sync-failed", hostDetail("cell-address-invalid", { address }));
  return a;
}

function eachCell(ws: ExcelJS.Worksheet, a: MergedArea, f: (cell: ExcelJS.Cell) => void): void {
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) f(ws.getCell(r + 1, c + 1));
}

function stateOf(visibility: SheetVisibility | undefined): ExcelJS.WorksheetState {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
