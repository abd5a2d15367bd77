import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { werkmapMetBladdata } from "../../support/vijandige-bladen";

let map: string;
beforeAll(() => (map = mkdtempSync(join(tmpdir(), "regie-kopie-"))));
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe("copies (--out) of valid but unusual workbooks (issue 24, cases 5 and 9)", () => {
  test("rows and cells without r: the copy holds the new value where the reader put it", async () => {
    const invoer = join(map, "zonder-r.xlsx");
    writeFileSync(
      invoer,
      await werkmapMetBladdata(
        `<row><c t="inlineStr"><is><t>Adres-ID</t></is></c><c><v>7</v></c></row>` +
          `<row><c><v>1</v></c><c><v>2</v></c></row>`
      )
    );
    const w = await XlsxWorkbook.open(invoer);
    await w.write([{ kind: "values", sheet: "Blad1", address: "B2", values: [["nieuw"]] }]);
    const uit = join(map, "kopie.xlsx");
    await w.saveAs(uit);
    const [blad] = await (await XlsxWorkbook.open(uit)).read([{ sheet: "Blad1" }]);
    expect(blad?.grid.values).toEqual([
      ["Adres-ID", 7],
      [1, "nieuw"],
    ]);
  });
});
