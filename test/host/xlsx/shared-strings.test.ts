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
