import { overlaps, parseRangeAddress } from "./a1";
import { EmulatorError, hostErrors } from "./errors";
import type { ChartModel, SheetModel, TableModel, WorkbookModel } from "./model";
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
  };
  model.charts.push(chart);
  return chart;
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
