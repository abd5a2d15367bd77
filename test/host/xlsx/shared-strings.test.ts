import { readSharedStrings } from "../../../src/host/xlsx/shared-strings";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("shared strings", () => {
  test("plain text, rich-text runs joined, phonetics left out, empty items", () => {
    const xml =
      `<?xml version="1.0"?><sst xmlns="${NS}" count="4">` +
      `<si><t>Nicoline</t></si>` +
      `<si><r><rPr><b/><sz val="11"/></rPr><t>In </t></r><r><t xml:space="preserve">uitvoering </t></r></si>` +
      `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t/></si><si/></sst>`;
    expect(readSharedStrings(xml, "xl/sharedStrings.xml")).toEqual([
      "Nicoline",
      "In uitvoering ",
      "東京",
      "",
      "",
    ]);
  });

  test("with the x: prefix", () => {
    const xml = `<x:sst xmlns:x="${NS}"><x:si><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:si></x:sst>`;
    expect(readSharedStrings(xml, "xl/sharedStrings.xml")).toEqual(["ab"]);
  });
});

describe("_xHHHH_ escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring; issue 24, case 6)", () => {
  const NS24 = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const sst = (items: string) => `<sst xmlns="${NS24}">${items}</sst>`;
  test.each([
    ["<si><t>ABC_x000D_\nDEF</t></si>", "ABC\r\nDEF"],
    ["<si><t>_x005F_x000D_</t></si>", "_x000D_"],
    ["<si><t>a_x0009_b_x00e9_</t></si>", "a\tbé"],
    ["<si><t>geen _x12_ of _xZZZZ_</t></si>", "geen _x12_ of _xZZZZ_"],
    ["<si><r><t>A_x000D_</t></r><r><t>_x000A_B</t></r></si>", "A\r\nB"],
    ["<si><t>Nico</t><rPh><t>_x0041_</t></rPh></si>", "Nico"],
  ])("%j reads %j", (item, verwacht) => {
    expect(readSharedStrings(sst(item), "xl/sharedStrings.xml")).toEqual([verwacht]);
  });
});
