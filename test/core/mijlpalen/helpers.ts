import { toExcelSerial } from "../../../src/core/dates/iso";
import type { CellValue, Grid } from "../../../src/core/grid";
import {
  maakMijlpalenDashboard,
  mijlpalenDashboardSchema,
  type MijlpalenDashboard,
  type MijlpalenOpties,
} from "../../../src/core/mijlpalen";

/** The header of a snapshot sheet, as small as it gets. */
export const OPNAME_KOP = ["Adres-ID", "Straat", "Gemeente", "Fase"];

/** The header of a milestone sheet. */
export const DATUM_KOP = [
  "Adres-ID",
  "Gemeente",
  "Datum opname",
  "Datum beoordeling",
  "Datum planvorming",
  "Datum uitvoering",
  "Datum voltooid",
  "Resultaat beoordeling",
];

export function blad(sheet: string, values: CellValue[][]): Grid {
  return { sheet, values, merges: [] };
}

/** A snapshot sheet: header, then [Adres-ID, Fase, Gemeente?] per address. */
export function opname(sheet: string, rijen: [CellValue, CellValue, string?][]): Grid {
  return blad(sheet, [
    OPNAME_KOP,
    ...rijen.map(([id, fase, gemeente]) => [id, "Dorpsstraat", gemeente ?? "Groningen", fase]),
  ]);
}

/** A milestone row: the dates as ISO text become Excel serials, as Excel hands them over. */
export function datumRij(
  id: CellValue,
  datums: (string | CellValue)[],
  extra: { gemeente?: string; resultaat?: string } = {}
): CellValue[] {
  const cellen = [0, 1, 2, 3, 4].map((i) => {
    const d = datums[i] ?? "";
    return typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? toExcelSerial(d)! : d;
  });
  return [id, extra.gemeente ?? "Groningen", ...cellen, extra.resultaat ?? ""];
}

export function datumBlad(rijen: CellValue[][], sheet = "Adressen"): Grid {
  return blad(sheet, [DATUM_KOP, ...rijen]);
}

/** The dashboard, checked against its schema; a test fails with the code when there is none. */
export function dashboard(
  grids: Grid[],
  opties: Partial<MijlpalenOpties> = {}
): MijlpalenDashboard {
  const uitkomst = maakMijlpalenDashboard(grids, { peildatum: "2020-05-12", ...opties });
  if (!uitkomst.ok) throw new Error(`geen dashboard: ${uitkomst.fout.code}`);
  // Checked against its schema; the findings keep their typed params (the schema knows their shape).
  mijlpalenDashboardSchema.parse(uitkomst.dashboard);
  return uitkomst.dashboard;
}

/** Finding codes with their cells: "adres-dubbel Q1 2020!A4". */
export function meldingen(d: MijlpalenDashboard): string[] {
  return d.anomalies.map((a) => `${a.code} ${a.sheet}!${a.cell}`);
}

/** A row's counts as [Nog niet gestart, Opname, ..., Voltooid], with the total last. */
export function rijTelling(telling: { counts: Record<string, number>; total: number }): number[] {
  return [...Object.values(telling.counts), telling.total];
}
