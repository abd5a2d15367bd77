import type { WriteOp } from "../../../src/app/ports";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { opBytes, stackValueWrites } from "../../../src/host/office/write-chunks";

// The chunker's estimates are upper bounds of what Microsoft's serializer (excel-web-16.00.js) really
// sends: measured here per kind of operation, on the emulator's record of each request.
const ROWS: CellValue[][] = Array.from({ length: 2_000 }, (_, r) => ["x", r, "In uitvoering"]);

async function realBytes(ops: WriteOp[]): Promise<number> {
  const standIn = ExcelEmulator.fromSheets([{ name: "Actielijst", values: ROWS }]);
  const port = new OfficeWorkbookPort(standIn.run);
  await port.write(ops);
  // A batch with guards reads them in a sync of its own first (nothing written over a changed cell),
  // then re-reads them with the writes: the last sync is the write.
  expect(standIn.syncCount).toBe(ops.some((o) => o.kind === "expect") ? 2 : 1);
  return standIn.lastSync!.requestBytes;
}

/** A single-cell write in every other row, so the port cannot stack them into one range. */
const cell = (i: number): WriteOp => ({
  kind: "values",
  sheet: "Actielijst",
  address: `D${2 * i + 2}`,
  values: [["Nicoline van der Linden"]],
});

describe("request size estimates hold against the real serializer", () => {
  test.each<[string, WriteOp[]]>([
    ["1,000 single-cell values", Array.from({ length: 1_000 }, (_, i) => cell(i))],
    [
      "1,000 single-cell values in consecutive rows (stacked into one write)",
      Array.from({ length: 1_000 }, (_, i): WriteOp => ({
        kind: "values",
        sheet: "Actielijst",
        address: `D${i + 2}`,
        values: [["Nicoline van der Linden"]],
      })),
    ],
    [
      "one values block of 1,000 x 3",
      [{ kind: "values", sheet: "Actielijst", address: "A1", values: ROWS.slice(0, 1_000) }],
    ],
    [
      "a fill over 1,000 row ranges",
      [
        {
          kind: "fill",
          sheet: "Actielijst",
          addresses: Array.from({ length: 1_000 }, (_, i) => `A${2 * i + 1}:H${2 * i + 1}`),
          fill: { color: "#FFC7CE", pattern: "Solid" },
        },
      ],
    ],
    [
      "100 formats",
      Array.from({ length: 100 }, (_, i): WriteOp => ({
        kind: "format",
        sheet: "Actielijst",
        address: `A${i + 1}:C${i + 1}`,
        bold: true,
        numberFormat: "dd-mm-yyyy",
        columnWidth: 30,
      })),
    ],
  ])("%s", async (_label, ops) => {
    const real = await realBytes(ops);
    // The port chunks what it will send: the writes after stacking.
    const estimate = stackValueWrites(ops).reduce((sum, op) => sum + opBytes(op), 0);
    expect(estimate).toBeGreaterThanOrEqual(real);
    expect(estimate).toBeLessThan(real * 1.6); // not so loose that chunks are needlessly small
  });

  test("guards travel as one read per column run, not one per cell", async () => {
    const guards: WriteOp[] = Array.from({ length: 1_000 }, (_, i) => ({
      kind: "expect",
      sheet: "Actielijst",
      cell: `C${i + 2}`,
      value: "In uitvoering",
    }));
    const withGuards = await realBytes([
      ...guards,
      ...Array.from({ length: 10 }, (_, i) => cell(i)),
    ]);
    const without = await realBytes(Array.from({ length: 10 }, (_, i) => cell(i)));
    expect(withGuards - without).toBeLessThan(2_000);
  });
});
