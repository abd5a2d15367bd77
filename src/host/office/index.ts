/** The Office.js side of Regie: WorkbookPort over the Excel JavaScript API. */
export { OfficeWorkbookPort } from "./office-workbook-port";
export { excelRun, excelRunOn } from "./excel-runner";
export type { ExcelContext, ExcelRunner, ExcelRunnerOn, RequirementsLike } from "./excel-types";
export { asCellInput } from "./text-guard";
