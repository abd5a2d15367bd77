import { ExcelEmulator } from "../../src/excel-stand-in";

// An answer carries only the properties that were loaded: Microsoft's library takes whatever the
// answer holds (Range.prototype._handleResult sets every property present), so an emulator that
// answered more would let a test read a property Regie never loaded, where Excel says PropertyNotLoaded.
const book = () =>
  ExcelEmulator.fromSheets([
    {
      name: "Blad1",
      values: [
        ["Actie", 3],
        ["=A1", new Date(2021, 1, 24)],
      ],
    },
  ]);

describe("a load answers only what it asked for", () => {
  test.each([["text"], ["formulas"], ["address"], ["numberFormat"], ["rowCount"]] as const)(
    "after load('values'), reading %s throws PropertyNotLoaded",
    async (property) => {
      const standIn = book();
      const context = standIn.newContext();
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load("values");
      await context.sync();
      expect(range.values[0]).toEqual(["Actie", 3]);
      expect(() => range[property]).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    }
  );

  test("a nested load answers only the nested property", async () => {
    const standIn = book();
    const context = standIn.newContext();
    const fill = context.workbook.worksheets.getItem("Blad1").getRange("A1").format.fill;
    fill.load("color");
    await context.sync();
    expect(fill.color).toBe("#FFFFFF");
    expect(() => fill.pattern).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("the answer to a values load is smaller than one that also loads text and formulas", async () => {
    const sizes: number[] = [];
    for (const properties of ["values", "values, text, formulas"]) {
      const standIn = book();
      const context = standIn.newContext();
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load(properties);
      await context.sync();
      sizes.push(standIn.lastSync!.responseBytes);
    }
    expect(sizes[0]).toBeLessThan(sizes[1]);
  });

  test("load() without names answers every scalar property, as Excel does", async () => {
    const standIn = book();
    const context = standIn.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load();
    await context.sync();
    expect([range.address, range.rowCount, range.formulas[1][0]]).toEqual([
      "Blad1!A1:B2",
      2,
      "=A1",
    ]);
  });
});
