import { OfficeHost, type OfficeHostOptions } from "../../src/excel-stand-in/office-host";
import { loadNodeOffice, type OfficePage } from "../../src/excel-stand-in/node-office";

/**
 * A task pane page in Excel on the web: Microsoft's office.js and excel-web-16.00.js, their host frame
 * played by OfficeHost, Office.onReady completed, and `Office` made global as it is on the page (the
 * adapters read the global). `verlaat()` removes the global again.
 */
export async function paginaInExcel(
  options: OfficeHostOptions = {}
): Promise<{ host: OfficeHost; page: OfficePage; verlaat(): void }> {
  const host = new OfficeHost(options);
  const page = loadNodeOffice(host);
  await page.Office.onReady();
  const global = globalThis as Record<string, unknown>;
  global.Office = page.Office;
  return { host, page, verlaat: () => delete global.Office };
}
