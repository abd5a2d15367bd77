import { readFileSync } from "node:fs";
import { valideer } from "../../src/app/actielijst/valideer";
import { telDashboard } from "../../src/app/mijlpalen/dashboard";
import type { WorkbookPort } from "../../src/app/ports";
import { areaAddress, cellAddress } from "../../src/core/address";
import { ExcelEmulator, type SheetSeed } from "../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../src/host/office";
import { openFile } from "../../src/host/xlsx/file-workbook";
import { producentenCorpus, type Bron } from "../support/producenten";

jest.setTimeout(120_000);

/** openpyxl's 1904 variant of a fixture: the same dates, serials counted from 1904. */
async function bestand1904(bron: Bron): Promise<WorkbookPort> {
  const p = (await producentenCorpus()).find((c) => c.naam === `openpyxl 1904 ${bron}`)!;
  return openFile(readFileSync(p.pad), p.pad);
}

/**
 * The same workbook opened in Excel: every sheet's values and merged areas as the file holds them,
 * the number cells that are dates formatted as dates (the file reader keeps no formats; in these
 * fixtures every number above 10,000 is a date), and the workbook set to the 1904 date system.
 */
async function inExcel(bestand: WorkbookPort, date1904 = true): Promise<WorkbookPort> {
  const namen = (await bestand.summary()).sheets.map((s) => s.name);
  const reads = await bestand.read(namen.map((sheet) => ({ sheet })));
  const seeds: SheetSeed[] = reads.map((read) => {
    const { sheet, values, merges } = read!.grid;
    const numberFormats: Record<string, string> = {};
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number" && v > 10_000) numberFormats[cellAddress(r, c)] = "d-m-yyyy";
      })
    );
    return { name: sheet, values, merges: merges.map(areaAddress), numberFormats };
  });
  return new OfficeWorkbookPort(ExcelEmulator.fromSheets(seeds, { date1904 }).run);
}

describe("a 1904 workbook reads the same dates in the pane as on the command line", () => {
  test("the action list: every deadline, and the note on the date system", async () => {
    const bestand = await bestand1904("actielijst-duo-2021");
    const opties = { peildatum: "2021-02-24" };
    const [cli, pane] = [
      await valideer(bestand, opties),
      await valideer(await inExcel(bestand), opties),
    ];
    if (!cli.ok || !pane.ok) throw new Error("validation refused");
    const deadlines = (r: typeof cli.value) => r.acties.map((a) => [a.row, a.deadline.due]);
    expect(deadlines(pane.value)).toEqual(deadlines(cli.value));
    // The registry's "Vertrokken per" dates tell the system; no deadline here is a date serial.
    expect(pane.value.findings).toEqual(cli.value.findings);
  });

  // This fixture's first milestone date stands below row 40, outside the top-left cells whose text
  // comes with every read: the first number cells further down are read in one more sync.
  test("the milestone dates: the same dashboard", async () => {
    const bestand = await bestand1904("mijlpalen-groningen-datums");
    const opties = { peildatum: "2020-05-12" };
    const cli = await telDashboard(bestand, opties);
    const pane = await telDashboard(await inExcel(bestand), opties);
    if (!cli.ok || !pane.ok) throw new Error("dashboard refused");
    expect(pane.value.dashboard).toEqual(cli.value.dashboard);
    expect(pane.value.dashboard.anomalies.map((a) => a.code)).toContain("datumstelsel-1904");
  });

  test("the same serials in a 1900 workbook read as the 1900 dates, without a note", async () => {
    const bestand = await bestand1904("actielijst-duo-2021");
    const pane = await valideer(await inExcel(bestand, false), { peildatum: "2021-02-24" });
    if (!pane.ok) throw new Error("validation refused");
    expect(pane.value.findings.map((f) => f.code)).not.toContain("datumstelsel-1904");
    expect(pane.value.findings.map((f) => f.code)).not.toContain("datumstelsel-aangenomen");
  });
});

test("milestone dates below the shown cells: one more sync reads their text", async () => {
  const bestand = await bestand1904("mijlpalen-groningen-datums");
  const excel = await inExcel(bestand);
  const pane = await telDashboard(excel, { peildatum: "2020-05-12" });
  if (!pane.ok) throw new Error("dashboard refused");
  const codes = pane.value.dashboard.anomalies.map((a) => a.code);
  expect(codes).toContain("datumstelsel-1904");
  expect(codes).not.toContain("datumstelsel-aangenomen");
});

test("numbers that are no dates anywhere: 1900 is assumed and said, after one more look", async () => {
  const rijen: (string | number)[][] = [["Adres-ID", "Fase"]];
  // 45,000 may be a date serial (it is in either system), but it is shown as a plain number.
  for (let i = 0; i < 60; i++) rijen.push([`A${i}`, i < 50 ? "opname" : 45_000]);
  const standIn = ExcelEmulator.fromSheets([{ name: "Mijlpalen", values: rijen }], {
    date1904: true,
  });
  const read = await new OfficeWorkbookPort(standIn.run).read([{ sheet: "Mijlpalen" }]);
  expect(read[0]?.grid.dateSystemAssumed).toBe(true);
  expect(read[0]?.grid.date1904).toBeFalsy();
  expect(standIn.syncCount).toBe(2);
});
