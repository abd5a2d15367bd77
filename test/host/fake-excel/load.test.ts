import { FakeWorkbook, type FakeOfficeError, type LoadOption } from "../../../src/host/fake-excel";

const book = () =>
  FakeWorkbook.fromSheets([
    {
      name: "Blad1",
      values: [
        ["Actie", "Status"],
        ["Bellen", "Open"],
      ],
      fills: { A1: "#FFFF00" },
    },
  ]);

/** The error code of whatever `read` throws, or "none". */
function codeOf(read: () => unknown): string {
  try {
    read();
    return "none";
  } catch (error) {
    return (error as FakeOfficeError).code;
  }
}

describe("load before read", () => {
  test("a property that was never loaded throws PropertyNotLoaded", () => {
    const range = book().newContext().workbook.worksheets.getItem("Blad1").getRange("A1:B2");
    expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
  });

  test("a property loaded but not yet synced still throws", () => {
    const range = book().newContext().workbook.worksheets.getItem("Blad1").getRange("A1:B2");
    range.load("values");
    expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
  });

  test("after load and sync the property is there, and only the loaded ones", async () => {
    const context = book().newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([
      ["Actie", "Status"],
      ["Bellen", "Open"],
    ]);
    expect(codeOf(() => range.address)).toBe("PropertyNotLoaded");
  });

  test.each<[string, LoadOption]>([
    ["a comma-separated string", "values, address"],
    ["an array", ["values", "address"]],
    ["select/expand", { select: "values, address" }],
    ["an options tree", { values: true, address: true }],
  ])("load accepts %s", async (_label, option) => {
    const context = book().newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    range.load(option);
    await context.sync();
    expect([range.values, range.address]).toEqual([[["Actie"]], "Blad1!A1"]);
  });

  test("nested paths load navigation properties (format/fill/color, items/protection/protected)", async () => {
    const context = book().newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    range.load("format/fill/color, format/font/bold");
    const sheets = context.workbook.worksheets.load("items/name, items/protection/protected");
    await context.sync();
    expect([range.format.fill.color, range.format.font.bold]).toEqual(["#FFFF00", false]);
    expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([["Blad1", false]]);
  });

  test("collections expose items only after load and sync", async () => {
    const context = book().newContext();
    const sheets = context.workbook.worksheets;
    expect(codeOf(() => sheets.items)).toBe("PropertyNotLoaded");
    sheets.load("name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Blad1"]);
  });

  test("a ClientResult has no value before the sync", async () => {
    const context = book().newContext();
    const count = context.workbook.worksheets.getCount();
    expect(codeOf(() => count.value)).toBe("ValueNotLoaded");
    await context.sync();
    expect(count.value).toBe(1);
  });

  test("a value the add-in set can be read back without a load, as in Office.js", () => {
    const range = book().newContext().workbook.worksheets.getItem("Blad1").getRange("C1");
    range.values = [["x"]];
    expect(range.values).toEqual([["x"]]);
  });

  test("an unknown property fails the sync", async () => {
    const context = book().newContext();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").load("colour");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("loads see the writes queued before them in the same batch", async () => {
    const context = book().newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A2");
    range.values = [["Mailen"]];
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([["Mailen"]]);
  });
});
