import {
  applyEdits,
  escapeXml,
  prefixOf,
  withAttribute,
} from "../../../../src/host/xlsx/patch/edits";

describe("text edits in a part", () => {
  test("applyEdits: in order of position, equal positions in the given order", () => {
    expect(
      applyEdits("abcdef", [
        { at: 4, length: 1, text: "E" },
        { at: 1, length: 0, text: "1" },
        { at: 1, length: 0, text: "2" },
      ])
    ).toBe("a12bcdEf");
    expect(() =>
      applyEdits("abc", [
        { at: 0, length: 2, text: "" },
        { at: 1, length: 1, text: "" },
      ])
    ).toThrow(/overlappende/);
  });

  test.each([
    ['<c r="A1"/>', "s", "3", '<c r="A1" s="3"/>'],
    ['<c r="A1" s="1">', "s", "3", '<c r="A1" s="3">'],
    ['<xf fillId="0" />', "fillId", "4", '<xf fillId="4" />'],
    ["<x:c r='A1' s='2'/>", "s", "5", `<x:c r='A1' s="5"/>`],
  ])("withAttribute(%s, %s, %s)", (tag, naam, waarde, verwacht) => {
    expect(withAttribute(tag, naam, waarde)).toBe(verwacht);
  });

  test("prefixOf and escapeXml", () => {
    expect(prefixOf('<x:worksheet xmlns:x="..."><x:sheetData/>', "worksheet")).toBe("x:");
    expect(prefixOf("<worksheet><sheetData/>", "worksheet")).toBe("");
    expect(escapeXml('a<b>&"c"\u0001')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
  });
});
