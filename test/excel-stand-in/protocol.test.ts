import { ExcelEmulator, WEB } from "../../src/excel-stand-in";
import { utf8Length } from "../../src/host/json-bytes";

// Microsoft's client library (excel-web-16.00.js) talks to the emulator: one context.sync() is one
// ProcessQuery request, and the records hold the bytes of the real serialized request and answer.
const book = (profile: "web" | "desktop" = "web") =>
  ExcelEmulator.fromSheets([{ name: "Blad1", values: [["a"]] }], { profile });

describe("one sync is one request", () => {
  test("each sync with queued commands counts once; an empty sync sends nothing", async () => {
    const standIn = book();
    const context = standIn.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
    await context.sync();
    await context.sync();
    context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["b"]];
    await context.sync();
    expect(standIn.syncCount).toBe(2);
    expect(standIn.values("Blad1")).toEqual([["a"], ["b"]]);
  });

  test("Excel.run's closing release of kept ranges is recorded as a cleanup, not counted", async () => {
    const standIn = book();
    const value = await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
      await context.sync();
      return range.values[0][0];
    });
    expect(value).toBe("a");
    await new Promise((resolve) => setTimeout(resolve, 0)); // the cleanup is not awaited by run()
    expect(standIn.syncCount).toBe(1);
    expect(standIn.requests.map((r) => r.cleanup ?? false)).toEqual([false, true]);
  });

  test("bytes are those of the real request and answer", async () => {
    const standIn = book();
    const values = Array.from({ length: 100 }, (_, i) => [`Één ${i}`]);
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:A100").values = values;
      await context.sync();
    });
    const sync = standIn.lastSync!;
    expect(sync.requestBytes).toBeGreaterThan(utf8Length(JSON.stringify(values)));
    expect(sync.actions.filter((a) => a.write).map((a) => a.kind)).toEqual(["Range.values"]);
  });

  test("each recorded action names its object as code would, and its own bytes", async () => {
    const standIn = book();
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A2").values = [["b"]];
      sheet.getRange("A2").format.fill.color = "#FFFF00";
      sheet.getRanges("A1,A3").format.fill.clear();
      const kept = sheet.getRange("B1");
      kept.track();
      await context.sync();
      kept.values = [["c"]];
      await context.sync();
    });
    const [first, second] = standIn.syncs;
    const writes = (s: typeof first) => s.actions.filter((a) => a.write);
    expect(writes(first).map((a) => `${a.kind} on ${a.target}`)).toEqual([
      "Range.values on worksheets[Blad1].getRange(A2)",
      "RangeFill.color on worksheets[Blad1].getRange(A2).format.fill",
      "RangeFill.clear on worksheets[Blad1].getRanges(A1,A3).format.fill",
    ]);
    expect(writes(second).map((a) => `${a.kind} on ${a.target}`)).toEqual([
      "Range.values on ref(Blad1!0,1:0,1)",
    ]);
    for (const a of first.actions) expect(a.bytes).toBeGreaterThan(10);
    expect(first.actions.reduce((sum, a) => sum + a.bytes, 0)).toBeLessThan(first.requestBytes);
  });

  test("PropertyNotLoaded comes from Microsoft's library, before any request", async () => {
    const standIn = book();
    const context = standIn.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(standIn.syncCount).toBe(0);
  });
});

describe("payload limits per platform", () => {
  const big = Array.from({ length: 60_000 }, (_, i) => [`regel ${i} `.padEnd(100, "x"), i]);

  test("Excel on the web refuses a request over 5 MB and changes nothing", async () => {
    const standIn = book("web");
    const context = standIn.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange(`A1:B${big.length}`).values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(standIn.lastSync!.requestBytes).toBeGreaterThan(WEB.payloadLimit!);
    expect(standIn.values("Blad1")).toEqual([["a"]]);
  });

  test("desktop Excel takes the same request", async () => {
    const standIn = book("desktop");
    const context = standIn.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange(`A1:B${big.length}`).values = big;
    await context.sync();
    expect(standIn.values("Blad1")).toHaveLength(big.length);
  });

  test("on the web an answer over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", values: big }]);
    const context = standIn.newContext();
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
