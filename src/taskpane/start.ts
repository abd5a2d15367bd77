import { maakRegie, type Regie } from "../app/regie";
import { openFileLazily, verslagLazily } from "../host/file-opener";
import { telRegioInWorker } from "../host/regio-worker/teller";
import { excelRun, OfficeWorkbookPort } from "../host/office";
import { officeSettings } from "../host/office/settings";

/** How long the pane waits for Office.onReady before it takes the demo (a page outside Office). */
export const ONREADY_WACHTTIJD_MS = 5000;

/** What the pane needs of Office.js to choose: onReady and the host names (typeof Office, or absent). */
export type OfficeStart = Pick<typeof Office, "onReady" | "HostType">;

/**
 * Excel when Office.js is loaded and Office.onReady reports Excel; anything else gets the demo: no
 * Office global (a plain page without office.js), onReady with another host or none (office.js in a
 * browser tab reports `{host: null}`), or no answer within the wait.
 */
export async function kiesStart(
  office: OfficeStart | undefined,
  wachttijdMs = ONREADY_WACHTTIJD_MS
): Promise<"excel" | "demo"> {
  if (office === undefined) return "demo";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), wachttijdMs))),
  ]);
  clearTimeout(timer);
  return info !== null && info.host === office.HostType.Excel ? "excel" : "demo";
}

/** Regie in Excel: the workbook through Excel.run, the settings in the workbook's own settings. */
export function regieInExcel(): Regie {
  return maakRegie(new OfficeWorkbookPort(excelRun), officeSettings(), "excel", {
    openFile: openFileLazily,
    telRegio: telRegioInWorker,
    verslag: verslagLazily,
  });
}

/**
 * Dark when Office's theme has a dark body background; without one (outside Office, or Excel on the web,
 * whose app context has no theme in this library) the browser's preference decides.
 */
export function donkerThema(
  thema: { bodyBackgroundColor?: string } | undefined,
  browserDonker: () => boolean
): boolean {
  const achtergrond = thema?.bodyBackgroundColor;
  if (achtergrond && /^#?[0-9a-f]{6}$/i.test(achtergrond)) {
    const n = parseInt(achtergrond.replace("#", ""), 16);
    const helderheid = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
    return helderheid < 0.5;
  }
  return browserDonker();
}
