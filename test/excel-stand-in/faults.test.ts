import { ExcelEmulator } from "../../src/excel-stand-in";

/** Three writes to A1, A2, A3 in one batch. */
function queueThree(context: Excel.RequestContext): void {
  const sheet = context.workbook.worksheets.getItem("Blad1");
  ["een", "twee", "drie"].forEach((text, i) => (sheet.getRange(`A${i + 1}`).values = [[text]]));
}

const fresh = () =>
  ExcelEmulator.fromSheets([
    { name: "Blad1" },
    { name: "Beveiligd", protected: true, values: [["x"]] },
  ]);

describe("fault injection", () => {
  test.each([
    ["before anything is applied", 0, []],
    ["after one action: a half-applied batch", 1, [["een"]]],
    ["after two actions", 2, [["een"], ["twee"]]],
  ])("a failing sync %s", async (_label, afterWrites, applied) => {
    const standIn = fresh();
    standIn.faults.failNextSync({ code: "GeneralException", afterWrites });
    const context = standIn.newContext();
    queueThree(context);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(standIn.values("Blad1")).toEqual(applied);
    expect(standIn.lastSync!.error).toBe("GeneralException");
  });

  test("a chosen sync by number fails, the others pass", async () => {
    const standIn = fresh();
    standIn.faults.failSync(2, { code: "InvalidOperation" });
    const context = standIn.newContext();
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      context.workbook.worksheets.getItem("Blad1").getRange(`B${i + 1}`).values = [[i]];
      outcomes.push(
        await context.sync().then(
          () => "ok",
          (e: { code: string }) => e.code
        )
      );
    }
    expect(outcomes).toEqual(["ok", "InvalidOperation", "ok"]);
  });

  test("a chosen write fails; the writes before it in the batch stay applied", async () => {
    const standIn = fresh();
    standIn.faults.failWrite({ kind: "Range.values", nth: 2 }, { code: "AccessDenied" });
    const context = standIn.newContext();
    queueThree(context);
    expect(standIn.faults.firedWrites).toBe(0);
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(standIn.values("Blad1")).toEqual([["een"]]);
    expect(standIn.faults.firedWrites).toBe(1);
  });

  test("write faults can target a sheet and a family of kinds", async () => {
    const standIn = fresh();
    standIn.faults.failWrite({ kind: /^RangeFill\./, sheet: "blad1" });
    const context = standIn.newContext();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1").values = [["ok"]];
    sheet.getRange("A1").format.fill.color = "#FF0000";
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(standIn.values("Blad1")).toEqual([["ok"]]);
    expect(standIn.fills("Blad1")).toEqual({});
  });

  test("clear() removes planned faults", async () => {
    const standIn = fresh();
    standIn.faults.failNextSync();
    standIn.faults.clear();
    const context = standIn.newContext();
    queueThree(context);
    await expect(context.sync()).resolves.toBeUndefined();
  });
});

describe("protected sheets", () => {
  test.each<[string, (context: Excel.RequestContext) => void]>([
    ["values", (c) => (c.workbook.worksheets.getItem("Beveiligd").getRange("A2").values = [["y"]])],
    [
      "fill",
      (c) =>
        (c.workbook.worksheets.getItem("Beveiligd").getRanges("A1,A3").format.fill.color = "red"),
    ],
    ["clear", (c) => c.workbook.worksheets.getItem("Beveiligd").getRange("A1").clear()],
    ["table", (c) => c.workbook.worksheets.getItem("Beveiligd").tables.add("A1:B2", true)],
  ])(
    "writing %s fails at sync with AccessDenied, after the earlier writes",
    async (_label, queue) => {
      const standIn = fresh();
      const before = standIn.snapshot().sheets[1];
      const context = standIn.newContext();
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["eerder"]];
      queue(context);
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      expect(standIn.values("Blad1")).toEqual([["eerder"]]);
      expect(standIn.snapshot().sheets[1]).toEqual(before);
    }
  );

  test("reading, activating and selecting a protected sheet is allowed", async () => {
    const standIn = fresh();
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Beveiligd");
      sheet.activate();
      sheet.getRange("A1").select();
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
    });
    expect(standIn.selection()).toEqual({ sheet: "Beveiligd", address: "A1" });
  });
});
