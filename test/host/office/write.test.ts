import { WEB } from "../../../src/excel-stand-in";
import type { WriteOp } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { MAX_RANGES_ADDRESS } from "../../../src/excel-stand-in";
import { hostError, setup, table } from "./helpers";

const RED = { pattern: "Solid", color: "#FF0000" };

describe("write(): fills", () => {
  test("fills on 2,000 scattered rows: one sync, a few getRanges calls, no address over 8,192 characters", async () => {
    const { standIn, port } = setup([{ name: "Actielijst", values: table(6001) }]);
    const rows = Array.from({ length: 2000 }, (_, i) => 2 + i * 3);
    await port.write([
      { kind: "fill", sheet: "Actielijst", addresses: rows.map((r) => `A${r}:H${r}`), fill: RED },
    ]);
    expect(standIn.syncCount).toBe(1);
    const fillCalls = standIn.lastSync!.actions.filter((a) => a.kind.startsWith("RangeFill"));
    expect(fillCalls.length).toBeLessThanOrEqual(5);
    for (const call of fillCalls) {
      const address = /getRanges\((.*)\)\.format\.fill$/.exec(call.target)![1];
      expect(address.length).toBeLessThanOrEqual(MAX_RANGES_ADDRESS);
    }
    const fills = standIn.fills("Actielijst");
    expect(Object.keys(fills)).toHaveLength(2000 * 8);
    expect(fills.H5999).toEqual({ color: "#FF0000", pattern: "Solid" });
    expect([fills.A3, fills.A5998]).toEqual([undefined, undefined]);
  });

  test.each([
    [
      "a solid colour",
      { pattern: "Solid", color: "#FFC7CE" },
      { color: "#FFC7CE", pattern: "Solid" },
    ],
    ["a pattern", { pattern: "Gray25", color: "#FFEB9C" }, { color: "#FFEB9C", pattern: "Gray25" }],
    ["None: the fill is removed", { pattern: "None", color: "#FFFFFF" }, undefined],
  ])("%s", async (_label, fill, expected) => {
    const { standIn, port } = setup([{ name: "Blad1", fills: { A1: "#00FF00" } }]);
    await port.write([{ kind: "fill", sheet: "Blad1", addresses: ["A1"], fill }]);
    expect(standIn.fills("Blad1").A1).toEqual(expected);
  });

  test("highlighting and then restoring the original fills leaves the workbook as it was", async () => {
    const { standIn, port } = setup([
      {
        name: "Blad1",
        values: table(20, 3),
        fills: { "A2:C2": "#DDEBF7", B5: { color: "#FFFF00", pattern: "Gray50" } },
      },
    ]);
    const before = standIn.snapshot();
    await port.write([
      { kind: "fill", sheet: "Blad1", addresses: ["A2:C2", "A5:C5", "A9:C9"], fill: RED },
    ]);
    await port.write([
      {
        kind: "fill",
        sheet: "Blad1",
        addresses: ["A2:C2"],
        fill: { pattern: "Solid", color: "#DDEBF7" },
      },
      {
        kind: "fill",
        sheet: "Blad1",
        addresses: ["A5", "C5", "A9:C9"],
        fill: { pattern: "None", color: "#FFFFFF" },
      },
      {
        kind: "fill",
        sheet: "Blad1",
        addresses: ["B5"],
        fill: { pattern: "Gray50", color: "#FFFF00" },
      },
    ]);
    expect(standIn.snapshot()).toEqual(before);
  });
});

describe("write(): values", () => {
  test.each([
    '=HYPERLINK("x")',
    "+cmd",
    "@SUM(A1)",
    "-2+3",
    "=1+1",
    "'quoted",
    "0012",
    "12",
    "TRUE",
    "#N/A",
    "€ 5",
    "(3)",
    "1-2-2021",
  ])("hostile or convertible text %j stays text", async (text) => {
    const { standIn, port } = setup([{ name: "Log" }]);
    await port.write([{ kind: "values", sheet: "Log", address: "B2", values: [["Oud", text]] }]);
    expect(standIn.values("Log")).toEqual([
      ["", "", ""],
      ["", "Oud", text],
    ]);
    expect(standIn.formulas("Log")).toEqual({});
  });

  test("numbers, booleans and empty cells are written as such; ragged rows are padded", async () => {
    const { standIn, port } = setup([
      {
        name: "Blad1",
        values: [
          ["x", "x", "x"],
          ["x", "x", "x"],
        ],
      },
    ]);
    await port.write([
      {
        kind: "values",
        sheet: "Blad1",
        address: "A1:C2",
        values: [
          [1, true],
          [null, "", "tekst"],
        ],
      },
    ]);
    expect(standIn.values("Blad1")).toEqual([
      [1, true, ""],
      ["", "", "tekst"],
    ]);
  });

  test("values over 4 MB go in consecutive syncs, each under 4 MB, in order", async () => {
    const values = table(20_000, 12); // about 5 MB as JSON
    const { standIn, port } = setup([{ name: "Groot" }]);
    await port.write([
      { kind: "addSheet", sheet: "Kopie" },
      { kind: "values", sheet: "Kopie", address: "A1", values },
      {
        kind: "values",
        sheet: "Kopie",
        address: "A1",
        values: [["Eerste cel, als laatste geschreven"]],
      },
    ]);
    expect(standIn.syncCount).toBeGreaterThan(1);
    expect(standIn.syncs.every((s) => !s.error && s.requestBytes < 4_000_000)).toBe(true);
    const written = standIn.values("Kopie");
    expect(written.length).toBe(20_000);
    expect(written[0][0]).toBe("Eerste cel, als laatste geschreven");
    expect(written[19_999]).toEqual(values[19_999]);
  }, 30_000);
});

describe("write(): guards on what the cells hold", () => {
  const blad = () =>
    setup([
      {
        name: "Acties",
        values: [
          ["a", "Anja"],
          ["b", 5],
        ],
      },
    ]);
  const zet = (cell: string, value: string): WriteOp => ({
    kind: "values",
    sheet: "Acties",
    address: cell,
    values: [[value]],
  });

  test("guards are read before anything is written, and again in the same sync as the writes", async () => {
    const { standIn, port } = blad();
    await port.write([
      { kind: "expect", sheet: "Acties", cell: "B1", value: "Anja " },
      { kind: "expect", sheet: "Acties", cell: "B2", value: "5" },
      zet("B1", "Anja Woortman"),
      zet("B2", "Vijf"),
    ]);
    // The guard read, then the writes (issue 24, case 12: a changed cell is refused before anything
    // is written, so no rollback is needed that a closed pane could prevent).
    expect(standIn.syncCount).toBe(2);
    // The first sync writes only the write lock (schrijfslot.ts), nothing of the user's.
    expect(
      standIn.syncs[0].actions.some((a) => a.write && !a.target.includes("Regie-schrijfslot"))
    ).toBe(false);
    expect(standIn.values("Acties")).toEqual([
      ["a", "Anja Woortman"],
      ["b", "Vijf"],
    ]);
  });

  test("a cell that holds something else: HostError changed, with what every guarded cell held", async () => {
    const { port } = blad();
    const error = await hostError(
      port.write([
        { kind: "expect", sheet: "Acties", cell: "B1", value: "Anja" },
        { kind: "expect", sheet: "Acties", cell: "A2", value: "c" },
        zet("A2", "d"),
      ])
    );
    expect(error.code).toBe("changed");
    expect(hostFoutTekst(error)).toBe(
      'Cel Acties!A2 is gewijzigd sinds de voorvertoning (nu "b", was "c"). Maak een nieuwe voorvertoning.'
    );
    expect(error.guardedBefore).toEqual([
      { sheet: "Acties", cell: "B1", value: "Anja" },
      { sheet: "Acties", cell: "A2", value: "b" },
    ]);
    // Found by the guard read: nothing was written.
    expect(error.nothingWritten).toBe(true);
  });

  test("a formula over a guarded cell is a change, even when its result is the expected value", async () => {
    const { standIn, port } = setup([
      { name: "Acties", values: [["a", '="Anja"']], results: { B1: "Anja" } },
    ]);
    const error = await hostError(
      port.write([{ kind: "expect", sheet: "Acties", cell: "B1", value: "Anja" }, zet("B1", "x")])
    );
    expect(error.guardedBefore).toEqual([
      { sheet: "Acties", cell: "B1", value: "Anja", formula: '="Anja"' },
    ]);
    expect(standIn.formulas("Acties")).toEqual({ B1: '="Anja"' });
  });

  test("a text that starts with = is a constant, not a formula", async () => {
    const { standIn, port } = setup([{ name: "Acties", values: [["a", "'=Anja"]] }]);
    await port.write([
      { kind: "expect", sheet: "Acties", cell: "B1", value: "=Anja" },
      zet("B1", "x"),
    ]);
    expect(standIn.values("Acties")[0][1]).toBe("x");
  });

  test("a formula op puts a formula back", async () => {
    const { standIn, port } = setup([{ name: "Acties", values: [["a", 1]] }]);
    await port.write([{ kind: "formula", sheet: "Acties", cell: "B1", formula: "=1+1" }]);
    expect(standIn.formulas("Acties")).toEqual({ B1: "=1+1" });
  });
});

describe("write(): sheets, formats, tables and charts", () => {
  test("a whole dashboard in one sync, in order", async () => {
    const { standIn, port } = setup([
      { name: "Mijlpalen", values: [["x"]] },
      { name: "Dashboard", values: [["oud"]] },
    ]);
    const ops: WriteOp[] = [
      { kind: "deleteSheet", sheet: "Dashboard" },
      { kind: "addSheet", sheet: "Dashboard", activate: true },
      {
        kind: "values",
        sheet: "Dashboard",
        address: "A1",
        values: [
          ["Kwartaal", "Opname", "Totaal"],
          ["Q1 2020", 3, 3],
        ],
      },
      {
        kind: "format",
        sheet: "Dashboard",
        address: "A1:C1",
        bold: true,
        fill: { pattern: "Solid", color: "#DDEBF7" },
        horizontalAlignment: "Center",
        columnWidth: 80,
      },
      {
        kind: "format",
        sheet: "Dashboard",
        address: "B2:C2",
        numberFormat: "0",
        italic: true,
        fontColor: "#808080",
        wrapText: true,
      },
      {
        kind: "table",
        sheet: "Dashboard",
        address: "A1:C2",
        name: "RegieMijlpalen",
        style: "TableStyleMedium2",
      },
      {
        kind: "chart",
        sheet: "Dashboard",
        source: "A1:B2",
        name: "RegieGrafiek",
        type: "ColumnStacked",
        title: "Mijlpalen",
        seriesBy: "Columns",
        from: "E2",
        to: "L20",
      },
      { kind: "freezeRows", sheet: "Dashboard", rows: 1 },
      { kind: "addSheet", sheet: "Wijzigingslog", visibility: "Hidden" },
      { kind: "activate", sheet: "Mijlpalen" },
    ];
    await port.write(ops);
    expect(standIn.syncCount).toBe(1);
    expect(standIn.sheetNames()).toEqual(["Mijlpalen", "Dashboard", "Wijzigingslog"]);
    expect(standIn.activeSheet()).toBe("Mijlpalen");
    expect(standIn.sheetInfo("Wijzigingslog").visibility).toBe("Hidden");
    expect(standIn.values("Dashboard")).toEqual([
      ["Kwartaal", "Opname", "Totaal"],
      ["Q1 2020", 3, 3],
    ]);
    expect(standIn.cell("Dashboard", "A1")).toMatchObject({
      fill: { color: "#DDEBF7", pattern: "Solid" },
      font: { bold: true },
      horizontalAlignment: "Center",
    });
    expect(standIn.cell("Dashboard", "C2")).toMatchObject({
      numberFormat: "0",
      font: { italic: true, color: "#808080" },
      wrapText: true,
    });
    expect(standIn.sheetInfo("Dashboard")).toMatchObject({
      frozenRows: 1,
      columnWidths: { A: 80, B: 80, C: 80 },
    });
    expect(standIn.tables()).toEqual([
      {
        name: "RegieMijlpalen",
        sheet: "Dashboard",
        address: "A1:C2",
        style: "TableStyleMedium2",
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
        title: "Mijlpalen",
        from: "E2",
        to: "L20",
        seriesFills: [null],
      },
    ]);
  });

  test("chart: a solid fill per series in the op's order (ChartFill.setSolidColor), in the same sync", async () => {
    const { standIn, port } = setup([
      {
        name: "Dashboard",
        values: [
          ["Kwartaal", "Nog niet gestart", "Opname", "Voltooid"],
          ["Q4 2019", 2887, 546, 346],
        ],
      },
    ]);
    await port.write([
      {
        kind: "chart",
        sheet: "Dashboard",
        source: "A1:D2",
        name: "RegieGrafiek",
        type: "ColumnStacked",
        title: "Mijlpalen",
        seriesBy: "Columns",
        from: "F1",
        to: "M20",
        seriesColors: ["#B3B3B3", "#56B4E9", "#009E73"],
      },
    ]);
    expect(standIn.syncCount).toBe(1);
    expect(standIn.charts()[0].seriesFills).toEqual(["#B3B3B3", "#56B4E9", "#009E73"]);
    const fills = standIn.lastSync!.actions.filter((a) => a.kind === "ChartFill.setSolidColor");
    expect(fills.map((a) => a.target)).toEqual(
      [0, 1, 2].map((i) => expect.stringContaining(`series.getItemAt(${i}).format.fill`))
    );
  });

  test("pageLayout: landscape, a print area and fit to one page, in one sync", async () => {
    const { standIn, port } = setup([{ name: "Dashboard", values: table(5, 3) }]);
    await port.write([
      {
        kind: "pageLayout",
        sheet: "Dashboard",
        orientation: "Landscape",
        printArea: "A1:T30",
        fitToPages: { wide: 1, tall: 1 },
      },
    ]);
    expect(standIn.syncCount).toBe(1);
    expect(standIn.sheetInfo("Dashboard").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "Letter",
      printArea: "A1:T30",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: null,
      rowBreaks: [],
    });
  });

  test("pageLayout: A4, rows repeated on every page and page breaks above rows, in one sync", async () => {
    const { standIn, port } = setup([{ name: "Dashboard", values: table(5, 3) }]);
    await port.write([
      {
        kind: "pageLayout",
        sheet: "Dashboard",
        orientation: "Landscape",
        paperSize: "A4",
        fitToPages: { wide: 1, tall: 0 },
        printTitleRows: "$6:$6",
        rowBreaks: [40, 75],
      },
    ]);
    expect(standIn.syncCount).toBe(1);
    expect(standIn.sheetInfo("Dashboard").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: null,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "6:6",
      rowBreaks: [40, 75],
    });
  });

  test("pageLayout on a protected sheet is refused like any other write", async () => {
    const { port } = setup([{ name: "Dashboard", protected: true }]);
    const error = await hostError(
      port.write([{ kind: "pageLayout", sheet: "Dashboard", orientation: "Landscape" }])
    );
    expect(error.code).toBe("protected");
  });

  test("clearSheet removes values and formats", async () => {
    const { standIn, port } = setup([
      { name: "Blad1", values: table(5, 3), fills: { A1: "red" }, merges: ["A4:B4"] },
    ]);
    await port.write([{ kind: "clearSheet", sheet: "Blad1" }]);
    expect(standIn.snapshot().sheets[0]).toMatchObject({ cells: {}, merges: [] });
  });

  test("no operations, no round trip", async () => {
    const { standIn, port } = setup([{ name: "Blad1" }]);
    await port.write([]);
    expect(standIn.syncCount).toBe(0);
  });
});

describe("write(): errors become HostErrors, never swallowed", () => {
  const values: WriteOp = { kind: "values", sheet: "Blad1", address: "A1", values: [["x"]] };

  test("a protected sheet", async () => {
    const { port } = setup([{ name: "Blad1", protected: true }]);
    const error = await hostError(port.write([values]));
    expect(error.code).toBe("protected");
    expect(hostFoutTekst(error)).toMatch(/beveiligd/);
    expect(error.cause).toMatchObject({ code: "AccessDenied" });
  });

  test("a payload over the limit is written in smaller pieces; one value over it is too large", async () => {
    const profile = { ...WEB, payloadLimit: 2_000 };
    const { standIn, port } = setup([{ name: "Blad1" }], { profile });
    const rows = table(100, 4);
    await port.write([{ kind: "values", sheet: "Blad1", address: "A1", values: rows }]);
    expect(standIn.values("Blad1")).toEqual(rows);
    const huge = "x".repeat(5_000);
    const error = await hostError(
      port.write([{ kind: "values", sheet: "Blad1", address: "A1", values: [[huge]] }])
    );
    expect(error.code).toBe("too-large");
    expect(standIn.values("Blad1")).toEqual(rows);
  });

  test("a sheet that does not exist", async () => {
    const { port } = setup([{ name: "Andere" }]);
    expect((await hostError(port.write([values]))).code).toBe("missing-sheet");
  });

  test("any other failure, flagged as partial: part may have been applied", async () => {
    const { standIn, port } = setup([{ name: "Blad1" }]);
    // The write lock's two writes (its sheet's visibility, its claim) come first, then the value.
    standIn.faults.failNextSync({ code: "GeneralException", afterWrites: 3 });
    const error = await hostError(
      port.write([values, { kind: "freezeRows", sheet: "Blad1", rows: 1 }])
    );
    expect(error.code).toBe("sync-failed");
    expect(hostFoutTekst(error)).toBe("Excel kon het schrijven niet afronden. (GeneralException)");
    expect(error.partial).toBe(true);
    expect(standIn.values("Blad1")).toEqual([["x"]]);
  });
});
