import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { fixture } from "./fixtures";

export interface BladSpec {
  name: string;
  values: CellValue[][];
  merges?: string[];
  /** Solid fills by address: { C9: "#FFFF00" }. */
  fills?: Record<string, string>;
  state?: "visible" | "hidden" | "veryHidden";
}

/** An in-memory workbook for use-case tests through the same adapter the CLI uses. */
export function werkmap(...bladen: BladSpec[]): XlsxWorkbook {
  const wb = new ExcelJS.Workbook();
  for (const blad of bladen) {
    const ws = wb.addWorksheet(blad.name, { state: blad.state ?? "visible" });
    blad.values.forEach((row, r) =>
      row.forEach((v, c) => v !== "" && v !== null && (ws.getCell(r + 1, c + 1).value = v))
    );
    for (const m of blad.merges ?? []) ws.mergeCells(m);
    for (const [address, color] of Object.entries(blad.fills ?? {}))
      ws.getCell(address).style = {
        ...ws.getCell(address).style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + color.slice(1) } },
      };
  }
  return XlsxWorkbook.fromWorkbook(wb);
}

export async function fixtureWerkmap(name: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(fixture(name));
}

/** Every cell's value and fill of every sheet: compare before and after to prove nothing else moved. */
export async function momentopname(werkmap: XlsxWorkbook): Promise<unknown> {
  const summary = await werkmap.summary();
  const reads = await werkmap.read(summary.sheets.map((s) => ({ sheet: s.name, fills: true })));
  return summary.sheets.map((s, i) => ({
    name: s.name,
    visibility: s.visibility,
    values: reads[i]!.grid.values,
    fills: reads[i]!.fills,
    merges: reads[i]!.grid.merges,
  }));
}
