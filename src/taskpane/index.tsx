import { createRoot } from "react-dom/client";
import { App } from "./App";
import { donkerThema, kiesStart, regieInExcel } from "./start";

const office = typeof Office === "undefined" ? undefined : Office;
const donker = () =>
  donkerThema(
    office?.context?.officeTheme,
    () => window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false
  );

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  if ((await kiesStart(office)) === "excel") {
    root.render(<App regie={regieInExcel()} donker={donker()} />);
  } else {
    // The demo (Microsoft's Excel library over the emulated workbook) is loaded only outside Excel:
    // users in Excel never download it.
    const [{ DemoShell }, { maakDemoWerkmap, laadDemoBladen, laadExcelBibliotheek }] =
      await Promise.all([import("./demo/DemoShell.js"), import("./demo/demo-werkmap.js")]);
    const [bladen] = await Promise.all([laadDemoBladen(), laadExcelBibliotheek()]);
    root.render(<DemoShell excel={maakDemoWerkmap(bladen)} donker={donker()} />);
  }
}

void start();
