import { DEFAULT_PAYLOAD_LIMIT, FakeWorkbook, jsonBytes } from "../../../src/host/fake-excel";

/** Rows of text, roughly `bytes` big as JSON. */
function bulk(bytes: number, columns = 5): string[][] {
  const cell = "x".repeat(17); // 20 bytes as a JSON array element
  return Array.from({ length: Math.ceil(bytes / (columns * 20)) }, () =>
    Array.from({ length: columns }, () => cell)
  );
}

describe("sync counting", () => {
  test("each sync with queued commands counts once; an empty sync makes no round trip", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    const context = book.newContext();
    await context.sync();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["a"]];
    await context.sync();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
    await context.sync();
    expect(book.syncCount).toBe(2);
  });

  test("run() flushes commands left queued when the batch returns, as a counted final sync", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["a"]];
    });
    expect(book.syncs.map((s) => s.final ?? false)).toEqual([true]);
    expect(book.values("Blad1")).toEqual([["a"]]);
  });

  test("resetStats starts the count again", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").load("name");
      await context.sync();
    });
    book.resetStats();
    expect(book.syncCount).toBe(0);
  });
});

describe("payload accounting", () => {
  test("a write's request bytes include the JSON of its values; its response is small", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    const values = [
      ["Actie", 12],
      ["Bellen", true],
    ];
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").values = values;
      await context.sync();
    });
    expect(book.lastSync!.requestBytes).toBeGreaterThanOrEqual(jsonBytes(values));
    expect(book.lastSync!.requestBytes).toBeLessThan(jsonBytes(values) + 100);
    expect(book.lastSync!.responseBytes).toBe(0);
  });

  test("a read's response bytes are the JSON size of what came back (UTF-8)", async () => {
    const values = [
      ["Één", "ß"],
      ["x", 1],
    ];
    const book = FakeWorkbook.fromSheets([{ name: "Blad1", values }]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load("values");
      await context.sync();
    });
    expect(book.lastSync!.responseBytes).toBe(jsonBytes({ values }));
    expect(jsonBytes("Één")).toBe(2 + 2 + 1 + 2); // quotes, É (2 bytes), é (2 bytes), n
  });

  test("every action of a sync is recorded with its kind and target", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRanges("A1,A3").format.fill.color = "red";
      await context.sync();
    });
    expect(book.lastSync!.actions).toEqual([
      expect.objectContaining({
        kind: "RangeFill.color",
        target: expect.stringContaining("getRanges(A1,A3)"),
        write: true,
      }),
    ]);
  });
});

describe("the 5 MB limit of Excel on the web", () => {
  test.each([
    ["just under", DEFAULT_PAYLOAD_LIMIT - 200_000, undefined],
    ["over", DEFAULT_PAYLOAD_LIMIT + 100_000, "RequestPayloadSizeLimitExceeded"],
  ])("a request %s the limit", async (_label, bytes, code) => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }]);
    const values = bulk(bytes);
    const context = book.newContext();
    context.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, values.length, 5).values =
      values;
    const outcome = await context.sync().then(
      () => undefined,
      (e: { code: string }) => e.code
    );
    expect(outcome).toBe(code);
    // A refused request changes nothing.
    expect(book.values("Blad1").length).toBe(code ? 0 : values.length);
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    const values = bulk(DEFAULT_PAYLOAD_LIMIT + 100_000);
    const book = FakeWorkbook.fromSheets([{ name: "Blad1", values }]);
    const context = book.newContext();
    const range = context.workbook.worksheets.getItem("Blad1").getUsedRange(true);
    range.load("values");
    await expect(context.sync()).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
      name: "RichApi.Error",
    });
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(book.lastSync!.error).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("the limit can be lowered for tests", async () => {
    const book = FakeWorkbook.fromSheets([{ name: "Blad1" }], { payloadLimit: 1000 });
    const context = book.newContext();
    context.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, 100, 1).values = bulk(
      2000,
      1
    ).slice(0, 100);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
