/** The Office.js side of Regie: WorkbookPort over the Excel JavaScript API. */
export { OfficeWorkbookPort } from "./office-workbook-port";
export { excelRun } from "./excel-runner";
export type { ExcelContext, ExcelRunner } from "./excel-types";
export { asCellInput } from "./text-guard";
