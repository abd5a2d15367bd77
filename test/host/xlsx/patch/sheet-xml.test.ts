import { sheetXml } from "../../../../src/host/xlsx/patch/sheet-xml";
import { readSheetXml } from "../../../../src/host/xlsx/sheet-reader";

describe("sheetXml: een eigen blad van Regie", () => {
  test("leest terug als wat erin ging; tekst die op een formule lijkt blijft tekst", () => {
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
