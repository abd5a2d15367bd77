import { ExcelEmulator, WEB } from "../../../src/host/excel-emulator";
import { utf8Length } from "../../../src/host/json-bytes";

// Microsoft's client library (excel-web-16.00.js) talks to the emulator: one context.sync() is one
// ProcessQuery request, and the records hold the bytes of the real serialized request and answer.
const book = (profile: "web" | "desktop" = "web") =>
  ExcelEmulator.fromSheets([{ name: "Blad1", values: [["a"]] }], { profile });

describe("one sync is one request", () => {
  test("each sync with queued commands counts once; an empty sync sends nothing", async () => {
    const fake = book();
    const context = fake.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
    await context.sync();
    await context.sync();
    context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["b"]];
    await context.sync();
    expect(fake.syncCount).toBe(2);
    expect(fake.values("Blad1")).toEqual([["a"], ["b"]]);
  });

  test("Excel.run's closing release of kept ranges is recorded as a cleanup, not counted", async () => {
    const fake = book();
    const value = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
      await context.sync();
      return range.values[0][0];
    });
    expect(value).toBe("a");
    await new Promise((resolve) => setTimeout(resolve, 0)); // the cleanup is not awaited by run()
    expect(fake.syncCount).toBe(1);
    expect(fake.requests.map((r) => r.cleanup ?? false)).toEqual([false, true]);
  });

  test("bytes are those of the real request and answer", async () => {
    const fake = book();
    const values = Array.from({ length: 100 }, (_, i) => [`Één ${i}`]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:A100").values = values;
      await context.sync();
    });
    const sync = fake.lastSync!;
    expect(sync.requestBytes).toBeGreaterThan(utf8Length(JSON.stringify(values)));
    expect(sync.actions.filter((a) => a.write).map((a) => a.kind)).toEqual(["Range.values"]);
  });

  test("PropertyNotLoaded comes from Microsoft's library, before any request", async () => {
    const fake = book();
    const context = fake.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.syncCount).toBe(0);
  });
});

describe("payload limits per platform", () => {
  const big = Array.from({ length: 60_000 }, (_, i) => [`regel ${i} `.padEnd(100, "x"), i]);

  test("Excel on the web refuses a request over 5 MB and changes nothing", async () => {
    const fake = book("web");
    const context = fake.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange(`A1:B${big.length}`).values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.lastSync!.requestBytes).toBeGreaterThan(WEB.payloadLimit!);
    expect(fake.values("Blad1")).toEqual([["a"]]);
  });

  test("desktop Excel takes the same request", async () => {
    const fake = book("desktop");
    const context = fake.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange(`A1:B${big.length}`).values = big;
    await context.sync();
    expect(fake.values("Blad1")).toHaveLength(big.length);
  });

  test("on the web an answer over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const fake = ExcelEmulator.fromSheets([{ name: "Blad1", values: big }]);
    const context = fake.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getUsedRange(true).load("values");
    await expect(context.sync()).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(() => range.values).toThrow();
  });

  test("a read of more than 5 million cells fails on every platform", async () => {
    for (const profile of ["web", "desktop"] as const) {
      const context = book(profile).newContext();
      context.workbook.worksheets.getItem("Blad1").getRange("A1:Z200000").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    }
  });
});
