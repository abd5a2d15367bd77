import { overlaps, parseRangeAddress } from "./a1";
import { EmulatorError, hostErrors } from "./errors";
import { normalizeColor } from "./colors";
import type { Area, ChartModel, SheetModel, TableModel, WorkbookModel } from "./model";
import type { RangeTarget } from "./range-target";

/**
 * TableCollection.add: a new table over the range (whose sheet decides where it lives), named
 * Table1, Table2, ... with Excel's default style. Tables may not overlap. (With hasHeaders false Excel
 * would insert generated headers and shift the data down; the stand-in does not model that.)
 */
export function addTable(
  model: WorkbookModel,
  sheet: SheetModel,
  source: RangeTarget | string,
  hasHeaders: boolean
): TableModel {
  const { sheet: target, area } = locate(sheet, source);
  if (model.tables.some((t) => t.sheet === target && overlaps(t.area, area)))
    throw new EmulatorError(
      "MergedRangeConflict",
      "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
      "TableCollection.add"
    );
  const table: TableModel = {
    name: nextName(model.tables, "Table"),
    sheet: target,
    area,
    style: "TableStyleMedium2",
    showHeaders: true,
  };
  void hasHeaders;
  model.tables.push(table);
  return table;
}

export function renameTable(model: WorkbookModel, table: TableModel, name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    throw hostErrors.invalidArgument(`invalid table name '${name}'`);
  if (model.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))
    throw hostErrors.itemAlreadyExists(name);
  table.name = name;
}

export function addChart(
  model: WorkbookModel,
  sheet: SheetModel,
  type: string,
  source: RangeTarget,
  seriesBy: string
): ChartModel {
  const { area } = locate(sheet, source);
  const chart: ChartModel = {
    name: nextName(model.charts, "Chart "),
    sheet,
    type,
    source: area,
    seriesBy,
    title: "",
    from: null,
    to: null,
    seriesFills: new Array<null>(seriesCount(area, seriesBy)).fill(null),
  };
  model.charts.push(chart);
  return chart;
}

/**
 * How many series a chart over `area` has: the first row names them and the first column holds the
 * categories (seriesBy Columns), or the other way round (Rows). "Auto" takes series by columns when
 * the area has more rows than columns, as Excel's chart wizard does (assumption).
 */
export function seriesCount(area: Area, seriesBy: string): number {
  const rows = area.bottom - area.top;
  const columns = area.right - area.left;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows > columns);
  return Math.max(0, byColumns ? columns : rows);
}

/**
 * ChartSeriesCollection.getItemAt(index): a series of the chart; an index outside the series fails
 * with InvalidArgument (the code: assumption).
 */
export function seriesAt(chart: ChartModel, index: unknown): number {
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= chart.seriesFills.length)
    throw hostErrors.invalidArgument(`ChartSeriesCollection.getItemAt(${String(index)})`);
  return i;
}

/**
 * ChartFill.setSolidColor(color): "#RRGGBB" (the # optional) or a named HTML colour, kept as Excel
 * reports colours ("#RRGGBB"); anything else fails with InvalidArgument (the code: assumption).
 */
export function setSeriesFill(chart: ChartModel, index: number, color: unknown): void {
  const fill = normalizeColor(String(color ?? ""));
  if (!/^#[0-9A-F]{6}$/.test(fill))
    throw hostErrors.invalidArgument(`ChartFill.setSolidColor(${String(color)})`);
  chart.seriesFills[index] = fill;
}

function locate(sheet: SheetModel, source: RangeTarget | string): RangeTarget {
  return typeof source === "string"
    ? { sheet, area: parseRangeAddress(sheet.name, source) }
    : source;
}

function nextName(items: ReadonlyArray<{ name: string }>, prefix: string): string {
  for (let n = 1; ; n++)
    if (!items.some((i) => i.name.toLowerCase() === `${prefix}${n}`.toLowerCase()))
      return `${prefix}${n}`;
}
