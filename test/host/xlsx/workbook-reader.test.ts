import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import type { MergedArea } from "../../../src/core/grid";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { maakCorpus } from "../../support/corpus";
import { FIXTURES } from "../../support/fixtures";

jest.setTimeout(120_000);

/**
 * Everything the use-cases see of a workbook: its outline and every sheet's values, merges, hidden
 * rows, formulas and fills.
 */
async function zicht(w: XlsxWorkbook, verder = false) {
  const summary = await w.summary();
  const reads = await w.read(
    summary.sheets.map((s) => ({
      sheet: s.name,
      formulas: true,
      fills: true,
      // Past the values, as markeren asks for cells it coloured whose values went since.
      ...(verder && { fillsAtLeast: { rows: s.rowCount + 2, columns: s.columnCount + 1 } }),
    }))
  );
  const opVolgorde = (areas: MergedArea[]) =>
    [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    summary,
    bladen: reads.map((r) => ({
      values: r!.grid.values,
      merges: opVolgorde(r!.grid.merges),
      hiddenRows: r!.hiddenRows,
      formulas: opVolgorde(r!.formulas!),
      fills: r!.fills,
    })),
  };
}

async function viaExceljs(pad: string): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return XlsxWorkbook.fromWorkbook(wb);
}

let corpus: string[] = [];
beforeAll(async () => {
  corpus = await maakCorpus(mkdtempSync(join(tmpdir(), "regie-lezer-")));
});

describe("the file's reader sees the same as exceljs", () => {
  test.each([
    ...readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")),
    ...readdirSync(join(FIXTURES, "producers"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join("producers", f)),
  ])("fixture %s", async (naam) => {
    const pad = join(FIXTURES, naam);
    expect(await zicht(await XlsxWorkbook.open(pad))).toEqual(await zicht(await viaExceljs(pad)));
  });

  test.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))(
    "fixture %s, read past its values",
    async (naam) => {
      const pad = join(FIXTURES, naam);
      expect(await zicht(await XlsxWorkbook.open(pad), true)).toEqual(
        await zicht(await viaExceljs(pad), true)
      );
    }
  );

  test("a fill below the last value: read when asked for, in both readers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Acties");
    ws.getCell("A1").value = "Actie";
    ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    const pad = join(mkdtempSync(join(tmpdir(), "regie-vulling-")), "onder.xlsx");
    await wb.xlsx.writeFile(pad);
    for (const w of [await XlsxWorkbook.open(pad), await viaExceljs(pad)]) {
      const [zonder, met] = await w.read([
        { sheet: "Acties", fills: true },
        { sheet: "Acties", fills: true, fillsAtLeast: { rows: 4, columns: 2 } },
      ]);
      expect(zonder!.grid.values).toEqual([["Actie"]]);
      expect(met!.grid.values).toEqual([
        ["Actie", ""],
        ["", ""],
        ["", ""],
        ["", ""],
      ]);
      expect(met!.fills![3][1]).toEqual({ pattern: "Solid", color: "#FFC7CE" });
      expect(met!.fills![0][0]).toEqual({ pattern: "None", color: "#FFFFFF" });
    }
  });

  test("every file of the corpus that exceljs can read", async () => {
    let vergeleken = 0;
    // The file with a value in row 1,000,000 costs exceljs most of this test; its refusal is tested elsewhere.
    for (const pad of corpus.filter((p) => !p.includes("rij-1000000"))) {
      let verwacht;
      try {
        verwacht = await zicht(await viaExceljs(pad));
      } catch {
        continue; // not a workbook: the fast reader must refuse it too (see the CLI corpus test)
      }
      const snel = await XlsxWorkbook.open(pad).catch((e: Error) => e);
      if (snel instanceof Error) {
        const fout = snel instanceof HostError ? hostFoutTekst(snel) : snel.message;
        expect({ pad, fout }).toEqual({
          pad,
          fout: expect.stringMatching(/rij 1\.000\.000|leesbare/),
        });
        continue;
      }
      expect({ pad, zicht: await zicht(snel) }).toEqual({ pad, zicht: verwacht });
      vergeleken++;
    }
    expect(vergeleken).toBeGreaterThan(25);
  });

  test("formula cells: both readers report the same cells", async () => {
    const pad = corpus.find((p) => p.includes("formules"))!;
    const cellen = async (w: XlsxWorkbook) =>
      (await w.read([{ sheet: "Actielijst", formulas: true }]))[0]!.formulas;
    const verwacht = [
      { top: 1, left: 3, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 4 },
      { top: 1, left: 6, bottom: 1, right: 6 },
    ];
    expect(await cellen(await XlsxWorkbook.open(pad))).toEqual(verwacht);
    expect(await cellen(await viaExceljs(pad))).toEqual(verwacht);
  });
});
