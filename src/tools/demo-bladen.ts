// The sheets of the browser demo, read from the shared fixtures with Regie's own xlsx reader.
// Node only: run at build time by demo-fixtures.js (which writes demo/werkmap.json into the build)
// and by the tests that check the demo against the same fixtures.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { areaAddress } from "../core/address";
import { XlsxWorkbook } from "../host/xlsx/xlsx-workbook";
import type { DemoBlad } from "../taskpane/demo/demo-werkmap";

/** The fixture workbooks the demo opens, and the sheet each gives. */
export const DEMO_BRONNEN = [
  { bestand: "actielijst-duo-2021.xlsx", blad: "Actielijst" },
  { bestand: "accounthouders-duo.xlsx", blad: "Accounthouders" },
] as const;

/** The shared fixtures beside the clone (../shared/fixtures). */
export const DEMO_FIXTURES = resolve(__dirname, "../../../shared/fixtures");

/** Reads the demo's sheets from the fixtures; a missing fixture is an error in Dutch. */
export async function readDemoSheets(map = DEMO_FIXTURES): Promise<DemoBlad[]> {
  const ontbreekt = DEMO_BRONNEN.map((b) => join(map, b.bestand)).filter((p) => !existsSync(p));
  if (ontbreekt.length > 0)
    throw new Error(
      `De demo kan niet worden gebouwd: ${ontbreekt.join(", ")} ${ontbreekt.length > 1 ? "ontbreken" : "ontbreekt"}. ` +
        `De demowerkmap wordt gemaakt uit de fixtures in ${map}: zet de map ../shared/fixtures naast deze clone, of geef de map met REGIE_FIXTURES=/pad/naar/fixtures.`
    );
  const bladen: DemoBlad[] = [];
  for (const bron of DEMO_BRONNEN) {
    const werkmap = await XlsxWorkbook.open(join(map, bron.bestand));
    const [gelezen] = await werkmap.read([{ sheet: bron.blad }]);
    if (!gelezen) throw new Error(`${bron.bestand} heeft geen blad "${bron.blad}".`);
    bladen.push({
      name: bron.blad,
      values: gelezen.grid.values.map((r) => [...r]),
      merges: gelezen.grid.merges.map(areaAddress),
      numberFormats: await getalnotaties(join(map, bron.bestand), bron.blad),
    });
  }
  return bladen;
}

/** The sheet's number formats other than General, by address (Regie's reader has no need of them). */
async function getalnotaties(pad: string, blad: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const notaties: Record<string, string> = {};
  wb.getWorksheet(blad)?.eachRow((rij) =>
    rij.eachCell((cel) => {
      if (cel.numFmt && cel.numFmt !== "General") notaties[cel.address] = cel.numFmt;
    })
  );
  return notaties;
}
