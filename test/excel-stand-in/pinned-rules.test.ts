import { DESKTOP, ExcelEmulator } from "../../src/excel-stand-in";

// Host rules the mutation audit (scripts/emulator-mutaties.mjs) found unpinned: each test here fails
// when its rule is removed from the emulator, through Microsoft's library as Regie calls it.

/** The error one sync fails with (null when it succeeds). */
async function syncError(
  standIn: ExcelEmulator,
  queue: (context: Excel.RequestContext) => void
): Promise<unknown> {
  return standIn
    .run(async (context) => {
      queue(context);
      await context.sync();
    })
    .then(
      () => null,
      (e: unknown) => e
    );
}

describe("Worksheet.delete", () => {
  test("a VeryHidden sheet cannot be deleted (InvalidOperation), a Hidden one can", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst" },
      { name: "Geheim", visibility: "VeryHidden" },
      { name: "Verborgen", visibility: "Hidden" },
    ]);
    const error = await syncError(standIn, (c) => c.workbook.worksheets.getItem("Geheim").delete());
    expect(error).toMatchObject({ code: "InvalidOperation" });
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Geheim", "Verborgen"]);
    expect(
      await syncError(standIn, (c) => c.workbook.worksheets.getItem("Verborgen").delete())
    ).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Geheim"]);
  });
});

describe("the 5 million cells limit is for reads only", () => {
  // Scaled down: a profile whose reads stop at 100 cells.
  const profile = { ...DESKTOP, maxReadCells: 100 };

  test("a values write of more cells than a read may span goes through; reading it back fails", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }], { profile });
    const values = Array.from({ length: 30 }, (_, r) => [r, `t${r}`, r * 2, true, "x"]);
    expect(
      await syncError(
        standIn,
        (c) => (c.workbook.worksheets.getItem("Blad1").getRange("A1:E30").values = values)
      )
    ).toBeNull();
    expect(standIn.values("Blad1")).toEqual(values);
    const error = await syncError(standIn, (c) => {
      c.workbook.worksheets.getItem("Blad1").getRange("A1:E30").load("values");
    });
    expect(error).toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("what a protected sheet still allows", () => {
  test("renaming, hiding, freezing rows and deleting it", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst" },
      { name: "Beveiligd", protected: true },
    ]);
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Beveiligd");
    expect(await syncError(standIn, (c) => (sheet(c).name = "Slot"))).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst", "Slot"]);
    expect(
      await syncError(standIn, (c) => {
        const s = c.workbook.worksheets.getItem("Slot");
        s.freezePanes.freezeRows(2);
        s.visibility = "Hidden";
      })
    ).toBeNull();
    expect(standIn.sheetInfo("Slot")).toMatchObject({ frozenRows: 2, visibility: "Hidden" });
    expect(
      await syncError(standIn, (c) => c.workbook.worksheets.getItem("Slot").delete())
    ).toBeNull();
    expect(standIn.sheetNames()).toEqual(["Actielijst"]);
  });
});

describe("merged cells", () => {
  test("only the top-left cell of a merged area reads its value; the others read ''", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", merges: ["A1:B1"] }]);
    const values = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:C1");
      range.values = [["Actie", "onder de samenvoeging", "c"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Actie", "", "c"]]);
  });

  test("merging keeps only the top-left value, as in Excel", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Blad1",
        values: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
    ]);
    expect(
      await syncError(standIn, (c) =>
        c.workbook.worksheets.getItem("Blad1").getRange("A1:B2").merge()
      )
    ).toBeNull();
    expect(standIn.snapshot().sheets[0].cells).toEqual({ A1: { value: "a" } });
  });
});

describe("the 1904 date system", () => {
  const dag = new Date(2021, 1, 24);

  test("a seeded date is stored as its 1904 serial, 1,462 lower", async () => {
    const serial = (date1904: boolean) =>
      ExcelEmulator.fromSheets([{ name: "Blad1", values: [[dag]] }], { date1904 }).values(
        "Blad1"
      )[0][0] as number;
    expect(serial(false) - serial(true)).toBe(1_462);
  });

  test("Range.text shows that serial as the same day", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", values: [[dag]] }], {
      date1904: true,
    });
    const text = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("text");
      await context.sync();
      return range.text[0][0];
    });
    expect(text).toBe("24-2-2021");
  });
});
