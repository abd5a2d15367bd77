import type ExcelJS from "exceljs";
import { EXCELJS_VALUE_TYPE } from "./exceljs-load";
import type { CellValue } from "../../core/grid";
import { toCellValue } from "./cell-values";
import { chartPlacement, chartSpec, type ChartOp, type ChartPlacement } from "./chart-spec";
import type { PlacedChart } from "./chart-xml";

interface Requested {
  worksheet: ExcelJS.Worksheet;
  op: ChartOp;
  placement: ChartPlacement;
}

// exceljs cannot hold a chart, so the requests wait here, per workbook, until saveAs.
const requested = new WeakMap<ExcelJS.Workbook, Requested[]>();

/** Remembers the chart; addresses are checked now so that a bad op fails in write(), not on save. */
export function addChart(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, op: ChartOp): void {
  const placement = chartPlacement(op);
  const list = requested.get(workbook) ?? [];
  requested.set(workbook, [...list, { worksheet: ws, op, placement }]);
}

/**
 * The charts to write into the saved file, with the values their cells hold now. A chart whose
 * sheet was deleted went with it, as in Excel.
 */
export function chartsToSave(workbook: ExcelJS.Workbook): PlacedChart[] {
  return (requested.get(workbook) ?? [])
    .filter(({ worksheet }) => workbook.worksheets.includes(worksheet))
    .map(({ worksheet, op, placement }) => ({
      sheet: worksheet.name,
      name: op.name,
      anchor: placement.anchor,
      spec: chartSpec(worksheet.name, op, placement.source, (r, c) => valueAt(worksheet, r, c)),
    }));
}

/** Read without creating cells (getCell would add empty ones to the saved sheet). */
function valueAt(ws: ExcelJS.Worksheet, row: number, col: number): CellValue {
  const cell = ws.findCell(row + 1, col + 1);
  // Excel shows a merged area's value only in its top-left cell; a chart sees the others as empty.
  if (!cell || cell.type === EXCELJS_VALUE_TYPE.Merge) return "";
  return toCellValue(cell.value);
}
