import type ExcelJS from "exceljs";
import { EXCELJS_VALUE_TYPE } from "./exceljs-load";
import { HostError, type WriteOp } from "../../app/ports";
import { areaAddress, parseArea, parseCell } from "../../core/address";
import type { CellValue, MergedArea } from "../../core/grid";
import { toCellValue } from "./cell-values";
import {
  sheetRef,
  type Anchor,
  type CellsRef,
  type ChartSpec,
  type PlacedChart,
} from "./chart-xml";

type ChartOp = Extract<WriteOp, { kind: "chart" }>;

interface Requested {
  worksheet: ExcelJS.Worksheet;
  op: ChartOp;
  source: MergedArea;
  anchor: Anchor;
}

// exceljs cannot hold a chart, so the requests wait here, per workbook, until saveAs.
const requested = new WeakMap<ExcelJS.Workbook, Requested[]>();

/** Remembers the chart; addresses are checked now so that a bad op fails in write(), not on save. */
export function addChart(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, op: ChartOp): void {
  const source = parseArea(op.source);
  const from = parseCell(op.from);
  const to = parseCell(op.to);
  if (!source || !from || !to)
    throw new HostError("sync-failed", `Ongeldig adres voor grafiek "${op.name}".`);
  // A header row, a label column and at least one value: anything less has no series to draw.
  if (source.bottom === source.top || source.right === source.left)
    throw new HostError(
      "sync-failed",
      `De bron ${op.source} van grafiek "${op.name}" is te klein.`
    );
  // As Excel's setPosition(from, to): the chart covers the `to` cell, so it ends where the next begins.
  const anchor = { from, to: { col: to.col + 1, row: to.row + 1 } };
  const list = requested.get(workbook) ?? [];
  requested.set(workbook, [...list, { worksheet: ws, op, source, anchor }]);
}

/**
 * The charts to write into the saved file, with the values their cells hold now. A chart whose
 * sheet was deleted went with it, as in Excel.
 */
export function chartsToSave(workbook: ExcelJS.Workbook): PlacedChart[] {
  return (requested.get(workbook) ?? [])
    .filter(({ worksheet }) => workbook.worksheets.includes(worksheet))
    .map(({ worksheet, op, source, anchor }) => ({
      sheet: worksheet.name,
      name: op.name,
      anchor,
      spec: chartSpec(worksheet, op, source),
    }));
}

/**
 * First row: series names (seriesBy Columns) or category labels (Rows); first column the other way
 * round. The rest are the values: one series per column, or per row.
 */
function chartSpec(ws: ExcelJS.Worksheet, op: ChartOp, a: MergedArea): ChartSpec {
  const rows = span(a.top + 1, a.bottom);
  const cols = span(a.left + 1, a.right);
  const at = (row: number, col: number): At => ({ row, col });
  const byColumns = op.seriesBy === "Columns";
  const labels = byColumns ? rows.map((r) => at(r, a.left)) : cols.map((c) => at(a.top, c));
  const series = byColumns
    ? cols.map((c) => ({ name: at(a.top, c), values: rows.map((r) => at(r, c)) }))
    : rows.map((r) => ({ name: at(r, a.left), values: cols.map((c) => at(r, c)) }));
  return {
    title: op.title,
    categories: cellsRef(ws, labels, text),
    series: series.map(({ name, values }) => ({
      name: cellsRef(ws, [name], text),
      values: cellsRef(ws, values, num),
    })),
  };
}

type At = { row: number; col: number };

/** A line of cells (one row or column) as an absolute, sheet-qualified reference plus its values. */
function cellsRef<T>(ws: ExcelJS.Worksheet, cells: At[], as: (v: CellValue) => T): CellsRef<T> {
  const first = cells[0];
  const last = cells[cells.length - 1];
  const address = areaAddress({
    top: first.row,
    left: first.col,
    bottom: last.row,
    right: last.col,
  });
  return {
    ref: sheetRef(ws.name, address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")),
    cache: cells.map(({ row, col }) => as(valueAt(ws, row, col))),
  };
}

/** Read without creating cells (getCell would add empty ones to the saved sheet). */
function valueAt(ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  const cell = ws.findCell(row + 1, col + 1);
  // Excel shows a merged area's value only in its top-left cell; a chart sees the others as empty.
  if (!cell || cell.type === EXCELJS_VALUE_TYPE.Merge) return "";
  return toCellValue(cell.value);
}

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const text = (v: CellValue): string => (v === null ? "" : String(v));
const num = (v: CellValue): number | null => (typeof v === "number" && isFinite(v) ? v : null);
