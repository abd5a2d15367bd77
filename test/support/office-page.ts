import { OfficeHost, type OfficeHostOptions } from "../../src/excel-stand-in/office-host";
import { loadNodeOffice, type OfficePage } from "../../src/excel-stand-in/node-office";

/**
 * A task pane page in Excel on the web: Microsoft's office.js and excel-web-16.00.js, their host frame
 * played by OfficeHost (with `workbook`, an ExcelEmulator, behind the page's own Excel.run), Office.onReady
 * completed, and `Office` and `Excel` made global as they are on the page (production's adapters and
 * excelRun read the globals). `verlaat()` removes the globals again.
 */
export async function paginaInExcel(
  options: OfficeHostOptions = {}
): Promise<{ host: OfficeHost; page: OfficePage; verlaat(): void }> {
  const host = new OfficeHost(options);
  const page = loadNodeOffice(host);
  await page.Office.onReady();
  const global = globalThis as Record<string, unknown>;
  global.Office = page.Office;
  global.Excel = page.Excel;
  return {
    host,
    page,
    verlaat: () => {
      delete global.Office;
      delete global.Excel;
    },
  };
}
