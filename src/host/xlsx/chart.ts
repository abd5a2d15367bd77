import type ExcelJS from "exceljs";
import type { WriteOp } from "../../app/ports";

/**
 * exceljs cannot write charts. The chart is remembered on the workbook and added to the saved
 * file's XML by the saver (see chart-xml.ts, issue 4); until then the request is kept, not dropped.
 */
export function addChart(
  workbook: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  op: Extract<WriteOp, { kind: "chart" }>
): void {
  const holder = workbook as unknown as { regieCharts?: Extract<WriteOp, { kind: "chart" }>[] };
  (holder.regieCharts ??= []).push({ ...op, sheet: ws.name });
}
