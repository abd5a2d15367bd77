import { areaAddress, cellAddress, columnLetter } from "../core/address";
import {
  MAX_COLUMNS,
  type CellModel,
  type ChartModel,
  type FillModel,
  type FontModel,
  type PageLayoutModel,
  type SheetModel,
  type TableModel,
  type ValidationModel,
  type WorkbookModel,
} from "./model";
import { readValues, type Scalar } from "./sheet-ops";
import { hasFormat, hasValue, usedArea } from "./sheet-shape";

/** A cell with only its non-default parts, so snapshots stay small and diffs readable. */
export interface CellSnapshot {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  fill?: FillModel;
  font?: FontModel;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: true;
  locked?: false;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  protected: boolean;
  frozenRows: number;
  pageLayout: PageLayoutModel;
  selection: string;
  hiddenRows: number[];
  columnWidths: Record<string, number>;
  merges: string[];
  cells: Record<string, CellSnapshot>;
  /** Data validation by cell, only when the sheet has any (older snapshots stay as they were). */
  validations?: Record<string, ValidationModel>;
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  style: string;
  showHeaders: boolean;
}

export interface ChartInfo {
  name: string;
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  from: string | null;
  to: string | null;
  /** Per series: its solid fill ("#RRGGBB"), null where Excel chooses. */
  seriesFills: (string | null)[];
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  tables: TableInfo[];
  charts: ChartInfo[];
}

/** A deep, plain copy of everything the stand-in models, in a stable order: diff it before and after. */
export function snapshotWorkbook(model: WorkbookModel): WorkbookSnapshot {
  return {
    activeSheet: model.active?.name ?? null,
    sheets: model.sheets.map(snapshotSheet),
    tables: model.tables.map(tableInfo),
    charts: model.charts.map(chartInfo),
  };
}

/** Values from A1 to the last cell with a value, as Range.values would return them; [] when empty. */
export function sheetValues(sheet: SheetModel): Scalar[][] {
  const used = usedArea(sheet, true);
  return used ? readValues(sheet, { top: 0, left: 0, bottom: used.bottom, right: used.right }) : [];
}

export function tableInfo(table: TableModel): TableInfo {
  const { name, style, showHeaders } = table;
  return { name, sheet: table.sheet.name, address: areaAddress(table.area), style, showHeaders };
}

export function chartInfo(chart: ChartModel): ChartInfo {
  const { name, type, seriesBy, title, from, to } = chart;
  return {
    name,
    sheet: chart.sheet.name,
    type,
    source: areaAddress(chart.source),
    seriesBy,
    title,
    from,
    to,
    seriesFills: [...chart.seriesFills],
  };
}

export function snapshotCell(cell: CellModel): CellSnapshot {
  const out: CellSnapshot = { value: cell.value };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numberFormat !== "General") out.numberFormat = cell.numberFormat;
  if (cell.fill) out.fill = { ...cell.fill };
  if (cell.font) out.font = { ...cell.font };
  if (cell.horizontalAlignment !== "General") out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.verticalAlignment !== "Bottom") out.verticalAlignment = cell.verticalAlignment;
  if (cell.wrapText) out.wrapText = true;
  if (!cell.locked) out.locked = false;
  return out;
}

function snapshotSheet(sheet: SheetModel): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
    const cell = sheet.cells.get(key)!;
    if (hasValue(cell) || hasFormat(cell))
      cells[cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)] = snapshotCell(cell);
  }
  const widths: Record<string, number> = {};
  for (const col of [...sheet.columnWidths.keys()].sort((a, b) => a - b))
    widths[columnLetter(col)] = sheet.columnWidths.get(col)!;
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    frozenRows: sheet.frozenRows,
    pageLayout: {
      ...sheet.pageLayout,
      zoom: { ...sheet.pageLayout.zoom },
      rowBreaks: [...sheet.pageLayout.rowBreaks],
    },
    selection: areaAddress(sheet.selection),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    columnWidths: widths,
    merges: sheet.merges.map(areaAddress).sort(),
    cells,
    ...(sheet.validations.size > 0 && { validations: sheetValidations(sheet) }),
  };
}

/** Each cell's data validation by address (deep copies), in row-major order. */
export function sheetValidations(sheet: SheetModel): Record<string, ValidationModel> {
  const out: Record<string, ValidationModel> = {};
  for (const key of [...sheet.validations.keys()].sort((a, b) => a - b))
    out[cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)] = structuredClone(
      sheet.validations.get(key)!
    );
  return out;
}
