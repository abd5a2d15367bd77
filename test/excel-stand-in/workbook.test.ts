import { ExcelEmulator, MAX_RANGES_ADDRESS } from "../../src/excel-stand-in";

const seeds = () =>
  ExcelEmulator.fromSheets([
    {
      name: "Actielijst",
      values: [
        ["Actie", "Status"],
        ["Bellen", "Open"],
        ["Mailen", "Klaar"],
      ],
      fills: { "A2:B2": "#FFC7CE" },
      hiddenRows: [2],
    },
    { name: "Notities", visibility: "VeryHidden" },
  ]);

/** Runs one batch with one sync. */
async function batch<T>(
  standIn: ExcelEmulator,
  queue: (context: Excel.RequestContext) => () => T
): Promise<T> {
  return standIn.run(async (context) => {
    const read = queue(context);
    await context.sync();
    return read();
  });
}

describe("sheets", () => {
  test("fromSheets keeps order, visibility and makes the first visible sheet active", async () => {
    const standIn = seeds();
    const listed = await batch(standIn, (c) => {
      const sheets = c.workbook.worksheets.load("name, visibility, position");
      const active = c.workbook.worksheets.getActiveWorksheet().load("name");
      return () => ({
        sheets: sheets.items.map((s) => [s.name, s.visibility, s.position]),
        active: active.name,
      });
    });
    expect(listed).toEqual({
      sheets: [
        ["Actielijst", "Visible", 0],
        ["Notities", "VeryHidden", 1],
      ],
      active: "Actielijst",
    });
  });

  test("add appends a visible sheet without activating it; names are unique regardless of case", async () => {
    const standIn = seeds();
    await batch(standIn, (c) => {
      c.workbook.worksheets.add("Dashboard");
      return () => undefined;
    });
    expect([standIn.sheetNames(), standIn.activeSheet()]).toEqual([
      ["Actielijst", "Notities", "Dashboard"],
      "Actielijst",
    ]);
    const context = standIn.newContext();
    context.workbook.worksheets.add("dashboard");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test.each([["a:b"], ["x".repeat(32)], [""], ["[1]"]])(
    "an invalid sheet name %j fails",
    async (name) => {
      const context = seeds().newContext();
      context.workbook.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  );

  test("the last visible sheet can be neither hidden nor deleted; a hidden sheet cannot be activated", async () => {
    const tries: Array<(c: Excel.RequestContext) => void> = [
      (c) => (c.workbook.worksheets.getItem("Actielijst").visibility = "Hidden"),
      (c) => c.workbook.worksheets.getItem("Actielijst").delete(),
      (c) => c.workbook.worksheets.getItem("Notities").activate(),
    ];
    for (const attempt of tries) {
      const context = seeds().newContext();
      attempt(context);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    }
  });

  test("deleting a sheet removes its tables and charts and moves the active sheet", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "A" },
      {
        name: "Dashboard",
        values: [
          ["Q", "n"],
          ["Q1", 1],
        ],
      },
    ]);
    await batch(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("Dashboard");
      sheet.tables.add(sheet.getRange("A1:B2"), true);
      sheet.charts.add("ColumnStacked", sheet.getRange("A1:B2"), "Columns");
      sheet.activate();
      return () => undefined;
    });
    expect([standIn.tables().length, standIn.charts().length, standIn.activeSheet()]).toEqual([
      1,
      1,
      "Dashboard",
    ]);
    await batch(standIn, (c) => {
      c.workbook.worksheets.getItem("Dashboard").delete();
      return () => undefined;
    });
    expect([
      standIn.sheetNames(),
      standIn.tables(),
      standIn.charts(),
      standIn.activeSheet(),
    ]).toEqual([["A"], [], [], "A"]);
  });
});

describe("ranges", () => {
  test.each<
    [string, (c: Excel.RequestContext) => { load(p: string): { address: string } }, string]
  >([
    [
      "getBoundingRect from A1",
      (c) =>
        c.workbook.worksheets
          .getItem("Actielijst")
          .getRange("A1")
          .getBoundingRect(c.workbook.worksheets.getItem("Actielijst").getUsedRange(true)),
      "Actielijst!A1:B3",
    ],
    [
      "getResizedRange",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRange("A1").getResizedRange(29, 29),
      "Actielijst!A1:AD30",
    ],
    [
      "getOffsetRange",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRange("A1:B2").getOffsetRange(1, 2),
      "Actielijst!C2:D3",
    ],
    [
      "getCell",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRange("B2:D9").getCell(1, 1),
      "Actielijst!C3",
    ],
    [
      "getEntireColumn",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRange("C4").getEntireColumn(),
      "Actielijst!C:C",
    ],
    [
      "getRangeByIndexes",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRangeByIndexes(4, 1, 2, 3),
      "Actielijst!B5:D6",
    ],
    [
      "a quoted sheet name",
      (c) => c.workbook.worksheets.getItem("Actielijst").getRange("'Actielijst'!$B$2"),
      "Actielijst!B2",
    ],
  ])("%s", async (_label, make, address) => {
    const result = await batch(seeds(), (c) => {
      const range = make(c).load("address");
      return () => range.address;
    });
    expect(result).toBe(address);
  });

  test("rowHidden: true, false, or null when mixed; getRowProperties per row", async () => {
    const result = await batch(seeds(), (c) => {
      const sheet = c.workbook.worksheets.getItem("Actielijst");
      const all = sheet.getRange("A3").load("rowHidden");
      const none = sheet.getRange("A1:A2").load("rowHidden");
      const mixed = sheet.getRange("A1:A3").load("rowHidden");
      const rows = sheet.getRange("A1:A3").getRowProperties({ rowHidden: true, rowIndex: true });
      return () => [all.rowHidden, none.rowHidden, mixed.rowHidden, rows.value];
    });
    expect(result).toEqual([
      true,
      false,
      null,
      [
        { rowIndex: 0, rowHidden: false },
        { rowIndex: 1, rowHidden: false },
        { rowIndex: 2, rowHidden: true },
      ],
    ]);
  });

  test("getCellProperties returns only what was asked; no fill reads white with pattern None", async () => {
    const props = await batch(seeds(), (c) => {
      const result = c.workbook.worksheets
        .getItem("Actielijst")
        .getRange("A1:A2")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return () => result.value;
    });
    expect(props).toEqual([
      [{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }],
      [{ format: { fill: { color: "#FFC7CE", pattern: "Solid" } } }],
    ]);
  });

  test("getRanges: fills many areas at once; clear() restores them; an address over 8,192 characters fails", async () => {
    const standIn = seeds();
    const before = standIn.snapshot();
    await batch(standIn, (c) => {
      const areas = c.workbook.worksheets.getItem("Actielijst").getRanges("A1:B1,A3:B3");
      areas.format.fill.color = "orange";
      return () => undefined;
    });
    expect(standIn.fills("Actielijst")).toMatchObject({
      A1: { color: "#FFA500", pattern: "Solid" },
      B3: { color: "#FFA500" },
    });
    await batch(standIn, (c) => {
      c.workbook.worksheets.getItem("Actielijst").getRanges("A1:B1;A3:B3").format.fill.clear();
      return () => undefined;
    });
    expect(standIn.snapshot()).toEqual(before);
    const context = standIn.newContext();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(MAX_RANGES_ADDRESS);
    context.workbook.worksheets.getItem("Actielijst").getRanges(long).format.fill.color = "red";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("formats, merge, clear and the used range (valuesOnly or not)", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Blad1", values: [["a", "b", "c"]] }]);
    await batch(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("Blad1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.horizontalAlignment = "Center";
      header.format.columnWidth = 90;
      header.numberFormat = [["@", "@", "0.00"]];
      sheet.getRange("A1:B1").merge();
      sheet.getRange("E9").format.wrapText = true;
      return () => undefined;
    });
    expect(standIn.cell("Blad1", "A1")).toEqual({
      value: "a",
      numberFormat: "@",
      font: { bold: true, italic: false, color: "#000000" },
      horizontalAlignment: "Center",
    });
    expect(standIn.values("Blad1")).toEqual([["a", "", "c"]]);
    expect(standIn.sheetInfo("Blad1")).toMatchObject({
      merges: ["A1:B1"],
      columnWidths: { A: 90, B: 90, C: 90 },
    });
    const used = await batch(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("Blad1");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      sheet.getRange("A1:C1").clear();
      const after = sheet.getUsedRangeOrNullObject(true);
      return () => [values.address, all.address, after.isNullObject];
    });
    expect(used).toEqual(["Blad1!A1:C1", "Blad1!A1:E9", true]);
    expect(standIn.sheetInfo("Blad1").merges).toEqual([]);
  });
});

describe("tables, charts, freeze panes, selection", () => {
  test("a table and a stacked column chart as the dashboard makes them", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Dashboard",
        values: [
          ["Kwartaal", "Opname", "Totaal"],
          ["Q1 2020", 3, 3],
        ],
      },
    ]);
    await batch(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("Dashboard");
      const table = sheet.tables.add(sheet.getRange("A1:C2"), true);
      table.name = "RegieMijlpalen";
      table.style = "TableStyleLight9";
      const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:B2"), "Columns");
      chart.name = "RegieGrafiek";
      chart.title.text = "Mijlpalen per kwartaal";
      chart.setPosition("E2", "L20");
      sheet.freezePanes.freezeRows(1);
      return () => undefined;
    });
    expect(standIn.tables()).toEqual([
      {
        name: "RegieMijlpalen",
        sheet: "Dashboard",
        address: "A1:C2",
        style: "TableStyleLight9",
        showHeaders: true,
      },
    ]);
    expect(standIn.charts()).toEqual([
      {
        name: "RegieGrafiek",
        sheet: "Dashboard",
        type: "ColumnStacked",
        source: "A1:B2",
        seriesBy: "Columns",
        title: "Mijlpalen per kwartaal",
        from: "E2",
        to: "L20",
        seriesFills: [null],
      },
    ]);
    expect(standIn.sheetInfo("Dashboard").frozenRows).toBe(1);
  });

  test("overlapping tables and duplicate table names fail", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Blad1",
        values: [
          ["a", "b"],
          [1, 2],
        ],
      },
    ]);
    await batch(standIn, (c) => {
      c.workbook.worksheets.getItem("Blad1").tables.add("A1:B2", true).name = "T";
      return () => undefined;
    });
    for (const [address, name, code] of [
      ["B2:C3", "U", "MergedRangeConflict"],
      ["E1:F2", "t", "ItemAlreadyExists"],
    ]) {
      const context = standIn.newContext();
      context.workbook.worksheets.getItem("Blad1").tables.add(address, true).name = name;
      await expect(context.sync()).rejects.toMatchObject({ code });
    }
  });

  test("select() moves the selection and the active sheet", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "A" }, { name: "B" }]);
    await batch(standIn, (c) => {
      const sheet = c.workbook.worksheets.getItem("B");
      sheet.activate();
      sheet.getRange("E5:H8").select();
      return () => undefined;
    });
    expect(standIn.selection()).toEqual({ sheet: "B", address: "E5:H8" });
  });
});
