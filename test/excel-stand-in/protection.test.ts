import { ExcelEmulator } from "../../src/excel-stand-in";

// Protection follows locked cells (README: host rules): on a protected sheet content may be written
// where every touched cell is unlocked; cell formats only when the protection allows formatting
// cells; the lock itself never. Every cell is locked until unlocked.

const book = (protectedSheet = true) =>
  ExcelEmulator.fromSheets([
    {
      name: "Invoer",
      values: [
        ["Naam", "Bedrag"],
        ["Anja", 5],
      ],
      unlocked: ["B2:B3"],
      protected: protectedSheet,
    },
  ]);

async function syncError(
  standIn: ExcelEmulator,
  queue: (sheet: Excel.Worksheet) => void
): Promise<unknown> {
  return standIn
    .run(async (context) => {
      queue(context.workbook.worksheets.getItem("Invoer"));
      await context.sync();
    })
    .then(
      () => null,
      (e: unknown) => e
    );
}

describe("values on a protected sheet", () => {
  test("unlocked cells take values and formulas", async () => {
    const standIn = book();
    expect(
      await syncError(standIn, (s) => {
        s.getRange("B2:B3").values = [[7], ["x"]];
        s.getRange("B3").formulas = [["=B2*2"]];
      })
    ).toBeNull();
    expect(standIn.values("Invoer")).toEqual([
      ["Naam", "Bedrag"],
      ["Anja", 7],
      ["", 0],
    ]);
  });

  test("a write that touches one locked cell is refused whole (AccessDenied)", async () => {
    const standIn = book();
    const before = standIn.snapshot();
    const error = await syncError(standIn, (s) => (s.getRange("A2:B2").values = [["Bert", 8]]));
    expect(error).toMatchObject({ code: "AccessDenied" });
    expect(standIn.snapshot()).toEqual(before);
  });

  test("clear('Contents') of unlocked cells is content; clear() is also formats", async () => {
    const standIn = book();
    expect(await syncError(standIn, (s) => s.getRange("B2").clear("Contents"))).toBeNull();
    expect(standIn.cell("Invoer", "B2")).toEqual({ value: "", locked: false });
    expect(await syncError(standIn, (s) => s.getRange("B3").clear())).toMatchObject({
      code: "AccessDenied",
    });
  });
});

describe("format.protection.locked", () => {
  test("reads true by default, false where unlocked, null when mixed", async () => {
    const standIn = book(false);
    const locked = await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Invoer");
      const ranges = ["A1", "B2:B3", "A2:B2"].map((a) =>
        sheet.getRange(a).format.protection.load("locked")
      );
      await context.sync();
      return ranges.map((r) => r.locked);
    });
    expect(locked).toEqual([true, false, null]);
  });

  test("can be changed on an unprotected sheet, not on a protected one", async () => {
    const open = book(false);
    expect(
      await syncError(open, (s) => (s.getRange("A2").format.protection.locked = false))
    ).toBeNull();
    expect(open.cell("Invoer", "A2")).toMatchObject({ locked: false });
    const shut = book();
    const error = await syncError(shut, (s) => (s.getRange("A2").format.protection.locked = false));
    expect(error).toMatchObject({ code: "AccessDenied" });
    expect(shut.cell("Invoer", "A2")).toEqual({ value: "Anja" });
  });
});

describe("formats on a protected sheet", () => {
  test("are refused even on unlocked cells, unless the protection allows formatting cells", async () => {
    const standIn = book();
    const fill = (s: Excel.Worksheet) => (s.getRange("B2").format.fill.color = "#FFC7CE");
    expect(await syncError(standIn, fill)).toMatchObject({ code: "AccessDenied" });
    await standIn.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Invoer").protection;
      protection.unprotect();
      protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    expect(await syncError(standIn, fill)).toBeNull();
    // Formatting allowed reaches locked cells too, but neither their values nor the lock itself.
    expect(await syncError(standIn, (s) => (s.getRange("A1").format.font.bold = true))).toBeNull();
    expect(await syncError(standIn, (s) => (s.getRange("A1").values = [["Wie"]]))).toMatchObject({
      code: "AccessDenied",
    });
    expect(
      await syncError(standIn, (s) => (s.getRange("A1").format.protection.locked = false))
    ).toMatchObject({ code: "AccessDenied" });
  });
});
