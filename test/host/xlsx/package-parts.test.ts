import JSZip from "jszip";
import { InflateLimitError } from "../../../src/host/xlsx/package-limits";
import {
  partFile,
  partText,
  readWorkbookParts,
  relsPathOf,
  resolveTarget,
} from "../../../src/host/xlsx/package-parts";
import { PartError } from "../../../src/host/xlsx/xml";
import { werkmapMetBladdata } from "../../support/vijandige-bladen";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
const rels = (...r: string[]) => `<Relationships xmlns="${PKG}">${r.join("")}</Relationships>`;

async function zip(files: Record<string, string>): Promise<JSZip> {
  const z = new JSZip();
  for (const [path, text] of Object.entries(files)) z.file(path, text);
  return JSZip.loadAsync(await z.generateAsync({ type: "uint8array" }));
}

describe("the package: which part is which sheet", () => {
  test("absolute targets (openpyxl), a workbook outside xl/, prefixes and the 1904 system", async () => {
    const z = await zip({
      "_rels/.rels": rels(rel("rId1", "officeDocument", "/boek/werkmap.xml")),
      "boek/werkmap.xml":
        `<s:workbook xmlns:s="${MAIN}" xmlns:rel="${R}"><s:workbookPr date1904="true"/>` +
        `<s:bookViews><s:workbookView activeTab="1"/></s:bookViews><s:sheets>` +
        `<s:sheet name="R&amp;D" sheetId="1" rel:id="rId1"/>` +
        `<s:sheet name="Verborgen" sheetId="2" state="hidden" rel:id="rId2"/></s:sheets></s:workbook>`,
      "boek/_rels/werkmap.xml.rels": rels(
        rel("rId1", "worksheet", "/boek/bladen/een.xml"),
        rel("rId2", "worksheet", "bladen/twee%20b.xml"),
        rel("rId3", "sharedStrings", "/boek/teksten.xml"),
        rel("rId4", "styles", "stijl.xml")
      ),
    });
    expect(await readWorkbookParts(z)).toEqual({
      workbook: "boek/werkmap.xml",
      sheets: [
        { name: "R&D", part: "boek/bladen/een.xml", state: "visible" },
        { name: "Verborgen", part: "boek/bladen/twee b.xml", state: "hidden" },
      ],
      activeTab: 1,
      date1904: true,
      sharedStrings: "boek/teksten.xml",
      styles: "boek/stijl.xml",
      localSheetIds: [],
      strict: false,
      macro: false,
    });
  });

  test("without _rels/.rels: xl/workbook.xml, 1900 system", async () => {
    const z = await zip({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets/></workbook>`,
    });
    expect(await readWorkbookParts(z)).toMatchObject({
      workbook: "xl/workbook.xml",
      date1904: false,
    });
  });

  test("a missing or broken part is named", async () => {
    await expect(readWorkbookParts(await zip({}))).rejects.toThrow(
      new PartError("xl/workbook.xml", "ontbreekt")
    );
    await expect(
      readWorkbookParts(await zip({ "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets>` }))
    ).rejects.toThrow(/onderdeel xl\/workbook\.xml: geen geldige XML/);
  });

  test.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../comments1.xml", "xl/comments1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("resolveTarget(%s, %s) = %s", (source, target, verwacht) => {
    expect(resolveTarget(source, target)).toBe(verwacht);
  });

  test("relsPathOf", () => {
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
  });
});

describe("reading parts within the inflate caps", () => {
  async function deflated(files: Record<string, string>): Promise<JSZip> {
    const z = new JSZip();
    for (const [path, text] of Object.entries(files)) z.file(path, text);
    return JSZip.loadAsync(await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  }
  const limits = { part: 1500, total: 2500 };

  test("a part past the part cap is refused naming it; the package's total counts each part once", async () => {
    const z = await deflated({
      "a.xml": "a".repeat(1000),
      "b.xml": "b".repeat(1000),
      "c.xml": "c".repeat(1000),
      "groot.xml": "g".repeat(1501),
    });
    await expect(partText(z, "groot.xml", limits)).rejects.toEqual(
      new InflateLimitError("groot.xml", 1500, false)
    );
    expect(await partText(z, "a.xml", limits)).toHaveLength(1000);
    expect(await partText(z, "b.xml", limits)).toHaveLength(1000);
    // Read again: still 2,000 bytes in all.
    expect(await partText(z, "a.xml", limits)).toHaveLength(1000);
    const fout = await partText(z, "c.xml", limits).catch((e: unknown) => e);
    expect(fout).toEqual(new InflateLimitError("c.xml", 2500, true));
    expect(fout).toMatchObject({ part: "c.xml", limit: 2500, total: true });
  });

  test("part names compare case-insensitively and backslashes count as slashes (OPC M1.12)", async () => {
    const z = await deflated({
      "xl/SharedStrings.xml": "<sst/>",
      "xl\\workbook.xml": "<workbook/>",
    });
    expect(partFile(z, "xl/sharedStrings.xml")?.name).toBe("xl/SharedStrings.xml");
    expect(partFile(z, "xl/workbook.xml")?.name).toBe("xl\\workbook.xml");
    expect(await partText(z, "XL/WORKBOOK.XML")).toBe("<workbook/>");
    expect(partFile(z, "xl/styles.xml")).toBeNull();
  });
});

describe("the package's kind: Strict and macro-enabled (issue 24, cases 5 and 9)", () => {
  test.each([
    [{}, { strict: false, macro: false }],
    [{ strict: true }, { strict: true, macro: false }],
    [{ macro: true }, { strict: false, macro: true }],
  ] as const)("%j", async (opties, soort) => {
    const zip = await JSZip.loadAsync(await werkmapMetBladdata("", opties));
    expect(await readWorkbookParts(zip)).toMatchObject(soort);
  });
});
