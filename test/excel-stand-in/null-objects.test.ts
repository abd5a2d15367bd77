import { ExcelEmulator } from "../../src/excel-stand-in";

const book = () =>
  ExcelEmulator.fromSheets([
    { name: "Actielijst", values: [["a"]] },
    { name: "Leeg" },
    { name: "Verborgen", visibility: "Hidden" },
  ]);

describe("*OrNullObject", () => {
  test.each([
    ["an existing sheet", "actielijst", false],
    ["a missing sheet", "Bestaat niet", true],
  ])("getItemOrNullObject on %s", async (_label, name, isNull) => {
    const context = book().newContext();
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    expect(() => sheet.isNullObject).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    await context.sync();
    expect(sheet.isNullObject).toBe(isNull);
  });

  test("getItem on a missing sheet fails the sync with ItemNotFound", async () => {
    const context = book().newContext();
    context.workbook.worksheets.getItem("Bestaat niet").load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test.each([
    ["a sheet with values", "Actielijst", false],
    ["a blank sheet", "Leeg", true],
  ])("getUsedRangeOrNullObject on %s", async (_label, name, isNull) => {
    const context = book().newContext();
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    await context.sync();
    expect(used.isNullObject).toBe(isNull);
  });

  test("getUsedRange on a blank sheet is A1, not an error", async () => {
    const context = book().newContext();
    const used = context.workbook.worksheets.getItem("Leeg").getUsedRange();
    used.load("address, values");
    await context.sync();
    expect([used.address, used.values]).toEqual(["Leeg!A1", [[""]]]);
  });

  test("objects derived from a null object are null: properties read null, writes are ignored", async () => {
    const standIn = book();
    const context = standIn.newContext();
    const missing = context.workbook.worksheets.getItemOrNullObject("Bestaat niet");
    const range = missing.getRange("A1");
    range.load("values");
    range.values = [["x"]];
    await context.sync();
    expect([missing.isNullObject, range.isNullObject, range.values]).toEqual([true, true, [["x"]]]);
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Leeg", "Verborgen"]);
  });

  test("getNextOrNullObject walks the sheets (hidden ones too) and ends in null objects", async () => {
    const context = book().newContext();
    const first = context.workbook.worksheets.getFirst();
    const chain = [first];
    for (let i = 0; i < 4; i++) chain.push(chain[chain.length - 1].getNextOrNullObject());
    chain.forEach((sheet) => sheet.load("name"));
    await context.sync();
    expect(chain.map((s) => (s.isNullObject ? null : s.name))).toEqual([
      "Actielijst",
      "Leeg",
      "Verborgen",
      null,
      null,
    ]);
  });

  test("merged areas: a null object when the range holds none", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Blad1", values: [["a", "b"]], merges: ["C3:D4"] },
    ]);
    const context = standIn.newContext();
    const none = context.workbook.worksheets
      .getItem("Blad1")
      .getRange("A1:B2")
      .getMergedAreasOrNullObject();
    const some = context.workbook.worksheets
      .getItem("Blad1")
      .getRange("A1:F9")
      .getMergedAreasOrNullObject();
    some.areas.load("address");
    await context.sync();
    expect(none.isNullObject).toBe(true);
    expect(some.areas.items.map((a) => a.address)).toEqual(["Blad1!C3:D4"]);
  });

  test("merged areas count only when their top-left cell is in the range (as in Excel); over 512 fail", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Blad1", merges: ["B2:C3", "E5:F6"] },
      {
        name: "Veel",
        merges: Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`),
      },
    ]);
    const context = standIn.newContext();
    const areas = context.workbook.worksheets
      .getItem("Blad1")
      .getRange("C3:F6")
      .getMergedAreasOrNullObject();
    areas.areas.load("address");
    await context.sync();
    expect(areas.areas.items.map((a) => a.address)).toEqual(["Blad1!E5:F6"]);
    context.workbook.worksheets.getItem("Veel").getRange("A:B").getMergedAreasOrNullObject();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
  test("special cells: formulas as rectangles, a null object when there are none", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Blad1",
        values: [
          ["a", "=1+1", "=2", "b"],
          ["c", "=A1", "=B1", "x"],
          ["'=tekst", "d", "=E9", "=F1"],
        ],
      },
    ]);
    const context = standIn.newContext();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    const some = sheet.getRange("A1:D3").getSpecialCellsOrNullObject("Formulas");
    some.areas.load("address");
    const none = sheet.getRange("A1:A3").getSpecialCellsOrNullObject("Formulas");
    await context.sync();
    expect(some.areas.items.map((a) => a.address)).toEqual(["Blad1!B1:C2", "Blad1!C3:D3"]);
    expect(none.isNullObject).toBe(true);
  });
});
