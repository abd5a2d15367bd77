import { hostDetail, HostError, type WriteOp } from "../../app/ports";
import { areaAddress, parseArea, parseCell } from "../../core/address";
import type { CellValue, MergedArea } from "../../core/grid";
import { sheetRef, type Anchor, type CellsRef, type ChartSpec } from "./chart-xml";

export type ChartOp = Extract<WriteOp, { kind: "chart" }>;

/** Where a chart op's data and picture sit. */
export interface ChartPlacement {
  source: MergedArea;
  anchor: Anchor;
}

/**
 * The op's source and anchor, checked: a bad address or a source without a series fails here, in
 * write(), not later when the copy is saved.
 */
export function chartPlacement(op: ChartOp): ChartPlacement {
  const source = parseArea(op.source);
  const from = parseCell(op.from);
  const to = parseCell(op.to);
  if (!source || !from || !to)
    throw new HostError("sync-failed", hostDetail("chart-address-invalid", { chart: op.name }));
  // A header row, a label column and at least one value: anything less has no series to draw.
  if (source.bottom === source.top || source.right === source.left)
    throw new HostError(
      "sync-failed",
      hostDetail("chart-source-too-small", { chart: op.name, source: op.source })
    );
  // As ChartFill.setSolidColor would refuse it, a colour that is not #RRGGBB fails here, not on save.
  const color = op.seriesColors?.find((c) => !/^#[0-9A-Fa-f]{6}$/.test(c));
  if (color !== undefined)
    throw new HostError(
      "sync-failed",
      hostDetail("chart-color-invalid", { chart: op.name, color })
    );
  // As Excel's setPosition(from, to): the chart covers the `to` cell, so it ends where the next begins.
  return { source, anchor: { from, to: { col: to.col + 1, row: to.row + 1 } } };
}

/**
 * First row: series names (seriesBy Columns) or category labels (Rows); first column the other way
 * round. The rest are the values: one series per column, or per row. `valueAt` gives what a cell
 * shows (a merged area's other cells are empty, as a chart sees them).
 */
export function chartSpec(
  sheet: string,
  op: ChartOp,
  a: MergedArea,
  valueAt: (row: number, col: number) => CellValue
): ChartSpec {
  const rows = span(a.top + 1, a.bottom);
  const cols = span(a.left + 1, a.right);
  const at = (row: number, col: number): At => ({ row, col });
  const byColumns = op.seriesBy === "Columns";
  const labels = byColumns ? rows.map((r) => at(r, a.left)) : cols.map((c) => at(a.top, c));
  const series = byColumns
    ? cols.map((c) => ({ name: at(a.top, c), values: rows.map((r) => at(r, c)) }))
    : rows.map((r) => ({ name: at(r, a.left), values: cols.map((c) => at(r, c)) }));
  const ref = <T>(cells: At[], as: (v: CellValue) => T): CellsRef<T> => {
    const first = cells[0];
    const last = cells[cells.length - 1];
    const address = areaAddress({
      top: first.row,
      left: first.col,
      bottom: last.row,
      right: last.col,
    });
    return {
      ref: sheetRef(sheet, address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")),
      cache: cells.map(({ row, col }) => as(valueAt(row, col))),
    };
  };
  return {
    title: op.title,
    categories: ref(labels, text),
    series: series.map(({ name, values }, i) => ({
      name: ref([name], text),
      values: ref(values, num),
      ...(op.seriesColors?.[i] !== undefined && { color: op.seriesColors[i] }),
    })),
  };
}

type At = { row: number; col: number };

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const text = (v: CellValue): string => (v === null ? "" : String(v));
const num = (v: CellValue): number | null => (typeof v === "number" && isFinite(v) ? v : null);
