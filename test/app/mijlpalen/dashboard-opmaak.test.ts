import { maakDashboard } from "../../../src/app/mijlpalen/dashboard";
import { FASE_KLEUREN, FASEN } from "../../../src/core/mijlpalen";
import { DASHBOARD_BLAD } from "../../../src/core/mijlpalen/sheet/dashboard-sheet";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { fixtureWerkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2020-05-12";

async function dashboardInNepExcel(bestand: string) {
  const w = await fixtureWerkmap(bestand);
  const summary = await w.summary();
  const reads = await w.read(summary.sheets.map((s) => ({ sheet: s.name })));
  const standIn = ExcelEmulator.fromSheets(
    reads.map((r) => ({ name: r!.grid.sheet, values: r!.grid.values }))
  );
  const r = await maakDashboard(new OfficeWorkbookPort(standIn.run), {
    peildatum: PEIL,
    gemaakt: "2020-05-12 09:00:00",
  });
  if (!r.ok) throw new Error(foutTekst(r.refusal));
  return standIn;
}

describe("the dashboard sheet looks finished, opened and printed", () => {
  let standIn: ExcelEmulator;
  beforeAll(async () => {
    standIn = await dashboardInNepExcel("mijlpalen-groningen-kwartalen.xlsx");
  });

  test("every column of the table is fitted in width, not only column A", () => {
    const { columnWidths } = standIn.sheetInfo(DASHBOARD_BLAD);
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

  test("dates are real Excel dates with a Dutch format", () => {
    expect(standIn.cell(DASHBOARD_BLAD, "B3")).toMatchObject({
      value: 43963,
      numberFormat: "dd-mm-yyyy",
    });
    const waarden = standIn.values(DASHBOARD_BLAD);
    const q4 = waarden.findIndex((r) => r[0] === "Q4 2019") + 1;
    expect(standIn.cell(DASHBOARD_BLAD, `I${q4}`)).toMatchObject({
      value: 43830,
      numberFormat: "dd-mm-yyyy",
    });
  });

  test("the chart draws each phase in its own colour, the one the pane and the .xlsx copy use", () => {
    const [grafiek] = standIn.charts();
    expect(grafiek.seriesFills).toEqual(FASEN.map((f) => FASE_KLEUREN[f]));
    // Series by columns over the table's phase columns: series i is phase i.
    expect(standIn.values(DASHBOARD_BLAD)[5].slice(1, 7)).toEqual([...FASEN]);
  });

  test("the top down to the table header stays in place when scrolling", () =>
    expect(standIn.sheetInfo(DASHBOARD_BLAD).frozenRows).toBe(6));

  test("table and chart fit on one landscape page", () => {
    const [grafiek] = standIn.charts();
    expect(standIn.sheetInfo(DASHBOARD_BLAD).pageLayout).toEqual({
      orientation: "Landscape",
      printArea: "A1:T23",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(grafiek).toMatchObject({ from: "K1", to: "T23" });
  });
});

/** The rows of the sheet from the one whose A cell is `vanaf`, `n` of them, trailing blanks off. */
function rijenVanaf(standIn: ExcelEmulator, vanaf: string, n: number): unknown[][] {
  const waarden = standIn.values(DASHBOARD_BLAD);
  const start = waarden.findIndex((r) => r[0] === vanaf);
  expect(start).toBeGreaterThanOrEqual(0);
  return waarden.slice(start, start + n).map((r) => {
    const kort = [...r];
    while (kort.length > 0 && (kort[kort.length - 1] === "" || kort[kort.length - 1] === null))
      kort.pop();
    return kort;
  });
}

describe("Doorstroom per kwartaal on the dashboard sheet", () => {
  test("momentopnamen Groningen: 67 from Nog niet gestart to Opname, as an Excel table under the count", async () => {
    const standIn = await dashboardInNepExcel("mijlpalen-groningen-kwartalen.xlsx");
    expect(rijenVanaf(standIn, "Doorstroom per kwartaal (nieuwste eerst)", 5)).toEqual([
      ["Doorstroom per kwartaal (nieuwste eerst)"],
      ["Kwartalen", "Van", "Naar", "Adressen"],
      ["Q4 2019 → Q1 2020", "Nog niet gestart", "Opname", 67],
      ["Q4 2019 → Q1 2020", "Voltooid bereikt", "", 0],
      [],
    ]);
    expect(standIn.tables().find((t) => t.name === "RegieDoorstroom")).toMatchObject({
      sheet: DASHBOARD_BLAD,
      address: "A11:D13",
    });
    expect(standIn.cell(DASHBOARD_BLAD, "D12")).toMatchObject({ value: 67, numberFormat: "#,##0" });
    expect(standIn.cell(DASHBOARD_BLAD, "B13").font).toMatchObject({ bold: true });
    // Below the counts and inside the page that prints with the chart.
    expect(standIn.sheetInfo(DASHBOARD_BLAD).pageLayout.printArea).toBe("A1:T23");
  });

  test("mijlpaal dates: newest transition first; what fits on the page is printed, in whole kwartalen", async () => {
    const standIn = await dashboardInNepExcel("mijlpalen-groningen-datums.xlsx");
    const waarden = standIn.values(DASHBOARD_BLAD);
    const titel = waarden.findIndex((r) => r[0] === "Doorstroom per kwartaal (nieuwste eerst)");
    expect(String(waarden[titel + 1][0])).toBe(
      "Op de afgedrukte pagina de nieuwste 4 van de 13 kwartaalovergangen; de rest staat hieronder."
    );
    expect(rijenVanaf(standIn, "Kwartalen", 5)).toEqual([
      ["Kwartalen", "Van", "Naar", "Adressen"],
      ["Q1 2020 → Q2 2020 (lopend)", "Geen verandering", "", 0],
      ["Q1 2020 → Q2 2020 (lopend)", "Voltooid bereikt", "", 0],
      ["Q4 2019 → Q1 2020", "Nog niet gestart", "Opname", 67],
      ["Q4 2019 → Q1 2020", "Voltooid bereikt", "", 0],
    ]);
    const { pageLayout, columnWidths } = standIn.sheetInfo(DASHBOARD_BLAD);
    const laatsteRij = Number(/^A1:T(\d+)$/.exec(pageLayout.printArea ?? "")?.[1]);
    // The print area ends on a pair's last row, the fourth pair's; the fifth starts below it.
    expect(waarden[laatsteRij - 1].slice(0, 2)).toEqual(["Q2 2019 → Q3 2019", "Voltooid bereikt"]);
    expect(waarden[laatsteRij][0]).toBe("Q1 2019 → Q2 2019");
    expect(laatsteRij).toBeLessThanOrEqual(60);
    expect(pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    // Widths fitted to the movement table too, none past the maximum.
    expect(columnWidths.A).toBeGreaterThanOrEqual("Q1 2020 → Q2 2020 (lopend)".length * 6);
    expect(columnWidths.B).toBeGreaterThanOrEqual("Nog niet gestart".length * 6);
    expect(columnWidths.C).toBeGreaterThanOrEqual("Beoordeling".length * 6);
    for (const kolom of "ABCD") expect(columnWidths[kolom]).toBeLessThanOrEqual(300);
  });
});
