import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
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

  test("no xl/styles.xml: a marking adds one, with its relationship and content type", async () => {
    const invoer = join(map, "zonder-styles.xml.xlsx");
    writeFileSync(invoer, await werkmapMetBladdata(`<row r="1"><c r="A1"><v>1</v></c></row>`));
    const w = await XlsxWorkbook.open(invoer);
    const rood = { pattern: "Solid", color: "#FFC7CE" } as const;
    await w.write([{ kind: "fill", sheet: "Blad1", addresses: ["A1"], fill: rood }]);
    const uit = join(map, "kopie-styles.xlsx");
    await w.saveAs(uit);
    const [blad] = await (await XlsxWorkbook.open(uit)).read([{ sheet: "Blad1", fills: true }]);
    expect(blad?.fills?.[0][0]).toEqual(rood);
    const zip = await JSZip.loadAsync(readFileSync(uit));
    expect(zip.file("xl/styles.xml")).not.toBeNull();
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/styles" Target="styles.xml"/
    );
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
    );
  });
});
