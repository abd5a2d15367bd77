import { bereidMijlpalenVoor, maakDashboard } from "../../../src/app/mijlpalen/dashboard";
import { DASHBOARD_BLAD } from "../../../src/core/mijlpalen/sheet/dashboard-sheet";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { fixtureWerkmap } from "../../support/xlsx";

const PEIL = "2020-05-12";

async function fixtureInNepExcel(bestand: string) {
  const w = await fixtureWerkmap(bestand);
  const summary = await w.summary();
  const reads = await w.read(summary.sheets.map((s) => ({ sheet: s.name })));
  const standIn = ExcelEmulator.fromSheets(
    reads.map((r) => ({ name: r!.grid.sheet, values: r!.grid.values }))
  );
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

function kwartaalBladen(n: number, adressen: number): { name: string; values: CellValue[][] }[] {
  const fasen = [
    "Nog niet gestart",
    "Opname",
    "Beoordeling",
    "Planvorming",
    "Uitvoering",
    "Voltooid",
  ];
  return Array.from({ length: n }, (_, q) => ({
    name: `Q${(q % 4) + 1} ${2018 + Math.floor(q / 4)}`,
    values: [
      ["Adres-ID", "Gemeente", "Fase"],
      ...Array.from({ length: adressen }, (_, i) => [
        `A${i}`,
        i % 2 ? "Groningen" : "Loppersum",
        fasen[Math.min(5, Math.floor(((i % 7) * (q + 1)) / 6))],
      ]),
    ],
  }));
}

describe("mijlpalen dashboard via Office.js (standIn Excel, real adapter code)", () => {
  test("the fixture: prepare + generate in at most 4 syncs; table, chart and one 2-D write", async () => {
    const { standIn, port } = await fixtureInNepExcel("mijlpalen-groningen-kwartalen.xlsx");
    standIn.resetStats();
    await bereidMijlpalenVoor(port);
    const r = await maakDashboard(port, { peildatum: PEIL, gemaakt: "nu" });
    expect(r.ok).toBe(true);
    expect(standIn.syncCount).toBeLessThanOrEqual(4);
    expect(standIn.tables().map((t) => [t.name, t.sheet])).toEqual([
      ["RegieMijlpalen", DASHBOARD_BLAD],
      ["RegieDoorstroom", DASHBOARD_BLAD],
    ]);
    expect(standIn.charts()).toEqual([
      expect.objectContaining({ sheet: DASHBOARD_BLAD, type: "ColumnStacked" }),
    ]);
    const waarden = standIn.syncs[standIn.syncs.length - 1].actions.filter(
      // The write lock's claim aside (schrijfslot.ts).
      (a) => a.kind === "Range.values" && !a.target.includes("Regie-schrijfslot")
    );
    expect(waarden).toHaveLength(1);
    expect(standIn.values(DASHBOARD_BLAD)[6].slice(0, 8)).toEqual([
      "Q4 2019",
      2887,
      546,
      701,
      402,
      61,
      346,
      4943,
    ]);
  });

  test.each([2, 8, 24])("%i kwartaal sheets: at most 4 syncs", async (n) => {
    const standIn = ExcelEmulator.fromSheets(kwartaalBladen(n, 300));
    const port = new OfficeWorkbookPort(standIn.run);
    await bereidMijlpalenVoor(port);
    const r = await maakDashboard(port, { peildatum: "2026-11-24", gemaakt: "nu" });
    expect(r.ok && r.value.dashboard.kwartalen.length).toBe(n);
    expect(standIn.syncCount).toBeLessThanOrEqual(4);
  });

  test("generating again leaves the workbook equal to the first time (only its own sheet replaced)", async () => {
    const { standIn, port } = await fixtureInNepExcel("mijlpalen-groningen-kwartalen.xlsx");
    const bronnen = () => standIn.snapshot().sheets.filter((s) => s.name !== DASHBOARD_BLAD);
    const voor = bronnen();
    await maakDashboard(port, { peildatum: PEIL, gemaakt: "nu" });
    const eerste = standIn.snapshot();
    await maakDashboard(port, { peildatum: PEIL, gemaakt: "nu" });
    expect(bronnen()).toEqual(voor);
    expect(standIn.snapshot()).toEqual(eerste);
  });
});
