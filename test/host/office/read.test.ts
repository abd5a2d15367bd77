import { WEB } from "../../../src/excel-stand-in";
import { hostError, setup, table } from "./helpers";
import { hostFoutTekst } from "../../../src/app/host-berichten";

describe("read()", () => {
  // The 5,000-row table's numbers reach 20,000 from row 2,000 on: they may be dates, and no date cell
  // in the top rows tells the date system, so one more sync reads the text of a few (date-system.ts).
  test.each([
    [50, 1],
    [5000, 2],
  ])("a %i-row sheet in %i sync(s)", async (rows, syncs) => {
    const values = table(rows);
    const { standIn, port } = setup([{ name: "Actielijst", values }]);
    const [read] = await port.read([{ sheet: "Actielijst", fills: true }]);
    expect(standIn.syncCount).toBe(syncs);
    expect(read!.grid.values).toEqual(values);
    expect(read!.fills).toHaveLength(rows);
    expect(standIn.lastSync!.responseBytes).toBeLessThan(WEB.payloadLimit!);
  });

  test("several sheets in one sync; a missing optional sheet is null; names as the workbook spells them", async () => {
    const { standIn, port } = setup([
      { name: "Actielijst", values: [["a"]] },
      { name: "Accounthouders", values: [["Naam"], ["Jansen"]] },
    ]);
    const reads = await port.read([
      { sheet: "actielijst" },
      { sheet: "Wijzigingslog", optional: true },
      { sheet: "Accounthouders" },
    ]);
    expect(standIn.syncCount).toBe(1);
    expect(reads.map((r) => r && r.grid)).toEqual([
      { sheet: "Actielijst", values: [["a"]], merges: [] },
      null,
      { sheet: "Accounthouders", values: [["Naam"], ["Jansen"]], merges: [] },
    ]);
  });

  test("a missing required sheet is a HostError naming it, in Dutch", async () => {
    const { port } = setup([{ name: "Actielijst" }]);
    const error = await hostError(port.read([{ sheet: "Mijlpalen" }]));
    expect(error.code).toBe("missing-sheet");
    expect(hostFoutTekst(error)).toBe(
      'Het werkblad "Mijlpalen" bestaat niet (meer) in deze werkmap.'
    );
  });

  test("values from A1 to the last used cell, merged areas, fills and hidden rows", async () => {
    const { port } = setup([
      {
        name: "Actielijst",
        values: [[], ["", "Groep", "Actie"], ["", "A", "Bellen"], ["", "", "Mailen"]],
        merges: ["B3:B4", "E5:H8"],
        fills: { "B3:C3": "#FFC7CE", D4: { color: "#FFFF00", pattern: "Gray50" } },
        hiddenRows: [3, 20],
      },
    ]);
    const [read] = await port.read([{ sheet: "Actielijst", fills: true }]);
    expect(read!.grid.values).toEqual([
      ["", "", ""],
      ["", "Groep", "Actie"],
      ["", "A", "Bellen"],
      ["", "", "Mailen"],
    ]);
    expect(read!.grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(read!.fills![2]).toEqual([
      { pattern: "None", color: "#FFFFFF" },
      { pattern: "Solid", color: "#FFC7CE" },
      { pattern: "Solid", color: "#FFC7CE" },
    ]);
    expect(read!.hiddenRows).toEqual([3]);
  });

  test("without fills: no fills in the answer and no cell properties asked for", async () => {
    const { standIn, port } = setup([{ name: "Blad1", values: table(10) }]);
    const [read] = await port.read([{ sheet: "Blad1" }]);
    expect(read!.fills).toBeUndefined();
    expect(standIn.lastSync!.actions.map((a) => a.kind)).not.toContain("getCellProperties");
  });

  test("a blank sheet reads as no rows", async () => {
    const { port } = setup([{ name: "Leeg", fills: { C3: "red" } }]);
    const [read] = await port.read([{ sheet: "Leeg", fills: true }]);
    expect(read).toEqual({
      grid: { sheet: "Leeg", values: [], merges: [] },
      fills: [],
      hiddenRows: [],
    });
  });

  test("a sheet too big for one response is read in row bands under the limit, with the same result", async () => {
    const values = table(26_000, 12); // about 7 MB as JSON
    const { standIn, port } = setup([
      { name: "Groot", values, hiddenRows: [25_999], merges: ["A3:A4"] },
      { name: "Klein", values: [["k"]] },
    ]);
    const reads = await port.read([{ sheet: "Groot" }, { sheet: "Klein" }]);
    const expected = values.map((row, r) => (r === 3 ? ["", ...row.slice(1)] : row));
    expect(reads[0]!.grid.values).toEqual(expected);
    expect(reads[0]!.grid.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
    expect(reads[0]!.hiddenRows).toEqual([25_999]);
    expect(reads[1]!.grid.values).toEqual([["k"]]);
    const [refused, ...rest] = standIn.syncs;
    expect(refused.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(rest.every((s) => !s.error && s.responseBytes < 4_000_000)).toBe(true);
    expect(rest.length).toBeLessThanOrEqual(1 + 3 + 1); // sizes, ~2 bands for 7 MB (+1 slack), the small sheet
  }, 30_000);

  test("bands that Excel still refuses are halved until they fit", async () => {
    const values = table(400, 6);
    const { standIn, port } = setup([{ name: "Blad1", values }], {
      profile: { ...WEB, payloadLimit: 6_000 },
    });
    const [read] = await port.read([{ sheet: "Blad1" }]);
    expect(read!.grid.values).toEqual(values);
    expect(standIn.syncs.filter((s) => !s.error).every((s) => s.responseBytes <= 6_000)).toBe(true);
  });

  test.each([
    ["an injected failure", { code: "GeneralException" }, "sync-failed"],
    ["a request over the limit", { code: "RequestPayloadSizeLimitExceeded" }, "too-large"],
  ])("%s becomes a HostError", async (_label, fault, code) => {
    const { standIn, port } = setup([{ name: "Blad1", values: [["a"]] }]);
    standIn.faults.failNextSync(fault);
    const error = await hostError(port.read([{ sheet: "Blad1" }]));
    expect(error.code).toBe(code);
    expect(error.cause).toMatchObject({ code: fault.code });
  });

  test("where the formulas are, when asked: only their addresses, in the same sync", async () => {
    const values = [
      ["Actie", "Eigenaar", "Status"],
      ["a", "=A1", "Gereed"],
      ["b", "=A2", "=C2"],
    ];
    const { standIn, port } = setup([{ name: "Blad1", values }]);
    const [met, zonder] = await port.read([{ sheet: "Blad1", formulas: true }, { sheet: "Blad1" }]);
    expect(standIn.syncCount).toBe(1);
    expect(met!.formulas).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 2, left: 1, bottom: 2, right: 2 },
    ]);
    expect(zonder!.formulas).toBeUndefined();
  });

  test("a sheet without formulas, or read in bands, still says where they are", async () => {
    const values: (string | number)[][] = table(400, 6);
    values[200][1] = "=A1";
    const { port } = setup(
      [
        { name: "Blad1", values },
        { name: "Geen", values: [["a"]] },
      ],
      // Room for the first request itself (two sheets' probes, with the shown text of date-system.ts).
      { profile: { ...WEB, payloadLimit: 7_000 } }
    );
    const [groot, geen] = await port.read([
      { sheet: "Blad1", formulas: true },
      { sheet: "Geen", formulas: true },
    ]);
    expect(groot!.formulas).toEqual([{ top: 200, left: 1, bottom: 200, right: 1 }]);
    expect(geen!.formulas).toEqual([]);
  });

  test("no requests, no round trip", async () => {
    const { standIn, port } = setup([{ name: "Blad1" }]);
    expect(await port.read([])).toEqual([]);
    expect(standIn.syncCount).toBe(0);
  });
});

describe("read() above the payload limit: bands packed across sheets", () => {
  test("eight sheets of about 1 MB take a few band syncs, each answer under 4 MB", async () => {
    const sheets = Array.from({ length: 8 }, (_, i) => ({
      name: `Q${(i % 4) + 1} ${2019 + Math.floor(i / 4)}`,
      values: table(6_000, 8),
    }));
    const { standIn, port } = setup(sheets);
    await port.summary();
    standIn.resetStats();
    const reads = await port.read(sheets.map((s) => ({ sheet: s.name })));
    expect(reads.map((r) => r!.grid.values.length)).toEqual(sheets.map(() => 6_000));
    expect(reads[7]!.grid.values[5_999]).toEqual(sheets[7].values[5_999]);
    const gelukt = standIn.syncs.filter((s) => !s.error);
    expect(standIn.syncs.some((s) => s.error)).toBe(false);
    expect(gelukt.every((s) => s.responseBytes < 4_000_000)).toBe(true);
    const data = gelukt.reduce((n, s) => n + s.responseBytes, 0);
    // One sync for the sizes, then bands of close to 4 MB (the first planned from a guess), and one
    // for the date system: numbers that may be dates, none in the top rows (date-system.ts).
    expect(gelukt.length).toBeLessThanOrEqual(Math.ceil(data / 2_500_000) + 3);
  });
});
