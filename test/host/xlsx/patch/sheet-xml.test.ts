import { sheetXml } from "../../../../src/host/xlsx/patch/sheet-xml";
import { readSheetXml } from "../../../../src/host/xlsx/sheet-reader";

describe("sheetXml: an own sheet of Regie", () => {
  test("reads back as what went in; text that looks like a formula stays text", () => {
    const values = [
      ["Blad", "Bereik", "", '=HYPERLINK("x")'],
      [],
      ["R&D <1>", 3.5, true, "  spaties  "],
    ];
    const r = readSheetXml(sheetXml(values), "blad.xml", { sharedStrings: [], date1904: false });
    expect(r.values).toEqual([
      ["Blad", "Bereik", "", '=HYPERLINK("x")'],
      ["", "", "", ""],
      ["R&D <1>", 3.5, true, "  spaties  "],
    ]);
    expect(r.formulas).toEqual([]);
  });
});

describe("sheetXml: the layout of Regie's own sheet", () => {
  test("without A4 or breaks: the printer's paper, no rowBreaks", () => {
    const xml = sheetXml([["a"]], () => undefined, {
      widths: new Map(),
      frozenRows: 0,
      page: { landscape: true, fit: null, a4: false, rowBreaks: [] },
    });
    expect(xml).toContain('<pageSetup orientation="landscape"/>');
    expect(xml).not.toContain("rowBreaks");
  });

  test("widths in characters, a frozen header, a landscape page fitted one wide, in schema order", () => {
    const xml = sheetXml([["Tijdstip", "Handeling"]], () => undefined, {
      widths: new Map([
        [1, 105],
        [0, 84],
      ]),
      frozenRows: 1,
      page: { landscape: true, fit: { wide: 1, tall: 0 }, a4: true, rowBreaks: [30, 61] },
    });
    expect(xml).toContain(
      '<cols><col min="1" max="1" width="16.00" customWidth="1"/><col min="2" max="2" width="20.00" customWidth="1"/></cols>'
    );
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    // A break above row 30 is after zero-based row 29.
    expect(xml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="29" max="16383" man="1"/><brk id="60" max="16383" man="1"/></rowBreaks>'
    );
    const order = [
      "<sheetPr>",
      "<sheetViews>",
      "<cols>",
      "<sheetData>",
      "<pageMargins",
      "<pageSetup",
      "<rowBreaks",
    ];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]))).toBe(true);
  });
});
