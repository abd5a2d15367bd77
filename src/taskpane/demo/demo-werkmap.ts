import type { Instellingen, InstellingenOpslag } from "../../app/instellingen";
import { STANDAARD_INSTELLINGEN } from "../../app/instellingen";
import type { CellValue } from "../../core/grid";
import { ExcelEmulator, provideOfficeLibrary, type OfficeLibrary } from "../../excel-stand-in";
import { demoAccounthouders, demoActielijst } from "./demo-afwijkingen";
import { demoMijlpaalBladen } from "./demo-mijlpalen";

/** Where the build puts Microsoft's Excel on the web library (webpack.config.js copies it). */
const EXCEL_BIBLIOTHEEK = "demo/excel-web-16.00.js";
/** Where the build puts the demo's sheets, read from the fixtures (src/tools/demo-fixtures.js). */
const DEMO_BLADEN = "demo/werkmap.json";

/**
 * A fixture sheet as the demo seeds it: values from A1 (dates as serials), merges as "A2:A4" and
 * number formats by address (so a date shows as the file shows it).
 */
export interface DemoBlad {
  name: string;
  values: CellValue[][];
  merges: string[];
  numberFormats: Record<string, string>;
}

/**
 * Loads Microsoft's Excel on the web library (@microsoft/office-js) with a script tag: the demo's
 * Excel.run, RequestContext and proxies are Microsoft's own code, answered by the emulated workbook.
 */
export function laadExcelBibliotheek(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = EXCEL_BIBLIOTHEEK;
    script.onload = () => {
      provideOfficeLibrary(() => window as unknown as OfficeLibrary);
      resolve();
    };
    script.onerror = () =>
      reject(new Error(`Regie-demo: ${EXCEL_BIBLIOTHEEK} kon niet worden geladen`));
    document.head.appendChild(script);
  });
}

/** The fixtures' sheets the build made for the demo (demo/werkmap.json). */
export async function laadDemoBladen(): Promise<DemoBlad[]> {
  let antwoord: Response;
  try {
    antwoord = await fetch(DEMO_BLADEN);
  } catch {
    throw new Error(`Regie-demo: ${DEMO_BLADEN} kon niet worden geladen`);
  }
  if (!antwoord.ok)
    throw new Error(`Regie-demo: ${DEMO_BLADEN} kon niet worden geladen (${antwoord.status})`);
  return ((await antwoord.json()) as { bladen: DemoBlad[] }).bladen;
}

/**
 * The workbook the demo runs on: the same Excel stand-in the tests use, seeded with the fixtures'
 * sheets as the build read them (the DUO action list and its registry, with a shifted row and an
 * ambiguous owner derived from them: see demo-afwijkingen.ts) and a small per-address data set.
 */
export function maakDemoWerkmap(bladen: readonly DemoBlad[]): ExcelEmulator {
  const blad = (name: string): DemoBlad => {
    const gevonden = bladen.find((b) => b.name === name);
    if (!gevonden) throw new Error(`Regie-demo: de demowerkmap mist het blad "${name}"`);
    return gevonden;
  };
  const actielijst = blad("Actielijst");
  const accounthouders = blad("Accounthouders");
  return ExcelEmulator.fromSheets([
    { ...actielijst, values: demoActielijst(actielijst.values) },
    { ...accounthouders, values: demoAccounthouders(accounthouders.values) },
    ...demoMijlpaalBladen(),
  ]);
}

/** The DUO list is from early 2021; judged against today every deadline would be long past. */
export const DEMO_PEILDATUM = "2021-02-24";

/** Demo settings live in memory: a demo must start the same way every time. */
export function demoInstellingen(): InstellingenOpslag {
  let bewaard: Instellingen = { ...STANDAARD_INSTELLINGEN, peildatum: DEMO_PEILDATUM };
  return {
    lees: async () => bewaard,
    bewaar: async (waarde) => {
      bewaard = waarde;
    },
  };
}
