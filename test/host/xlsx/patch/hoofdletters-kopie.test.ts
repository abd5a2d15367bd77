import JSZip from "jszip";
import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../../../src/host/xlsx/xlsx-workbook";
import { andereHoofdletters } from "../../../support/vijandige-werkmappen";

/**
 * Issue 24, case 7: a part stored as xl/SharedStrings.xml where the rels say sharedStrings.xml is
 * read; a copy must write into that same entry, not add a second one that differs only in case
 * (OPC part names compare case-insensitively: two such entries are one part twice).
 */
test("a copy of a package with case-variant part names has each part once", async () => {
  const map = mkdtempSync(join(tmpdir(), "regie-hoofdletters-"));
  const pad = join(map, "hoofdletters.xlsx");
  await writeFile(pad, andereHoofdletters());
  const werkmap = await XlsxWorkbook.open(pad);
  await werkmap.write([
    { kind: "values", sheet: "Blad1", address: "B1", values: [["nieuw"]] },
    {
      kind: "fill",
      sheet: "Blad1",
      addresses: ["A2"],
      fill: { pattern: "Solid", color: "#FF0000" },
    },
  ]);
  const uit = join(map, "kopie.xlsx");
  await werkmap.saveAs(uit);
  const namen = Object.keys((await JSZip.loadAsync(await readFile(uit))).files);
  const dubbel = namen.filter(
    (n, i) => namen.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i
  );
  expect(dubbel).toEqual([]);
  const [blad] = await (await XlsxWorkbook.open(uit)).read([{ sheet: "Blad1" }]);
  expect(blad?.grid.values).toEqual([
    ["Kop", "nieuw"],
    ["waarde", ""],
  ]);
});
