import { ExcelEmulator, toSerial } from "../../src/excel-stand-in";

/** Writes one value to A1 through the API and returns the cell as the standIn holds it. */
async function writeOne(raw: unknown, numberFormat?: string) {
  const standIn = ExcelEmulator.fromSheets([
    { name: "Blad1", numberFormats: numberFormat ? { A1: numberFormat } : {} },
  ]);
  await standIn.run(async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[raw]];
    await context.sync();
  });
  return standIn.cell("Blad1", "A1");
}

describe("writing values: formulas versus text", () => {
  test.each<[string, unknown, { value: unknown; formula?: string }]>([
    ["a formula", "=SUM(B1:B3)", { value: 0, formula: "=SUM(B1:B3)" }],
    ["apostrophe-prefixed formula text", "'=SUM(B1:B3)", { value: "=SUM(B1:B3)" }],
    ["a HYPERLINK formula", '=HYPERLINK("x")', { value: 0, formula: '=HYPERLINK("x")' }],
    ["plus-text, read as a formula", "+cmd", { value: 0, formula: "=+cmd" }],
    ["minus arithmetic, read as a formula", "-2+3", { value: 0, formula: "=-2+3" }],
    ["an @ function", "@SUM(A1)", { value: 0, formula: "=SUM(A1)" }],
    ["a negative number as text", "-2", { value: -2 }],
    ["a number as text", "12.5", { value: 12.5 }],
    ["TRUE as text", "TRUE", { value: true }],
    ["plain text", "Bellen", { value: "Bellen" }],
    ["a lone =", "=", { value: "=" }],
    ["an apostrophe-prefixed number", "'0012", { value: "0012" }],
    ["a number", 7, { value: 7 }],
    ["a boolean", false, { value: false }],
  ])("%s", async (_label, raw, expected) => {
    expect(await writeOne(raw)).toEqual(expected);
  });

  test("a cell formatted as Text keeps formula-like text as text", async () => {
    expect(await writeOne("=1+1", "@")).toEqual({ value: "=1+1", numberFormat: "@" });
  });

  test("null leaves a cell unchanged", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", values: [["oud", "oud"]] }]);
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [[null, "nieuw"]];
      await context.sync();
    });
    expect(standIn.values("Blad1")).toEqual([["oud", "nieuw"]]);
  });

  test("an array that does not match the range's size fails at sync", async () => {
    const context = ExcelEmulator.fromSheets([{ name: "Blad1" }]).newContext();
    context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").values = [["a", "b"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("reading values as Excel hands them over", () => {
  const standIn = ExcelEmulator.fromSheets([
    {
      name: "Blad1",
      values: [
        ["Groep", "Actie", "Deadline"],
        ["A", "Bellen", new Date(2021, 1, 24)],
        ["", "Mailen", null],
        ["B", "x", "y"],
      ],
      merges: ["A2:A3", "B4:C4"],
    },
  ]);

  test('empty cells are "", dates are serial numbers, merged cells other than the top-left are ""', async () => {
    const values = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:D4");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["Groep", "Actie", "Deadline", ""],
      ["A", "Bellen", 44251, ""],
      ["", "Mailen", "", ""],
      ["B", "x", "", ""],
    ]);
  });

  test('seeds are stored as given: text stays text, only "=..." is a formula', () => {
    const book = ExcelEmulator.fromSheets([
      { name: "Blad1", values: [["0012", "'=x", "=A1", "+cmd", 5]] },
    ]);
    expect(book.values("Blad1")).toEqual([["0012", "=x", 0, "+cmd", 5]]);
    expect(book.formulas("Blad1")).toEqual({ C1: "=A1" });
  });

  test.each([
    [new Date(1900, 0, 1), 1],
    [new Date(1900, 2, 1), 61],
    [new Date(2021, 1, 24), 44251],
    [new Date(2021, 1, 24, 12, 0), 44251.5],
  ])("serial of %s", (date, serial) => {
    expect(toSerial(date)).toBe(serial);
  });

  test("formulas read back as the formula, values as the (uncalculated) result", async () => {
    const book = ExcelEmulator.fromSheets([{ name: "Blad1", values: [[1, "=A1*2"]] }]);
    const [values, formulas] = await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
      range.load("values, formulas");
      await context.sync();
      return [range.values, range.formulas];
    });
    expect({ values, formulas }).toEqual({ values: [[1, 0]], formulas: [[1, "=A1*2"]] });
  });
});
