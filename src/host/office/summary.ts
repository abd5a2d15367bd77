import type { HeadWindow, SheetSummary, WorkbookSummary } from "../../app/ports";
import type { CellValue } from "../../core/grid";
import { parseAnswer, ValuesAnswer } from "./excel-answers";
import { errorCode } from "./errors";
import type { ExcelContext, RangeLike, WorksheetLike } from "./excel-types";

function isPayloadError(error: unknown): boolean {
  return /PayloadSizeLimitExceeded$/.test(errorCode(error));
}

interface SummaryProbe {
  sheet: WorksheetLike;
  used: RangeLike;
  head: RangeLike | null;
}

/**
 * Every sheet's name, state, size and head in ONE sync. Sheet names are unknown before a sync, so the
 * sheets are reached as a chain: getFirst(), then getNextOrNullObject() `chainLength` times; links past
 * the last sheet are null objects and cost next to nothing. Only a workbook with more sheets than the
 * chain needs a further sync per `chainLength` sheets (the port sizes the chain from the last count).
 */
export async function readSummary(
  context: ExcelContext,
  window: HeadWindow,
  chainLength: number
): Promise<WorkbookSummary> {
  try {
    return await chainedSummary(context, window, chainLength);
  } catch (error) {
    // The one-sync chain relies on calls on null objects yielding null objects. Should a host refuse
    // that, two syncs without any null object still work: first the count, then an exact chain.
    if (isPayloadError(error)) throw error;
    return exactSummary(context, window);
  }
}

async function exactSummary(context: ExcelContext, window: HeadWindow): Promise<WorkbookSummary> {
  const worksheets = context.workbook.worksheets;
  const count = worksheets.getCount();
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const probes: SummaryProbe[] = [];
  let sheet = worksheets.getFirst();
  // ClientResult (getCount) is filled by sync, not load(); the rule only knows proxy objects.
  // eslint-disable-next-line office-addins/load-object-before-read
  for (let i = 0; i < count.value; i++) {
    probes.push(probe(sheet, window));
    // eslint-disable-next-line office-addins/load-object-before-read
    if (i < count.value - 1) sheet = sheet.getNext();
  }
  await context.sync();
  return { sheets: probes.map((p) => summarise(p, window)), activeSheet: active.name };
}

async function chainedSummary(
  context: ExcelContext,
  window: HeadWindow,
  chainLength: number
): Promise<WorkbookSummary> {
  const worksheets = context.workbook.worksheets;
  const count = worksheets.getCount();
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  let probes = chain(worksheets.getFirst(), chainLength, window);
  await context.sync();
  // getFirst() always exists (a workbook has a sheet); later links are null objects past the end.
  let present = probes.filter((p, i) => i === 0 || !p.sheet.isNullObject);
  const sheets = present.map((p) => summarise(p, window));
  // eslint-disable-next-line office-addins/load-object-before-read
  while (sheets.length < count.value && present.length > 0) {
    probes = chain(present[present.length - 1].sheet.getNextOrNullObject(), chainLength, window);
    // Only past the chain length: one more sync per 64 sheets, not per sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    present = probes.filter((p) => !p.sheet.isNullObject);
    sheets.push(...present.map((p) => summarise(p, window)));
  }
  return { sheets, activeSheet: active.name };
}

function chain(first: WorksheetLike, length: number, window: HeadWindow): SummaryProbe[] {
  const probes: SummaryProbe[] = [];
  let sheet = first;
  for (let i = 0; i < length; i++) {
    probes.push(probe(sheet, window));
    if (i < length - 1) sheet = sheet.getNextOrNullObject();
  }
  return probes;
}

function probe(sheet: WorksheetLike, window: HeadWindow): SummaryProbe {
  sheet.load(["name", "visibility"]);
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
  const head =
    window.rows > 0 && window.columns > 0
      ? sheet.getRange("A1").getResizedRange(window.rows - 1, window.columns - 1)
      : null;
  head?.load("values");
  return { sheet, used, head };
}

/** Sizes count from A1 to the last used cell; the head is cut to the sheet's size. */
function summarise({ sheet, used, head }: SummaryProbe, window: HeadWindow): SheetSummary {
  const rowCount = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const columnCount = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const rows = Math.min(rowCount, window.rows);
  const columns = Math.min(columnCount, window.columns);
  const corner =
    head && rows > 0 && columns > 0
      ? parseAnswer(ValuesAnswer, head.values, "head", sheet.name)
      : [];
  const values: CellValue[][] = corner.slice(0, rows).map((row) => row.slice(0, columns));
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protection.protected,
    rowCount,
    columnCount,
    head: values,
  };
}
