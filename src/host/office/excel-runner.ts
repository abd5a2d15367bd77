import type { ExcelRunner } from "./excel-types";

/**
 * The production runner: Office.js's Excel.run. delayForCellEdit makes Excel wait until the user leaves
 * cell edit mode instead of failing the batch. Only call it where Office.js is loaded.
 */
export const excelRun: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
