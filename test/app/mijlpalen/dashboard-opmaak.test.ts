import { maakDashboard } from "../../../src/app/mijlpalen/dashboard";
import { DASHBOARD_BLAD } from "../../../src/core/mijlpalen/dashboard-blad";
import { ExcelEmulator } from "../../../src/host/excel-emulator";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { fixtureWerkmap } from "../../support/xlsx";

const PEIL = "2020-05-12";

async function dashboardInNepExcel(bestand: string) {
  const w = await fixtureWerkmap(bestand);
  const summary = await w.summary();
  const reads = await w.read(summary.sheets.map((s) => ({ sheet: s.name })));
  const fake = ExcelEmulator.fromSheets(
    reads.map((r) => ({ name: r!.grid.sheet, values: r!.grid.values }))
  );
  const r = await maakDashboard(new OfficeWorkbookPort(fake.run), {
    peildatum: PEIL,
    gemaakt: "2020-05-12 09:00:00",
  });
  if (!r.ok) throw new Error(r.fout.bericht);
  return fake;
}

describe("het dashboardblad ziet er af uit, geopend en afgedrukt", () => {
  let fake: ExcelEmulator;
  beforeAll(async () => {
    fake = await dashboardInNepExcel("mijlpalen-groningen-kwartalen.xlsx");
  });

  test("elke kolom van de tabel is passend breed, niet alleen kolom A", () => {
    const { columnWidths } = fake.sheetInfo(DASHBOARD_BLAD);
    // "Nog niet gestart" (B), "Beoordeling" (D) and "Planvorming" (E) fit, with room for the filter button.
    for (const [kolom, tekst] of [
      ["A", "Bronbladen"],
      ["B", "Nog niet gestart"],
      ["D", "Beoordeling"],
      ["E", "Planvorming"],
      ["I", "31-12-2019"],
    ] as const)
      expect(columnWidths[kolom]).toBeGreaterThanOrEqual(tekst.length * 6);
    for (const kolom of "ABCDEFGHI") expect(columnWidths[kolom]).toBeLessThanOrEqual(300);
  });

  test("datums zijn echte Excel-datums met een Nederlandse notatie", () => {
    expect(fake.cell(DASHBOARD_BLAD, "B3")).toMatchObject({
      value: 43963,
      numberFormat: "dd-mm-yyyy",
    });
    const waarden = fake.values(DASHBOARD_BLAD);
    const q4 = waarden.findIndex((r) => r[0] === "Q4 2019") + 1;
    expect(fake.cell(DASHBOARD_BLAD, `I${q4}`)).toMatchObject({
      value: 43830,
      numberFormat: "dd-mm-yyyy",
    });
  });

  test("de kop tot en met de tabelkop blijft staan bij scrollen", () =>
    expect(fake.sheetInfo(DASHBOARD_BLAD).frozenRows).toBe(6));

  test("tabel en grafiek passen op één liggende pagina", () => {
    const [grafiek] = fake.charts();
    expect(fake.sheetInfo(DASHBOARD_BLAD).pageLayout).toEqual({
      orientation: "Landscape",
      printArea: "A1:T23",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(grafiek).toMatchObject({ from: "K1", to: "T23" });
  });
});
