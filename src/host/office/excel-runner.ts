import type { ExcelRunner, ExcelRunnerOn } from "./excel-types";

/**
 * The production runner: Office.js's Excel.run. delayForCellEdit makes Excel wait until the user leaves
 * cell edit mode instead of failing the batch. Only call it where Office.js is loaded.
 */
export const excelRun: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** Excel.run on a context an earlier run kept: where an event handler added on it is removed. */
export const excelRunOn: ExcelRunnerOn = (context, batch) =>
  Excel.run(context as Excel.RequestContext, batch);
