import { maakDashboard } from "../../../src/app/mijlpalen/dashboard";
import { FASE_KLEUREN, FASEN } from "../../../src/core/mijlpalen";
import { DASHBOARD_BLAD } from "../../../src/core/mijlpalen/sheet/dashboard-sheet";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { fixtureWerkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2020-05-12";

async function dashboardInNepExcel(bestand: string, peildatum = PEIL) {
  const w = await fixtureWerkmap(bestand);
  const summary = await w.summary();
  const reads = await w.read(summary.sheets.map((s) => ({ sheet: s.name })));
  const standIn = ExcelEmulator.fromSheets(
    reads.map((r) => ({ name: r!.grid.sheet, values: r!.grid.values }))
  );
  const r = await maakDashboard(new OfficeWorkbookPort(standIn.run), {
    peildatum,
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

  test("table, chart and the newest quarter pair fill one landscape A4", () => {
    const [grafiek] = standIn.charts();
    const info = standIn.sheetInfo(DASHBOARD_BLAD);
    expect(info.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:I32",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: null,
      rowBreaks: [],
    });
    // Under the table (rows 6-8) after a blank row, as wide as it.
    expect(grafiek).toMatchObject({ from: "A10", to: "I27" });
    // Printed at 100 %, the area fills the page both ways: not a third of it in small type.
    expect(opPagina(info, 32)).toEqual({ schaal: 1, breed: 0.99, hoog: 0.99 });
  });
});

/**
 * How the print area A1:I<rijen> lands on landscape A4 (741 x 487 pt inside Excel's Normal
 * margins) with fit to one page, at Excel's 15 pt rows: the scale (Excel shrinks, never enlarges)
 * and the part of the page's width and height it covers.
 */
function opPagina(info: ReturnType<ExcelEmulator["sheetInfo"]>, rijen: number) {
  const breedte = [..."ABCDEFGHI"].reduce((som, k) => som + (info.columnWidths[k] ?? 48), 0);
  const hoogte = rijen * 15;
  const schaal = Math.min(1, 741.2 / breedte, 487 / hoogte);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    schaal: r(schaal),
    breed: r((breedte * schaal) / 741.2),
    hoog: r((hoogte * schaal) / 487),
  };
}

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
    // Below the chart, which stands under the counts (rows 10-27).
    expect(standIn.tables().find((t) => t.name === "RegieDoorstroom")).toMatchObject({
      sheet: DASHBOARD_BLAD,
      address: "A30:D32",
    });
    expect(standIn.cell(DASHBOARD_BLAD, "D31")).toMatchObject({ value: 67, numberFormat: "#,##0" });
    expect(standIn.cell(DASHBOARD_BLAD, "B32").font).toMatchObject({ bold: true });
    // On the page that prints with the table and the chart.
    expect(standIn.sheetInfo(DASHBOARD_BLAD).pageLayout.printArea).toBe("A1:I32");
  });

  test("mijlpaal dates: newest transition first; the page holds the newest ended pair, in whole kwartalen", async () => {
    const standIn = await dashboardInNepExcel("mijlpalen-groningen-datums.xlsx");
    const waarden = standIn.values(DASHBOARD_BLAD);
    const titel = waarden.findIndex((r) => r[0] === "Doorstroom per kwartaal (nieuwste eerst)");
    // The running quarter's pair and the last ended one (the pane's "Dit kwartaal doorgestroomd").
    expect(String(waarden[titel + 1][0])).toBe(
      "Op de afgedrukte pagina de nieuwste 2 van de 13 kwartaalovergangen; de rest staat hieronder."
    );
    expect(rijenVanaf(standIn, "Kwartalen", 5)).toEqual([
      ["Kwartalen", "Van", "Naar", "Adressen"],
      ["Q1 2020 → Q2 2020 (lopend)", "Geen verandering", "", 0],
      ["Q1 2020 → Q2 2020 (lopend)", "Voltooid bereikt", "", 0],
      ["Q4 2019 → Q1 2020", "Nog niet gestart", "Opname", 67],
      ["Q4 2019 → Q1 2020", "Voltooid bereikt", "", 0],
    ]);
    const info = standIn.sheetInfo(DASHBOARD_BLAD);
    const { pageLayout, columnWidths } = info;
    const laatsteRij = Number(/^A1:I(\d+)$/.exec(pageLayout.printArea ?? "")?.[1]);
    // The print area ends on a pair's last row, the second pair's; the third starts below it.
    expect(waarden[laatsteRij - 1].slice(0, 2)).toEqual(["Q4 2019 → Q1 2020", "Voltooid bereikt"]);
    expect(waarden[laatsteRij][0]).toBe("Q3 2019 → Q4 2019");
    expect(pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      rowBreaks: [],
    });
    // 13 quarters and the running one: one page still, its type at 75 % or more, the page filled.
    const pagina = opPagina(info, laatsteRij);
    expect(pagina.schaal).toBeGreaterThanOrEqual(0.75);
    expect(Math.max(pagina.breed, pagina.hoog)).toBeGreaterThanOrEqual(0.95);
    expect(Math.min(pagina.breed, pagina.hoog)).toBeGreaterThanOrEqual(0.8);
    // Widths fitted to the movement table too, none past the maximum.
    expect(columnWidths.A).toBeGreaterThanOrEqual("Q1 2020 → Q2 2020 (lopend)".length * 6);
    expect(columnWidths.B).toBeGreaterThanOrEqual("Nog niet gestart".length * 6);
    expect(columnWidths.C).toBeGreaterThanOrEqual("Beoordeling".length * 6);
    for (const kolom of "ABCD") expect(columnWidths[kolom]).toBeLessThanOrEqual(300);
  });

  test("a table too long for one page: one page wide, its header atop each page, the chart on a page of its own", async () => {
    const standIn = await dashboardInNepExcel("mijlpalen-groningen-datums.xlsx", "2023-11-15");
    const waarden = standIn.values(DASHBOARD_BLAD);
    const [grafiek] = standIn.charts();
    const { pageLayout } = standIn.sheetInfo(DASHBOARD_BLAD);
    // 27 quarters from Q1 2017, then the running one in rows 34-36; the chart starts row 38.
    expect(waarden[32][0]).toBe("Q3 2023");
    expect(waarden[35][0]).toBe("Q4 2023");
    expect(grafiek).toMatchObject({ from: "A38", to: "I59" });
    expect(pageLayout).toMatchObject({
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "6:6",
      rowBreaks: [38],
    });
    // The chart's page: the repeated header and 22 chart rows fit it at the table's width.
    const breedte = [..."ABCDEFGHI"].reduce(
      (som, k) => som + standIn.sheetInfo(DASHBOARD_BLAD).columnWidths[k],
      0
    );
    const schaal = Math.min(1, 741.2 / breedte);
    expect((1 + 22) * 15 * schaal).toBeLessThanOrEqual(487);
  });
});
