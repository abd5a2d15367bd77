import type { ReadRequest } from "../../app/ports";
import { queueShown } from "./date-system";
import { missingSheet } from "./errors";
import type {
  CellFillProperties,
  ClientResultLike,
  ExcelContext,
  RangeAreasLike,
  RangeLike,
  WorksheetLike,
} from "./excel-types";

export const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } } as const;

/** The proxies queued for one requested sheet; read them after the sync. */
export interface SheetProbe {
  request: ReadRequest;
  sheet: WorksheetLike;
  /** A1 to the last cell with a value (A1 alone when the sheet is blank). */
  whole: RangeLike;
  /** Null when the merged areas are read per band (a sheet with more than 512 of them). */
  merged: RangeAreasLike | null;
  /** Cells holding a formula, when asked for: only their addresses travel, never the formulas. */
  formulas: RangeAreasLike | null;
  fills: ClientResultLike<CellFillProperties[][]> | null;
  rows: ClientResultLike<Array<{ rowHidden?: boolean }>> | null;
  /** The top-left cells as Excel shows them: their dates tell the date system (date-system.ts). */
  shown: RangeLike;
}

/**
 * Queues everything needed to read one sheet; `withData` false queues only its size and merged areas
 * (for the banded read of big sheets). getItemOrNullObject keeps a missing sheet from failing the batch.
 */
export function probeSheet(
  context: ExcelContext,
  request: ReadRequest,
  withData: boolean,
  withMerges = true
): SheetProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(request.sheet);
  sheet.load("name");
  const used = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange(true));
  // Range.getBoundingRect (ExcelApi 1.1): "the smallest range object that encompasses the given
  // ranges" (Office.js reference), so the read reaches fillsAtLeast where no value stands.
  const atLeast = request.fills ? request.fillsAtLeast : undefined;
  const whole = atLeast
    ? used.getBoundingRect(sheet.getRangeByIndexes(0, 0, atLeast.rows, atLeast.columns))
    : used;
  whole.load(withData ? ["rowCount", "columnCount", "values"] : ["rowCount", "columnCount"]);
  const merged = withMerges ? whole.getMergedAreasOrNullObject() : null;
  merged?.areas.load("address");
  const formulas = request.formulas ? whole.getSpecialCellsOrNullObject("Formulas") : null;
  formulas?.areas.load("address");
  return {
    request,
    sheet,
    whole,
    merged,
    formulas,
    fills: withData && request.fills ? whole.getCellProperties(FILL_PROPERTIES) : null,
    rows: withData ? whole.getRowProperties({ rowHidden: true }) : null,
    shown: queueShown(whole),
  };
}

/** False for an optional sheet that is missing; a missing required sheet is an error. */
export function exists(probe: SheetProbe): boolean {
  if (!probe.sheet.isNullObject) return true;
  if (probe.request.optional) return false;
  throw missingSheet(probe.request.sheet);
}
