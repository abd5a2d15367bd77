import { ExcelEmulator, type ProfileName } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import type { SheetChange } from "../../../src/app/ports";

const fresh = (profile: ProfileName = "web") =>
  ExcelEmulator.fromSheets(
    [
      {
        name: "Actielijst",
        values: [
          ["Status", "Deadline"],
          ["Open", "1-3-2021"],
          ["Open", "=TODAY()"],
        ],
      },
      { name: "Ander", values: [["x"]] },
    ],
    { profile, locale: "nl-NL", inputYear: 2021 }
  );

const portOp = (excel: ExcelEmulator, klok = Date.now) =>
  new OfficeWorkbookPort(excel.run, {
    runOn: excel.runOn,
    vereisten: excel.requirements,
    klok,
    wacht: async () => {},
  });

const pause = () => new Promise((r) => setTimeout(r, 5));

describe.each<ProfileName>(["web", "minimum"])("onSheetChanged (%s)", (profile) => {
  test("the user's edit reaches the listener, registered in one sync", async () => {
    const excel = fresh(profile);
    const port = portOp(excel);
    const changes: SheetChange[] = [];
    excel.resetStats();
    const stop = await port.onSheetChanged("Actielijst", (c) => changes.push(c));
    expect(stop).not.toBeNull();
    expect(excel.syncCount).toBe(1);
    await excel.typeAsUser("Actielijst", "A2", "Gereed");
    await pause();
    expect(changes).toEqual([{ sheet: "Actielijst", address: "A2" }]);
    await stop!();
    expect(excel.changeRegistrations()).toEqual({});
    await excel.typeAsUser("Actielijst", "A2", "Open");
    await pause();
    expect(changes).toHaveLength(1);
  });

  test("Regie's own writes fire events but do not reach the listener", async () => {
    const excel = fresh(profile);
    const port = portOp(excel);
    const changes: SheetChange[] = [];
    await port.onSheetChanged("Actielijst", (c) => changes.push(c));
    await port.write([
      { kind: "values", sheet: "Actielijst", address: "A2", values: [["Gereed"]] },
    ]);
    await pause();
    expect(excel.changeEvents.length).toBeGreaterThan(0);
    expect(changes).toEqual([]);
    await excel.typeAsUser("Actielijst", "B2", "15-4-2021");
    await pause();
    expect(changes).toEqual([{ sheet: "Actielijst", address: "B2" }]);
  });

  test("the listener's registration writes nothing", async () => {
    const excel = fresh(profile);
    const port = portOp(excel);
    excel.resetStats();
    const stop = await port.onSheetChanged("Actielijst", () => {});
    await excel.typeAsUser("Actielijst", "A2", "Gereed");
    await pause();
    await stop!();
    expect(excel.requests.flatMap((s) => s.actions).filter((a) => a.write)).toEqual([]);
  });
});

test("below ExcelApi 1.14, a user's edit of a cell Regie wrote long ago is the user's", async () => {
  let nu = 1_000_000;
  const excel = fresh("minimum");
  const port = portOp(excel, () => nu);
  const changes: SheetChange[] = [];
  await port.onSheetChanged("Actielijst", (c) => changes.push(c));
  await port.write([{ kind: "values", sheet: "Actielijst", address: "A2", values: [["Gereed"]] }]);
  await pause();
  expect(changes).toEqual([]);
  nu += 5_000;
  await excel.typeAsUser("Actielijst", "A2", "Open");
  await pause();
  expect(changes).toEqual([{ sheet: "Actielijst", address: "A2" }]);
});

test("no requirement sets known: no listening, and no sync", async () => {
  const excel = fresh();
  const port = new OfficeWorkbookPort(excel.run, { vereisten: null });
  excel.resetStats();
  expect(await port.onSheetChanged("Actielijst", () => {})).toBeNull();
  expect(excel.syncCount).toBe(0);
});

test("readRows: values and formula cells of whole rows, in one sync", async () => {
  const excel = fresh();
  const port = portOp(excel);
  excel.resetStats();
  const rows = await port.readRows("Actielijst", [{ top: 2, bottom: 2 }], 2);
  expect(excel.syncCount).toBe(1);
  expect(rows).toEqual([
    {
      top: 2,
      bottom: 2,
      values: [["Open", 0]],
      formulas: [{ top: 2, left: 1, bottom: 2, right: 1 }],
    },
  ]);
});
