import { z } from "zod";
import { columnLetter } from "./address";
import { TIJDSTIP_FORMAAT, tijdstipNederlands, tijdstipSerieel } from "./blad-opmaak";
import type { CellEdit } from "./findings";
import { cellText, type CellValue } from "./grid";

/** The visible sheet where every change Regie writes is recorded, so it can be read back and undone. */
export const LOG_BLAD = "Wijzigingslog";

/** The log's columns; Tijdstip and "Ongedaan gemaakt op" are real dates (dd-mm-jjjj uu:mm). */
/**
 * "Oud" of the first log line of a sheet Regie created (a register it wrote): the explicit record
 * that lets Undo delete that sheet. Lines from "" alone never do, since a hand-edited log can say
 * that of any sheet (issue 24, case 15). Undoing the line alone writes "".
 */
export const NIEUW_BLAD = "(nieuw blad)";

export const LOG_KOP = [
  "Tijdstip",
  "Handeling",
  "Blad",
  "Cel",
  "Oud",
  "Nieuw",
  "Ongedaan gemaakt op",
] as const;

/**
 * The log as Regie wrote it before: an English "Batch" column repeating the timestamp, timestamps as
 * ISO text. Such a log is still read, undone and appended to in its own layout, never mixed.
 */
export const OUDE_LOG_KOP = [
  "Tijdstip",
  "Batch",
  "Actie",
  "Blad",
  "Cel",
  "Oud",
  "Nieuw",
  "Ongedaan",
] as const;

export type LogIndeling = "nieuw" | "oud";

/** Which layout a log has, from its header row (no log yet: the new one). */
export function logIndeling(kopRij: readonly CellValue[] | undefined): LogIndeling {
  return cellText(kopRij?.[1]) === "Batch" ? "oud" : "nieuw";
}

/** The columns per layout, 0-based; `ongedaan` is where undoing writes its moment. */
const KOLOMMEN = {
  nieuw: { tijdstip: 0, batch: 0, actie: 1, sheet: 2, cell: 3, oud: 4, nieuw: 5, ongedaan: 6 },
  oud: { tijdstip: 0, batch: 1, actie: 2, sheet: 3, cell: 4, oud: 5, nieuw: 6, ongedaan: 7 },
} as const;

export function logKop(indeling: LogIndeling): readonly string[] {
  return indeling === "oud" ? OUDE_LOG_KOP : LOG_KOP;
}

export interface LogRegel {
  /** 1-based row in the log sheet. */
  row: number;
  /** As the user reads it: 24-02-2021 10:15:03. */
  tijdstip: string;
  /** The lines written together share it (their moment). */
  batch: string;
  actie: string;
  sheet: string;
  cell: string;
  oud: CellValue;
  nieuw: CellValue;
  ongedaan: string;
  /** Where undoing this line writes its moment: G5 (H5 in a log of the old layout). */
  ongedaanCel: string;
}

const Regel = z.object({
  tijdstip: z.string().min(1),
  batch: z.string().min(1),
  actie: z.string(),
  sheet: z.string().min(1),
  // A cell, or a block of cells (a data validation is logged per block of cells that had the same).
  cell: z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/),
});

/** Reads the log. Rows someone damaged by hand are skipped and counted, never undone by guess. */
export function readLog(values: readonly (readonly CellValue[])[]): {
  regels: LogRegel[];
  overgeslagen: number;
  indeling: LogIndeling;
} {
  const indeling = logIndeling(values[0]);
  const k = KOLOMMEN[indeling];
  const regels: LogRegel[] = [];
  let overgeslagen = 0;
  values.forEach((row, i) => {
    if (i === 0 || row.every((v) => cellText(v) === "")) return;
    const parsed = Regel.safeParse({
      tijdstip: moment(row[k.tijdstip]),
      batch: moment(row[k.batch]),
      actie: cellText(row[k.actie]),
      sheet: cellText(row[k.sheet]),
      cell: cellText(row[k.cell]),
    });
    if (!parsed.success) {
      overgeslagen++;
      return;
    }
    regels.push({
      row: i + 1,
      ...parsed.data,
      oud: row[k.oud] ?? "",
      nieuw: row[k.nieuw] ?? "",
      ongedaan: moment(row[k.ongedaan]),
      ongedaanCel: `${columnLetter(k.ongedaan)}${i + 1}`,
    });
  });
  return { regels, overgeslagen, indeling };
}

/** The rows to append for a batch of edits, in the log's layout. */
export function logRows(
  edits: readonly CellEdit[],
  actie: string,
  tijdstip: string,
  indeling: LogIndeling = "nieuw"
): CellValue[][] {
  if (indeling === "oud")
    return edits.map((e) => [tijdstip, tijdstip, actie, e.sheet, e.cell, e.from, e.to, ""]);
  const wanneer = momentWaarde(tijdstip, indeling);
  return edits.map((e) => [wanneer, actie, e.sheet, e.cell, e.from, e.to, ""]);
}

/** A moment as the log holds it: a real date in the new layout, the text as given in the old. */
export function momentWaarde(tijdstip: string, indeling: LogIndeling): CellValue {
  return indeling === "nieuw" ? (tijdstipSerieel(tijdstip) ?? tijdstip) : tijdstip;
}

/** Number formats of the log's moments (new layout only), as [address, format] for a block of rows. */
export function logOpmaak(
  indeling: LogIndeling,
  vanRij: number,
  totRij: number
): { address: string; numberFormat: string }[] {
  if (indeling === "oud" || totRij < vanRij) return [];
  return [{ address: `A${vanRij}:A${totRij}`, numberFormat: TIJDSTIP_FORMAAT }];
}

/** Widths in points for a new log: the moments fit dd-mm-jjjj uu:mm, the rest its header and first lines. */
export function logBreedtes(rows: readonly (readonly CellValue[])[]): number[] {
  return LOG_KOP.map((kop, c) => {
    const tekens =
      c === 0 || c === 6
        ? Math.max(16, kop.length)
        : Math.max(kop.length, ...rows.map((r) => cellText(r[c]).length));
    return Math.min(300, Math.max(48, tekens * 6 + 18));
  });
}

/** Newest batch not yet undone, with its lines. */
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

/** A moment cell as the user reads it: a date serial as 24-02-2021 10:15:03, ISO text made Dutch. */
function moment(value: CellValue | undefined): string {
  if (typeof value === "number") return serieelTijdstip(value);
  return tijdstipNederlands(cellText(value));
}

function serieelTijdstip(serial: number): string {
  const seconden = Math.round(serial * 86_400);
  const dag = Math.floor(seconden / 86_400);
  const rest = seconden - dag * 86_400;
  const datum = new Date(Date.UTC(1899, 11, 30) + dag * 86_400_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(datum.getUTCDate())}-${p(datum.getUTCMonth() + 1)}-${datum.getUTCFullYear()} ${p(Math.floor(rest / 3600))}:${p(Math.floor((rest % 3600) / 60))}:${p(rest % 60)}`;
}
