import { parseCell } from "../../core/address";
import { afdrukOp } from "../afdrukken";
import type { CellEdit, CellMove } from "../../core/findings";
import { tijdstipNederlands } from "../../core/blad-opmaak";
import {
  LOG_BLAD,
  LOG_KOP,
  logBreedtes,
  logIndeling,
  logKop,
  logOpmaak,
  logRows,
  type LogIndeling,
} from "../../core/wijzigingslog";
import type {
  GuardOp,
  HostError,
  SheetGuardOp,
  WorkbookPort,
  WorkbookSummary,
  WriteOp,
} from "../ports";
import { bestaat, writeAllOrNothing, type Herstel } from "../schrijven";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";

export interface ApplyOptions {
  /** What the user did, as the log names it ("Normaliseer accounthouders", "Herstel status"). */
  actie: string;
  /** The moment, as the log shows it; the caller reads the clock. */
  tijdstip: string;
  /**
   * What a preview already read: where the log ends. With it, applying is a single write; without
   * it, one outline read comes first.
   */
  bekend?: Buitenkant;
  /**
   * Further guards the write must pass before anything is written, as the preview relied on them:
   * a sheet that must still end where it did (rows appended below a list), for instance.
   */
  bewaak?: readonly (GuardOp | SheetGuardOp)[];
}

/**
 * What applying must know of the workbook: where the log ends and its layout. Whether a target sheet
 * is protected is not asked: Excel takes values for unlocked cells of a protected sheet, and the
 * Office adapter refuses a batch for locked ones before it writes anything (locked-cells.ts).
 */
export interface Buitenkant {
  logRijen: number | null;
  /** The layout of an existing log (an older Regie wrote another); absent: the current one. */
  logIndeling?: LogIndeling;
}

export interface ToepasResultaat {
  batch: string;
  aantal: number;
}

/**
 * Writes confirmed edits (a new text, or a value moved from another cell) and appends them to the Wijzigingslog, in one batch: the log and the sheet
 * cannot disagree. One outline read (where the log ends, whether cells are protected) and one write.
 */
export async function pasWijzigingenToe(
  port: WorkbookPort,
  edits: readonly CellMove[],
  opties: ApplyOptions
): Promise<Outcome<ToepasResultaat>> {
  return withHostErrors(async () => {
    if (edits.length === 0) return succeeded({ batch: "", aantal: 0 });
    if (edits.some((e) => parseCell(e.cell) === null)) return refused("ongeldige-cel", {});
    const bekend = opties.bekend ?? (await buitenkant(port));
    const { logRijen } = bekend;
    const indeling = logRijen === null ? "nieuw" : (bekend.logIndeling ?? "nieuw");
    const ops = [
      // The log must end where the preview (or the outline read) saw it end: a log added or
      // extended since (Herstel status in between) is refused before anything is written, never
      // written over or, on rollback, deleted (issue 24, case 11).
      { kind: "expectSheet", sheet: LOG_BLAD, rowCount: logRijen } satisfies WriteOp,
      ...(opties.bewaak ?? []),
      // Nothing is written over a cell changed since the preview read it (Excel has no lock).
      ...edits.map((e): WriteOp => ({
        kind: "expect",
        sheet: e.sheet,
        cell: e.cell,
        value: e.from,
      })),
      ...edits.map((e): WriteOp => ({
        kind: "values",
        sheet: e.sheet,
        address: e.cell,
        values: [[e.to]],
      })),
      ...logOps(logRijen, indeling, edits, opties),
    ];
    await writeAllOrNothing(port, ops, wijzigingHerstel(edits, logRijen, indeling), {
      task: "wijzigingen",
      actie: opties.actie,
    });
    return succeeded({ batch: tijdstipNederlands(opties.tijdstip), aantal: edits.length });
  });
}

/**
 * Puts applied edits back: each cell what it held just before (as the guard read it; the preview's
 * value if the batch never got that far), the log without the lines just appended.
 */
function wijzigingHerstel(
  edits: readonly CellMove[],
  logRijen: number | null,
  indeling: LogIndeling
): Herstel {
  return (na, fout) => {
    const voorheen = new Map(fout.guardedBefore.map((v) => [`${v.sheet}!${v.cell}`, v]));
    const cellen = edits.map((e): WriteOp => {
      const was = voorheen.get(`${e.sheet}!${e.cell}`);
      // A formula the user typed goes back as a formula, not as its result.
      return was?.formula !== undefined
        ? { kind: "formula", sheet: e.sheet, cell: e.cell, formula: was.formula }
        : { kind: "values", sheet: e.sheet, address: e.cell, values: [[was ? was.value : e.from]] };
    });
    return [...cellen, ...logTerug(na, edits.length, logRijen, indeling, fout)];
  };
}

/**
 * After a failed write: the log as it was before `aantal` lines were appended (a log the batch
 * created goes altogether). A log that was already there when the batch tried to add one (Excel
 * answered ItemAlreadyExists, "The resource being created already exists", Office Add-ins error
 * codes for Excel: a colleague's Regie made it between the guard read and the writes)
 * is not the batch's: it stays, with its lines.
 */
export function logTerug(
  na: WorkbookSummary,
  aantal: number,
  logRijen: number | null,
  indeling: LogIndeling,
  fout?: HostError
): WriteOp[] {
  if (!bestaat(na, LOG_BLAD)) return [];
  if (logRijen === null) return bestondAl(fout) ? [] : [{ kind: "deleteSheet", sheet: LOG_BLAD }];
  const leeg = Array.from({ length: aantal }, () => logKop(indeling).map(() => ""));
  const van = Math.max(logRijen, 1) + 1;
  return [
    { kind: "values", sheet: LOG_BLAD, address: `A${van}`, values: leeg },
    // The appended moments' date format goes too: the log is left exactly as it was.
    ...logOpmaak(indeling, van, van + aantal - 1).map((o): WriteOp => ({
      kind: "format",
      sheet: LOG_BLAD,
      ...o,
      numberFormat: "General",
    })),
  ];
}

/** Whether the write failed because a sheet it added was already there (Excel's error code). */
function bestondAl(fout: HostError | undefined): boolean {
  return (
    fout?.detail.reason === "excel-failed" && fout.detail.params.excelCode === "ItemAlreadyExists"
  );
}

export async function buitenkant(port: WorkbookPort): Promise<Buitenkant> {
  // The log's header row tells its layout.
  const summary = await port.summary({ rows: 1, columns: LOG_KOP.length + 1 });
  const log = summary.sheets.find((s) => s.name === LOG_BLAD);
  return { logRijen: log?.rowCount ?? null, logIndeling: logIndeling(log?.head[0]) };
}

/** The log lines of a batch: appended to the log there is, or a new log sheet with its header. */
export function logOps(
  rijen: number | null,
  indeling: LogIndeling,
  edits: readonly CellMove[],
  opties: ApplyOptions
): WriteOp[] {
  // The log keeps each new value as the cell gets it (a moved date stays a date).
  const rows = logRows(edits as readonly CellEdit[], opties.actie, opties.tijdstip, indeling);
  const van = rijen === null ? 2 : Math.max(rijen, 1) + 1;
  const datums = logOpmaak(indeling, van, van + rows.length - 1).map((o): WriteOp => ({
    kind: "format",
    sheet: LOG_BLAD,
    ...o,
  }));
  if (rijen !== null)
    return [{ kind: "values", sheet: LOG_BLAD, address: `A${van}`, values: rows }, ...datums];
  const breedtes = logBreedtes(rows);
  return [
    { kind: "addSheet", sheet: LOG_BLAD },
    { kind: "values", sheet: LOG_BLAD, address: "A1", values: [[...LOG_KOP], ...rows] },
    { kind: "format", sheet: LOG_BLAD, address: "A1:G1", bold: true },
    ...datums,
    ...breedtes.map((breedte, c): WriteOp => ({
      kind: "format",
      sheet: LOG_BLAD,
      address: `${String.fromCharCode(65 + c)}1`,
      columnWidth: breedte,
    })),
    { kind: "freezeRows", sheet: LOG_BLAD, rows: 1 },
    // Printed: all columns across one landscape A4, as many pages down as the lines need, the
    // header atop each.
    afdrukOp(LOG_BLAD, {
      printArea: null,
      fitToPages: { wide: 1, tall: 0 },
      printTitleRows: "$1:$1",
      rowBreaks: [],
    }),
  ];
}
