import { WEB } from "../../../src/excel-stand-in";
import { hostFoutTekst } from "../../../src/app/host-berichten";
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

// Writes: a host whose request limit lies below what Regie's chunks assume (scaled down to 600 kB here,
// against chunks of up to 4 MB) refuses a large write; each way it may say so, the adapter sends the
// same writes in halves, so the whole write lands and nothing is left half-written.
const writeProfile = { ...WEB, payloadLimit: 600_000 };
const breed = () =>
  Array.from({ length: 6_000 }, (_, r) =>
    Array.from({ length: 5 }, (_, c) => (c === 0 ? r : `regel ${r} kolom ${c} tekst`))
  );

describe.each([["documented"], ["GeneralException"], ["http500"]] as const)(
  "a host that refuses oversize writes as %s",
  (oversize) => {
    test("a large write is sent again in halves and lands whole", async () => {
      const values = breed();
      const { standIn, port } = setup([{ name: "Groot" }], { profile: writeProfile, oversize });
      await port.write([{ kind: "values", sheet: "Groot", address: "A1", values }]);
      expect(standIn.values("Groot")).toEqual(values);
      const refused = standIn.syncs.filter((s) => s.error);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.every((s) => s.requestBytes > writeProfile.payloadLimit)).toBe(true);
      // Linear in the data: a few halvings, not a sync per row.
      expect(standIn.syncCount).toBeLessThanOrEqual(12);
    });

    test("a guarded write: the guards are read again with the first smaller piece", async () => {
      const values = breed();
      const { standIn, port } = setup([{ name: "Groot", values: [["oud"]] }], {
        profile: writeProfile,
        oversize,
      });
      await port.write([
        { kind: "expect", sheet: "Groot", cell: "A1", value: "oud" },
        { kind: "values", sheet: "Groot", address: "A1", values },
      ]);
      expect(standIn.values("Groot")).toEqual(values);
    });
  }
);

describe("a generic write failure is not taken for a size problem", () => {
  test("a small write that fails with GeneralException is not sent again: Excel's failure is reported", async () => {
    const { standIn, port } = setup([{ name: "Klein" }]);
    standIn.faults.failNextSync({ code: "GeneralException" });
    const error = await hostError(
      port.write([{ kind: "values", sheet: "Klein", address: "A1", values: table(20, 4) }])
    );
    expect(error.code).toBe("sync-failed");
    // The refused attempt, then one read of whether its lock landed: nothing sent again.
    expect(standIn.syncCount).toBe(2);
  });

  test("a large write that keeps failing with GeneralException gives up: Excel's failure is reported", async () => {
    const { standIn, port } = setup([{ name: "Groot", values: [["oud"]] }], {
      profile: writeProfile,
    });
    // The guard read (which takes the lock) passes; every write after it fails.
    for (let i = 2; i <= 40; i++) standIn.faults.failSync(i, { code: "GeneralException" });
    const error = await hostError(
      port.write([
        { kind: "expect", sheet: "Groot", cell: "A1", value: "oud" },
        { kind: "values", sheet: "Groot", address: "A1", values: breed() },
      ])
    );
    expect(error.code).toBe("sync-failed");
    expect(hostFoutTekst(error)).toMatch(/GeneralException/);
    // Halved while large, then the failure is Excel's to name: a few syncs, and nothing written.
    expect(standIn.syncCount).toBeLessThanOrEqual(12);
    expect(standIn.values("Groot")).toEqual([["oud"]]);
  });
});
