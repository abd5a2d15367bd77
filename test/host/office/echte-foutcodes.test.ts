import { WEB } from "../../../src/excel-stand-in";
import { hostError, setup, table } from "./helpers";

// Real hosts have refused oversize requests with GeneralException over HTTP 500 (OfficeDev/office-js#1314)
// or a bare "Internal Server Error" (OfficeDev/office-js-docs#1247), not only with the documented codes.
// The emulator answers that way on request (`oversize`); each case goes through Microsoft's library.
const ROWS = 6_000;
const COLUMNS = 10; // 60,000 cells: over the scaled-down read limit below
const groot = () =>
  Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => (c === 0 ? r : `t${c}`))
  );
// Excel's 5 million cells per get, scaled down to 50,000 so that the test stays quick.
const profile = { ...WEB, maxReadCells: 50_000 };

describe.each([
  ["GeneralException", "GeneralException"],
  ["http500", "ConnectionFailure"],
] as const)("a host that refuses oversize reads as %s", (oversize, code) => {
  test(`a large sheet is still read whole, in bands (${code})`, async () => {
    const values = groot();
    const { standIn, port } = setup([{ name: "Groot", values }], { profile, oversize });
    const [read] = await port.read([{ sheet: "Groot" }]);
    expect(read!.grid.values).toEqual(values);
    // The library saw the real host's code, not a documented one.
    expect(standIn.syncs[0].error).toBe("RangeExceedsLimit");
    expect(standIn.syncs.filter((s) => s.error).length).toBeLessThanOrEqual(3);
    expect(standIn.lastSync!.error).toBeUndefined();
  });

  test("the library reports the real host's code", async () => {
    const { standIn } = setup([{ name: "Groot", values: groot() }], { profile, oversize });
    const error = await standIn
      .run(async (context) => {
        context.workbook.worksheets.getItem("Groot").getRange("A1:J6000").load("values");
        await context.sync();
      })
      .then(
        () => null,
        (e: unknown) => e
      );
    expect(error).toMatchObject({ code, httpStatusCode: 500 });
  });
});

describe("a generic failure is not taken for a size problem", () => {
  test("a small read that fails with GeneralException is not banded: Excel's failure is reported", async () => {
    const { standIn, port } = setup([{ name: "Klein", values: table(20, 4) }]);
    standIn.faults.failNextSync({ code: "GeneralException" });
    const error = await hostError(port.read([{ sheet: "Klein" }]));
    expect(error.code).toBe("sync-failed");
    // The first attempt, then one sync that learns the sheet is small: no band reads.
    expect(standIn.syncCount).toBe(2);
  });

  test("a large read whose bands keep failing with GeneralException gives up, saying so", async () => {
    const { standIn, port } = setup([{ name: "Groot", values: groot() }], { profile });
    for (let i = 1; i <= 10; i++) standIn.faults.failSync(i + 1, { code: "GeneralException" });
    standIn.faults.failNextSync({ code: "GeneralException" });
    const error = await hostError(port.read([{ sheet: "Groot" }]));
    expect(error.code).toBe("sync-failed");
    // Bands are halved while they are large, then the failure is Excel's own: a few syncs, not a loop.
    expect(standIn.syncCount).toBeLessThanOrEqual(6);
  });
});
