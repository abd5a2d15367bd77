import { DESKTOP, WEB } from "../../../src/excel-stand-in";
import { setup, table } from "./helpers";

// Limits of real Excel the old standIn did not know, each read through Microsoft's library.
describe("read() past Excel's limits", () => {
  test("more than 512 merged areas: the merges are read per band, all of them, once", async () => {
    const rows = 2_000;
    const merges = Array.from({ length: 700 }, (_, i) => `A${2 * i + 2}:B${2 * i + 2}`);
    const { standIn, port } = setup([{ name: "Blad1", values: table(rows, 4), merges }]);
    const [read] = await port.read([{ sheet: "Blad1" }]);
    expect(read!.grid.merges).toHaveLength(700);
    expect(new Set(read!.grid.merges.map((m) => `${m.top}:${m.left}`)).size).toBe(700);
    expect(read!.grid.values).toHaveLength(rows);
    // The first attempt fails on the merges (as Excel's does above 512); a band that still holds
    // too many is halved, the others then succeed.
    const refused = standIn.syncs.filter((s) => s.error);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(standIn.lastSync!.error).toBeUndefined();
  });

  // Excel's 5 million cells per get, scaled down to 50,000 so the test stays quick: the same rule.
  test.each([
    ["web", WEB],
    ["desktop", DESKTOP],
  ] as const)(
    "a sheet over the cell limit of a read (%s): read in bands, each under the limit",
    async (_name, platform) => {
      const profile = { ...platform, maxReadCells: 50_000 };
      const rows = 6_000;
      const columns = 10; // 60,000 cells
      const values = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => (c === 0 ? r : `t${c}`))
      );
      const { standIn, port } = setup([{ name: "Groot", values }], { profile });
      const [read] = await port.read([{ sheet: "Groot" }]);
      expect(read!.grid.values).toEqual(values);
      expect(standIn.syncs[0].error).toBe("RangeExceedsLimit");
      // A band Excel still refuses is halved: a few refusals at most, then every band goes through.
      expect(standIn.syncs.filter((s) => s.error).length).toBeLessThanOrEqual(3);
      expect(standIn.lastSync!.error).toBeUndefined();
    }
  );
});
