import { ExcelEmulator } from "../../src/excel-stand-in";

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
