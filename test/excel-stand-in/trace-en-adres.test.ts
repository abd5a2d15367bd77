import { ExcelEmulator, MAX_RANGES_ADDRESS } from "../../src/excel-stand-in";

const fresh = () =>
  ExcelEmulator.fromSheets([
    { name: "Blad1", values: [["a"]] },
    { name: "Beveiligd", protected: true, values: [["x"]] },
  ]);

/** The error a promise rejects with, or null. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) =>
      e as { code?: string; traceMessages?: string[]; debugInfo?: Record<string, unknown> }
  );

describe("context.trace()", () => {
  test("a sync with trace messages goes through", async () => {
    const excel = fresh();
    const context = excel.newContext();
    context.trace("begin");
    context.workbook.worksheets.getItem("Blad1").getRange("B1").values = [["b"]];
    context.trace("eind");
    await context.sync();
    expect(excel.values("Blad1")).toEqual([["a", "b"]]);
    expect(excel.lastSync!.actions.filter((a) => a.kind === "trace")).toHaveLength(2);
  });

  // OfficeExtension.Error.traceMessages: the trace messages executed before the error, and only those.
  test("a failing sync names the traces reached before the error", async () => {
    const excel = fresh();
    const context = excel.newContext();
    context.trace("voor");
    context.workbook.worksheets.getItem("Beveiligd").getRange("A1").values = [["y"]];
    context.trace("na");
    const error = await failure(context.sync());
    expect(error).toMatchObject({ code: "AccessDenied", traceMessages: ["voor"] });
  });
});

describe("Worksheet.getRange: the 8,192-character address limit", () => {
  test("an address over the limit fails with InvalidArgument, named as the limit", async () => {
    const excel = fresh();
    const context = excel.newContext();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(MAX_RANGES_ADDRESS);
    context.workbook.worksheets.getItem("Blad1").getRange(long).load("address");
    const error = await failure(context.sync());
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect(String(error?.debugInfo?.errorLocation)).toMatch(
      /^Worksheet\.getRange: address of \d+ characters, more than 8192$/
    );
  });

  test("an ordinary address still works", async () => {
    const excel = fresh();
    const context = excel.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load("address");
    await context.sync();
    expect(range.address).toBe("Blad1!A1:B2");
  });
});
