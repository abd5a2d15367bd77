import { ExcelEmulator, type ProfileName } from "../../src/excel-stand-in";

const fresh = (profile: ProfileName = "web") =>
  ExcelEmulator.fromSheets(
    [
      {
        name: "Blad1",
        values: [
          ["Status", "Deadline"],
          ["Open", "1-3-2021"],
        ],
      },
      { name: "Ander", values: [["x"]] },
    ],
    { profile, locale: "nl-NL", inputYear: 2021 }
  );

/** Registers a handler on the sheet through Microsoft's library, in one sync, on a kept context. */
async function luister(excel: ExcelEmulator, sheet: string) {
  const args: Excel.WorksheetChangedEventArgs[] = [];
  const context = excel.newContext();
  const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (e) => {
    args.push(e);
  });
  await context.sync();
  return { args, context, result };
}

const pause = () => new Promise((r) => setTimeout(r, 5));

describe("Worksheet.onChanged through Microsoft's library", () => {
  test("adding the first handler sends _RegisterDataChangedEvent in that sync; removing the last, _Unregister", async () => {
    const excel = fresh();
    const { context, result } = await luister(excel, "Blad1");
    expect(excel.lastSync!.actions.map((a) => a.kind)).toContain(
      "Worksheet._RegisterDataChangedEvent"
    );
    expect(excel.changeRegistrations()).toEqual({ Blad1: 1 });
    result.remove();
    await context.sync();
    expect(excel.lastSync!.actions.map((a) => a.kind)).toContain(
      "Worksheet._UnregisterDataChangedEvent"
    );
    expect(excel.changeRegistrations()).toEqual({});
  });

  test("a cell the user types in reaches the handler as WorksheetChangedEventArgs, values before and after", async () => {
    const excel = fresh();
    const { args } = await luister(excel, "Blad1");
    await excel.typeAsUser("Blad1", "A2", "Gereed");
    await pause();
    expect(args).toHaveLength(1);
    expect(args[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "A2",
      changeType: "RangeEdited",
      source: "Local",
      details: { valueBefore: "Open", valueAfter: "Gereed" },
      triggerSource: "Unknown",
    });
    expect(excel.values("Blad1")[1][0]).toBe("Gereed");
  });

  test("typed text is read as the user's typing: a date becomes a serial", async () => {
    const excel = fresh();
    const { args } = await luister(excel, "Blad1");
    await excel.typeAsUser("Blad1", "B2", "15-4-2021");
    await pause();
    expect(args[0].details?.valueAfter).toBe(44301);
  });

  test("the add-in's own writes fire the event too, marked ThisLocalAddin from ExcelApi 1.14", async () => {
    const excel = fresh();
    const { args } = await luister(excel, "Blad1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["Gereed"]];
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [["a", "b"]];
      await context.sync();
    });
    await pause();
    expect(args.map((a) => [a.address, a.triggerSource])).toEqual([
      ["A2", "ThisLocalAddin"],
      ["A1:B1", "ThisLocalAddin"],
    ]);
    // details only for a single cell (WorksheetChangedEventArgs.details).
    expect(args[1].details).toBeUndefined();
  });

  test("at the manifest's floor (ExcelApi 1.13) events carry no triggerSource", async () => {
    const excel = fresh("minimum");
    const { args } = await luister(excel, "Blad1");
    await excel.typeAsUser("Blad1", "A2", "Gereed");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["Open"]];
      await context.sync();
    });
    await pause();
    expect(args).toHaveLength(2);
    expect(args.map((a) => a.triggerSource)).toEqual([undefined, undefined]);
  });

  test("only the sheet with a handler is told; another workbook's sheet with the same name is not", async () => {
    const excel = fresh();
    const other = fresh();
    const { args } = await luister(excel, "Blad1");
    const andere = await luister(other, "Blad1");
    await excel.typeAsUser("Ander", "A1", "y");
    await excel.typeAsUser("Blad1", "A1", "z");
    await pause();
    expect(args.map((a) => a.address)).toEqual(["A1"]);
    expect(andere.args).toEqual([]);
    expect(excel.changeEvents).toHaveLength(1);
  });

  test("no handler, no event", async () => {
    const excel = fresh();
    await excel.typeAsUser("Blad1", "A2", "Gereed");
    await pause();
    expect(excel.changeEvents).toHaveLength(0);
  });
});
