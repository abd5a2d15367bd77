import type { Instellingen, InstellingenOpslag } from "../../app/instellingen";
import { STANDAARD_INSTELLINGEN } from "../../app/instellingen";
import { ExcelEmulator, provideOfficeLibrary, type OfficeLibrary } from "../../host/excel-emulator";
import { DEMO_ACTIELIJST_MERGES } from "./demo-actielijst";
import { demoAccounthouders, demoActielijst } from "./demo-afwijkingen";
import { demoMijlpaalBladen } from "./demo-mijlpalen";

/** Where the build puts Microsoft's Excel on the web library (webpack.config.js copies it). */
const EXCEL_BIBLIOTHEEK = "demo/excel-web-16.00.js";

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

/**
 * The workbook the demo runs on: the same fake Excel the tests use, seeded with the fixtures' content
 * (the DUO action list and its registry, with a shifted row and an ambiguous owner derived from
 * them: see demo-afwijkingen.ts) and a small per-address data set.
 */
export function maakDemoWerkmap(): ExcelEmulator {
  return ExcelEmulator.fromSheets([
    { name: "Actielijst", values: demoActielijst(), merges: DEMO_ACTIELIJST_MERGES },
    { name: "Accounthouders", values: demoAccounthouders() },
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
