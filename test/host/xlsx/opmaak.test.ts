import type JSZip from "jszip";
import { werkmap } from "../../support/xlsx";
import { part, relationships, saveAndOpen } from "./package";

/** The sheet's part, through workbook.xml and its rels. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await part(zip, "xl/workbook.xml");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map(([t]) => t)
    .find((t) => t.includes(`name="${name}"`))!;
  const id = /r:id="([^"]+)"/.exec(tag)![1];
  return part(zip, (await relationships(zip, "xl/workbook.xml"))[id]);
}

describe("the .xlsx copy prints and opens as the pane's sheets do", () => {
  test("pageLayout: landscape, fit to one page, the print area as Excel's defined name", async () => {
    const wb = werkmap();
    await wb.write([
      { kind: "addSheet", sheet: "Dashboard" },
      { kind: "values", sheet: "Dashboard", address: "A1", values: [["Kwartaal", "Totaal"]] },
      {
        kind: "pageLayout",
        sheet: "Dashboard",
        orientation: "Landscape",
        printArea: "A1:T30",
        fitToPages: { wide: 1, tall: 1 },
      },
    ]);
    const { zip } = await saveAndOpen(wb);
    const xml = await sheetXml(zip, "Dashboard");
    expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="1"/);
    expect(await part(zip, "xl/workbook.xml")).toMatch(
      /<definedName name="_xlnm.Print_Area" localSheetId="0">(?:&apos;|')Dashboard(?:&apos;|')!\$A\$1:\$T\$30<\/definedName>/
    );
  });

  test("pageLayout: A4, the title rows as Excel's Print_Titles, a page break above a row", async () => {
    const wb = werkmap();
    await wb.write([
      { kind: "addSheet", sheet: "Wijzigingen" },
      { kind: "values", sheet: "Wijzigingen", address: "A1", values: [["Soort", "Rij"]] },
      {
        kind: "pageLayout",
        sheet: "Wijzigingen",
        orientation: "Landscape",
        paperSize: "A4",
        fitToPages: { wide: 1, tall: 0 },
        printTitleRows: "$6:$6",
        rowBreaks: [40],
      },
    ]);
    const { zip } = await saveAndOpen(wb);
    const xml = await sheetXml(zip, "Wijzigingen");
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    // A break above row 40: after zero-based row 39.
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="39"[^>]*man="1"\/><\/rowBreaks>/);
    expect(await part(zip, "xl/workbook.xml")).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(?:&apos;|')Wijzigingen(?:&apos;|')!\$6:\$6<\/definedName>/
    );
  });

  test("freezeRows and real dates with a Dutch number format", async () => {
    const wb = werkmap();
    await wb.write([
      { kind: "addSheet", sheet: "Log" },
      { kind: "values", sheet: "Log", address: "A1", values: [["Tijdstip"], [44251.5]] },
      { kind: "format", sheet: "Log", address: "A2", numberFormat: "dd-mm-yyyy hh:mm" },
      { kind: "freezeRows", sheet: "Log", rows: 1 },
    ]);
    const { zip } = await saveAndOpen(wb);
    const xml = await sheetXml(zip, "Log");
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(await part(zip, "xl/styles.xml")).toContain('formatCode="dd-mm-yyyy hh:mm"');
  });
});
