import { z } from "zod";
import type { CellEdit } from "./findings";
import { cellText, type CellValue } from "./grid";

/** The visible sheet where every change Regie writes is recorded, so it can be read back and undone. */
export const LOG_BLAD = "Wijzigingslog";

export const LOG_KOP = [
  "Tijdstip",
  "Batch",
  "Actie",
  "Blad",
  "Cel",
  "Oud",
  "Nieuw",
  "Ongedaan",
] as const;

export interface LogRegel {
  /** 1-based row in the log sheet. */
  row: number;
  tijdstip: string;
  batch: string;
  actie: string;
  sheet: string;
  cell: string;
  oud: CellValue;
  nieuw: CellValue;
  ongedaan: string;
}

const Regel = z.object({
  tijdstip: z.string().min(1),
  batch: z.string().min(1),
  actie: z.string(),
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
});

/** Reads the log. Rows someone damaged by hand are skipped and counted, never undone by guess. */
export function leesLog(values: readonly (readonly CellValue[])[]): {
  regels: LogRegel[];
  overgeslagen: number;
} {
  const regels: LogRegel[] = [];
  let overgeslagen = 0;
  values.forEach((row, i) => {
    if (i === 0 || row.every((v) => cellText(v) === "")) return;
    const parsed = Regel.safeParse({
      tijdstip: cellText(row[0]),
      batch: cellText(row[1]),
      actie: cellText(row[2]),
      sheet: cellText(row[3]),
      cell: cellText(row[4]),
    });
    if (!parsed.success) {
      overgeslagen++;
      return;
    }
    regels.push({
      row: i + 1,
      ...parsed.data,
      oud: row[5] ?? "",
      nieuw: row[6] ?? "",
      ongedaan: cellText(row[7]),
    });
  });
  return { regels, overgeslagen };
}

/** The rows to append for a batch of edits. */
export function logRijen(
  edits: readonly CellEdit[],
  batch: string,
  actie: string,
  tijdstip: string
): CellValue[][] {
  return edits.map((e) => [tijdstip, batch, actie, e.sheet, e.cell, e.from, e.to, ""]);
}

/** The newest batch not yet undone, with its lines. */
export function laatsteBatch(
  regels: readonly LogRegel[]
): { batch: string; actie: string; regels: LogRegel[] } | null {
  const open = regels.filter((r) => r.ongedaan === "");
  const laatste = open[open.length - 1];
  if (!laatste) return null;
  return {
    batch: laatste.batch,
    actie: laatste.actie,
    regels: open.filter((r) => r.batch === laatste.batch),
  };
}

/** Same value as the user sees it: 5 and "5" are one value, text is compared exactly. */
export function zelfdeWaarde(a: CellValue, b: CellValue): boolean {
  return cellText(a) === cellText(b);
}
