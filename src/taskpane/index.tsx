import { createRoot } from "react-dom/client";
import { maakRegie } from "../app/regie";
import { openFileLazily } from "../host/file-opener";
import { excelRun, OfficeWorkbookPort } from "../host/office";
import { officeSettings } from "../host/office/settings";
import { App } from "./App";

/** Excel when Office.js is loaded and running inside Excel; anything else gets the demo. */
async function inExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
  ]);
  return info !== null && info.host === Office.HostType.Excel;
}

function donkerThema(): boolean {
  const achtergrond =
    typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (achtergrond && /^#?[0-9a-f]{6}$/i.test(achtergrond)) {
    const n = parseInt(achtergrond.replace("#", ""), 16);
    const helderheid = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
    return helderheid < 0.5;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  if (await inExcel()) {
    root.render(
      <App
        regie={maakRegie(
          new OfficeWorkbookPort(excelRun),
          officeSettings(),
          "excel",
          undefined,
          openFileLazily
        )}
        donker={donkerThema()}
      />
    );
  } else {
    // The demo (Microsoft's Excel library over the emulated workbook) is loaded only outside Excel:
    // users in Excel never download it.
    const [{ DemoShell }, { maakDemoWerkmap, laadDemoBladen, laadExcelBibliotheek }] =
      await Promise.all([import("./demo/DemoShell.js"), import("./demo/demo-werkmap.js")]);
    const [bladen] = await Promise.all([laadDemoBladen(), laadExcelBibliotheek()]);
    root.render(<DemoShell excel={maakDemoWerkmap(bladen)} donker={donkerThema()} />);
  }
}

void start();
