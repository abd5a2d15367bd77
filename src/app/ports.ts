import type { Fill } from "../core/highlight/fill";
import { cellText, type CellValue, type Grid, type MergedArea } from "../core/grid";
import type { CelValidatie } from "../core/validatie";

/**
 * The workbook as the use-cases see it. Each method is one round trip to the host (one
 * `context.sync()` in Office, chunked only when a payload would pass Excel's request limit), so a
 * use-case's number of round trips is the number of port calls it makes.
 */
export interface WorkbookPort {
  /** Every sheet's name, state, size and top-left corner: enough to recognise sheets without reading them. */
  summary(window?: HeadWindow): Promise<WorkbookSummary>;
  /** Reads whole sheets (values from A1 to the last used cell, merged areas, optionally fills). */
  read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]>;
  /**
   * Applies all operations in order, in one batch. Where several writers can reach the workbook at
   * once (panes, the ribbon), the adapter lets one write at a time, keeps `journaal` in the workbook
   * while it writes and removes it when the batch landed; `overname` continues an interrupted write
   * (a rollback after a failure, or putting back what a closed pane left).
   */
  write(ops: readonly WriteOp[], options?: WriteOptions): Promise<void>;
  /**
   * A write that never finished (its pane closed mid-write) as the workbook still records it, or
   * null: none, or one that is still being written. Files opened by the CLI have none.
   */
  onderbroken(): Promise<Onderbreking | null>;
  /**
   * Each area's data validation, per cell (rows x columns; null where a cell has none). Excel only
   * (Range.dataValidation, ExcelApi 1.8): files opened by the CLI have no such method. One round
   * trip, and a second for areas whose cells differ (Excel reports those as mixed, not per cell).
   */
  validaties?(gebieden: readonly Gebied[]): Promise<CelValidatie[][][]>;
  /** Activates the sheet and selects the range, so the user sees what a finding points at. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Optional (a host that tells of edits; Excel from ExcelApi 1.7, not a file): calls `listener`
   * for each edit of the sheet's cells that Regie did not make itself. Resolves with the way to
   * stop listening, or null when this host tells of no edits. The listener must not write.
   */
  onSheetChanged?(
    sheet: string,
    listener: (change: SheetChange) => void
  ): Promise<StopListening | null>;
  /**
   * Optional, with onSheetChanged: the values and formulas of whole rows, in one round trip; with
   * `text`, also each cell as Excel shows it (what tells a date cell's date system).
   */
  readRows?(
    sheet: string,
    rows: readonly RowSpan[],
    columns: number,
    opties?: { text?: boolean }
  ): Promise<RowsRead[]>;
}

/** An edit the host told of: the sheet and the A1 address of the cells that changed. */
export interface SheetChange {
  sheet: string;
  address: string;
}

export type StopListening = () => Promise<void>;

/** Rows `top` to `bottom` of a sheet, 0-based and inclusive. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** Rows as read: their values from column A (`columns` wide) and where they hold formulas. */
export interface RowsRead extends RowSpan {
  values: CellValue[][];
  /** Cells with a formula, in sheet coordinates (0-based). */
  formulas: MergedArea[];
  /** With `text` asked for: each cell as Excel shows it (Range.text), same shape as values. */
  text?: string[][];
}

/** A range of one sheet: "G5:G40". */
export interface Gebied {
  sheet: string;
  address: string;
}

export interface WriteOptions {
  /** What puts the batch back, kept in the workbook until the batch has landed. */
  journaal?: Journaal;
  /** Take over the interrupted write with this id (its lock and journal) instead of waiting for it. */
  overname?: string;
}

/** A batch's way back, computed before it writes: what puts every cell and sheet back as it was. */
export interface Journaal {
  task: WriteTask;
  /** The writes whose cells recovery compares with (values on sheets that existed, sheets added). */
  schrijft: WriteOp[];
  /** What puts back what was there, as if every write had landed. */
  terug: WriteOp[];
  /**
   * Where the batch writes on the sheets it adds (sheet and area): a sheet it added goes on
   * recovery only while nothing stands outside these (the user may have written there since).
   */
  gebieden?: { sheet: string; address: string }[];
}

/** An unfinished write found in the workbook: its id, when it began, and its journal as stored. */
export interface Onderbreking {
  id: string;
  /** When it began, in milliseconds since 1970 by the writer's clock. */
  begonnen: number;
  /** The journal as the adapter read it back (untrusted: validated by the use-case), or null. */
  journaal: unknown;
  /**
   * False when the write stopped before any of its writes (its guards refused it and the pane
   * closed before giving the lock back): then nothing is to be put back, whatever its journal says.
   */
  schreef: boolean;
}

export interface HeadWindow {
  rows: number;
  columns: number;
}

export const DEFAULT_HEAD_WINDOW: HeadWindow = { rows: 30, columns: 30 };

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetSummary {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Rows and columns from A1 to the last used cell; 0 when the sheet is empty. */
  rowCount: number;
  columnCount: number;
  /** The first rows x columns of values (fewer when the sheet is smaller). */
  head: CellValue[][];
}

export interface WorkbookSummary {
  sheets: SheetSummary[];
  activeSheet: string | null;
}

export interface ReadRequest {
  sheet: string;
  /** When the sheet may not exist: the answer is then null instead of an error. */
  optional?: boolean;
  /** Also return each cell's fill (needed to restore fills exactly after highlighting). */
  fills?: boolean;
  /**
   * With fills: the rectangle read reaches at least this far from A1, also where the sheet holds no
   * values (padded with ""). A cell Regie coloured keeps its fill when its value is cleared, and
   * the values-only used range no longer reaches it (Worksheet.getUsedRange(valuesOnly), Office.js
   * reference).
   */
  fillsAtLeast?: { rows: number; columns: number };
  /** Also return where the sheet holds formulas (cells Regie must never overwrite with a value). */
  formulas?: boolean;
}

export type { Fill } from "../core/highlight/fill";
export { NO_FILL } from "../core/highlight/fill";

export interface SheetRead {
  grid: Grid;
  /** Same shape as grid.values when fills were asked for. */
  fills?: Fill[][];
  /** 0-based indexes of rows hidden by the user or a filter. */
  hiddenRows: number[];
  /** When asked for: the areas of cells that hold a formula (0-based, inclusive). */
  formulas?: MergedArea[];
  /**
   * Formula cells whose result the workbook does not hold, read as empty. Only a file can hold
   * them (a producer that does not calculate, such as openpyxl, wrote it); Excel always calculates.
   */
  uncalculated?: MergedArea[];
}

export type WriteOp =
  /**
   * A guard, not a write: the cell must still hold this value (as the user sees it), and no formula,
   * when the batch runs. The Office adapter reads the guarded cells (values and formulas) in a sync
   * of their own before anything is written, and refuses with HostError "changed" and
   * `nothingWritten` when any differs; it reads them again in the same round trip as the (first
   * chunk of) writes, queued before them, for an edit made in between: that mismatch comes after
   * the writes landed, so the error carries what every guarded cell held (its formula too) and the
   * caller (schrijven.ts) puts exactly that back. The file adapter compares before it writes anything.
   */
  | { kind: "expect"; sheet: string; cell: string; value: CellValue }
  /**
   * A guard on a sheet, read with the cell guards before anything is written: the sheet must not
   * exist (`rowCount` null) or must end where the caller last saw it (rows from A1 to the last
   * filled cell, as WorkbookSummary counts them). An apply guards what its preview relied on (where
   * the Wijzigingslog ends), so a stale preview is refused, naming what changed, instead of writing
   * over a log line or adding a log that is already there.
   */
  | {
      kind: "expectSheet";
      sheet: string;
      rowCount: number | null;
      /** What the caller read it for, as the refusal says: a preview (default), or just a read. */
      sinds?: "voorvertoning" | "lezen";
    }
  /** Values from the top-left cell; text that looks like a formula is written as text. */
  | { kind: "values"; sheet: string; address: string; values: CellValue[][] }
  /** The same fill on many ranges; the adapter joins addresses into as few calls as Excel allows. */
  | { kind: "fill"; sheet: string; addresses: string[]; fill: Fill }
  | { kind: "addSheet"; sheet: string; visibility?: SheetVisibility; activate?: boolean }
  /** `visibility`: as the caller last saw it; a VeryHidden sheet is made Hidden first (see the adapter). */
  | { kind: "deleteSheet"; sheet: string; visibility?: SheetVisibility }
  /** Sets a sheet's visibility (puts back a VeryHidden sheet a failed delete left Hidden). */
  | { kind: "sheetVisibility"; sheet: string; visibility: SheetVisibility }
  /** Removes all values and formats from the sheet (used only on Regie's own sheets). */
  | { kind: "clearSheet"; sheet: string }
  | {
      kind: "format";
      sheet: string;
      address: string;
      numberFormat?: string;
      bold?: boolean;
      italic?: boolean;
      fontColor?: string;
      fill?: Fill;
      horizontalAlignment?: "Left" | "Center" | "Right";
      /** Range.format.verticalAlignment (ExcelApi 1.1); Excel's default is Bottom. */
      verticalAlignment?: "Top" | "Center" | "Bottom";
      columnWidth?: number;
      wrapText?: boolean;
    }
  | { kind: "table"; sheet: string; address: string; name: string; style: string }
  | {
      kind: "chart";
      sheet: string;
      source: string;
      name: string;
      type: "ColumnStacked";
      title: string;
      seriesBy: "Columns" | "Rows";
      /** Where the chart sits: top-left and bottom-right cell. */
      from: string;
      to: string;
      /** A solid fill per series, in series order ("#RRGGBB"); absent, the host's own colours. */
      seriesColors?: readonly string[];
    }
  | { kind: "freezeRows"; sheet: string; rows: number }
  /**
   * How the sheet prints: orientation, the area printed and the number of pages it is shrunk to
   * (Excel's "Aanpassen aan": wide x tall).
   */
  | {
      kind: "pageLayout";
      sheet: string;
      orientation: "Portrait" | "Landscape";
      /** The paper; absent, the printer's own. */
      paperSize?: "A4";
      printArea?: string;
      fitToPages?: { wide: number; tall: number };
      /** Rows repeated at the top of every printed page, as "$6:$6". */
      printTitleRows?: string;
      /** 1-based rows that start a printed page (a manual page break above each). */
      rowBreaks?: readonly number[];
    }
  | { kind: "activate"; sheet: string }
  /**
   * Replaces the data validation of every cell of the range by `validatie` (null: none). The
   * adapter clears first: Excel refuses a rule over cells whose validations differ.
   */
  | { kind: "validation"; sheet: string; address: string; validatie: CelValidatie }
  /** Puts a formula back into one cell (a rollback restoring what the user had typed). */
  | { kind: "formula"; sheet: string; cell: string; formula: string };

/** A guarded cell and what it held just before the batch ran. */
export interface GuardedCell {
  sheet: string;
  cell: string;
  value: CellValue;
  /** The formula it held ("=..."), to put back instead of its result; absent for a constant. */
  formula?: string;
}

/** A guarded cell as read now: its value and, when it holds one, its formula. */
export interface GuardRead {
  value: CellValue;
  formula?: string;
}

/** The host errors' categories: what the use-cases tell apart (and the CLI's exit code follows). */
export type HostErrorCode =
  | "protected"
  | "sync-failed"
  | "too-large"
  | "closed"
  | "missing-sheet"
  | "unreadable"
  | "changed"
  /** Another writer (pane, ribbon, colleague's Regie) holds the workbook's write lock. */
  | "busy"
  /** A write that a closed pane left unfinished must be looked at first. */
  | "interrupted";

/** Which round trip to Excel failed. */
export type Phase = "lezen" | "schrijven" | "selecteren";

/** Which answer of Excel's the Office adapter could not make sense of. */
export type ExcelAnswer = "values" | "hidden-rows" | "fills" | "head";

/** A reason or refusal whose sentence names nothing. */
export type NoParams = Record<string, never>;

/** What schrijfAllesOfNiets was writing when the host failed: the subject of its sentence. */
export type WriteTask =
  | { task: "markeren" }
  | { task: "markeringen-wissen" }
  | { task: "vastleggen" }
  | { task: "vastlegging-verwijderen" }
  | { task: "ongedaan-maken" }
  /** Writes the change log records, under its action name (as the log writes it). */
  | { task: "wijzigingen"; actie: string }
  /** `replaces`: the sheet takes the place of Regie's previous one. */
  | { task: "blad-maken"; sheet: string; replaces: boolean }
  | { task: "dashboard-maken"; replaces: boolean };

/**
 * Why the host failed, one reason per sentence the user can read, with what that sentence names.
 * The Dutch wording is in host-berichten.ts; the adapters only say which reason and what.
 */
export type HostReasonParams = {
  /** Guarded cells no longer hold what the preview read: the first, and how many others. */
  "cells-changed": { sheet: string; cell: string; others: number; value: string; expected: string };
  /**
   * A guarded cell holds a formula (typed since the preview, or there all along: the preview reads
   * values only), which a write would replace by a value; `others`: other cells that differ.
   */
  "cell-holds-formula": { sheet: string; cell: string; formula: string; others: number };
  /** A sheet guarded by expectSheet: `expected`/`now` its rows, null where it did not exist. */
  "sheet-changed": {
    sheet: string;
    expected: number | null;
    now: number | null;
    sinds?: "voorvertoning" | "lezen";
  };
  "sheet-missing": { sheet: string };
  /** Another writer holds the lock; `since`: when it began, as HH:MM:SS. */
  "writer-busy": { since: string };
  /** A write left unfinished (its pane closed); `since`: when it began, as HH:MM:SS. */
  "write-interrupted": { since: string };
  "item-missing": NoParams;
  "structure-protected": NoParams;
  "sheet-protected": NoParams;
  /** A protected sheet whose cells a write would change are (partly) locked: refused beforehand. */
  "cells-locked": { sheet: string };
  "payload-too-large": NoParams;
  /** Any other Excel failure: its error code (empty when it had none) and message. */
  "excel-failed": { phase: Phase; excelCode: string; error: string };
  "answer-not-understood": { answer: ExcelAnswer; sheet: string };
  /** A file read for comparing (`file`: its name). */
  "sheet-not-in-file": { sheet: string; file: string };
  "file-read-only": { file: string };
  /** `part`: the package part that failed, with the reader's reason and the sheet it belongs to. */
  "file-unreadable": { file: string; part?: PartFailure };
  /** A file opened by path: not a zip at all, or a part of it unreadable. */
  "path-unreadable": { path: string; part?: PartFailure };
  /**
   * A part that unpacks past the reader's cap (`total`: the parts read so far together), whatever
   * sizes the zip declares; `limitMb` is the cap in MB. `file`: the path or the picked file's name.
   */
  "file-inflates-too-large": { file: string; part: string; limitMb: number; total: boolean };
  /** An OLE compound file with an EncryptionInfo stream: an .xlsx saved with a password. */
  "file-encrypted": { file: string };
  /** An OLE compound file without one: a legacy .xls (or another Office 97-2003 file). */
  "file-legacy-xls": { file: string };
  /**
   * A verslag file Regie cannot read (`file`: its path or name): no Word document (.docx) nor
   * text, a password-protected or old (.doc) Word file, text past `limitMb`, or a damaged `part`.
   */
  "document-unreadable": {
    file: string;
    soort: "geen-word" | "onderdeel" | "versleuteld" | "oud-word" | "geen-tekst" | "te-groot";
    part?: PartFailure;
    limitMb?: number;
  };
  "copy-unloadable": { path: string; error: string };
  "sheet-too-long": { sheet: string; rows: number; max: number };
  "file-sheet-protected": { sheet: string };
  "sheet-exists": { sheet: string };
  "sheet-gone": { sheet: string };
  "cell-address-invalid": { address: string };
  "chart-address-invalid": { chart: string };
  "chart-source-too-small": { chart: string; source: string };
  "chart-color-invalid": { chart: string; color: string };
  /**
   * schrijfAllesOfNiets' account of a failed write: refused before anything changed, put back, or
   * not all put back (then `sheets` are the ones to check), with the host's own reason.
   */
  "write-failed": {
    task: WriteTask;
    outcome: "refused" | "restored" | "not-restored";
    cause: HostDetail;
    sheets: string[];
  };
};

/** Why a package part could not be read; worded in host-berichten.ts. */
export type PartReason =
  | "ontbreekt"
  | "niet-uit-te-pakken"
  | "xml-onbekende-entiteit"
  | "xml-niet-afgesloten"
  | "xml-ongeldig"
  | "buiten-raster";

export interface PartFailure {
  part: string;
  reason: PartReason;
  sheet?: string;
  /** The row or cell the part names, for "buiten-raster". */
  reference?: string;
}

export type HostReason = keyof HostReasonParams;

/** A reason with its params, as one value. */
export type HostDetail = {
  [R in HostReason]: { reason: R; params: HostReasonParams[R] };
}[HostReason];

export function hostDetail<R extends HostReason>(
  reason: R,
  params: HostReasonParams[R]
): HostDetail {
  return { reason, params } as HostDetail;
}

/**
 * Something went wrong on the host side that the user must hear about: a category (`code`), the
 * reason with its params (`detail`, worded in Dutch by host-berichten.ts at the edge) and what it
 * means for the workbook. The message is technical, for logs.
 */
export class HostError extends Error {
  /** With "changed": what every guarded cell held before the batch, to put back exactly that. */
  readonly guardedBefore: readonly GuardedCell[];
  /** The host refused before changing anything (nothing to put back). */
  readonly nothingWritten: boolean;
  /**
   * The failure came while writing: part of the batch may have landed (a chunk, or the writes
   * queued before a failing one). The caller says so, or puts things back.
   */
  readonly partial: boolean;
  /**
   * The write lock the failed batch still holds (its journal with it): the rollback passes it as
   * `overname`, so no other writer comes between the failure and the putting back.
   */
  readonly slot: string | undefined;

  constructor(
    readonly code: HostErrorCode,
    readonly detail: HostDetail,
    options: {
      guardedBefore?: readonly GuardedCell[];
      nothingWritten?: boolean;
      partial?: boolean;
      slot?: string;
    } = {}
  ) {
    super(`${code}: ${detail.reason} ${JSON.stringify(detail.params)}`);
    this.name = "HostError";
    this.guardedBefore = options.guardedBefore ?? [];
    this.nothingWritten = options.nothingWritten ?? false;
    this.partial = options.partial ?? false;
    this.slot = options.slot;
  }
}

export type GuardOp = Extract<WriteOp, { kind: "expect" }>;
export type SheetGuardOp = Extract<WriteOp, { kind: "expectSheet" }>;

/** Guards and writes apart: guards are never sent as writes. */
export function isGuard(op: WriteOp): op is GuardOp | SheetGuardOp {
  return op.kind === "expect" || op.kind === "expectSheet";
}

/**
 * For the adapters, before anything is written: given each guarded sheet's rows now (null: it does
 * not exist), throws HostError "changed" (nothing written) for the first that differs.
 */
export function checkSheetGuards(
  guards: readonly SheetGuardOp[],
  current: readonly (number | null)[]
): void {
  const i = guards.findIndex((g, k) => g.rowCount !== current[k]);
  if (i < 0) return;
  throw new HostError(
    "changed",
    hostDetail("sheet-changed", {
      sheet: guards[i].sheet,
      expected: guards[i].rowCount,
      now: current[i],
      ...(guards[i].sinds && { sinds: guards[i].sinds }),
    }),
    { nothingWritten: true }
  );
}

/**
 * For the adapters: given what each guarded cell holds now (in the order of `guards`), throws
 * HostError "changed" when any differs from what was expected. Values compare as the user sees them
 * (5 and "5" alike, surrounding spaces aside), as the preview compared them; a cell that now holds a
 * formula differs even when its result equals the expected value (writing would replace the
 * formula). `nothingWritten`: the check ran before any write (nothing to put back).
 */
export function checkGuards(
  guards: readonly GuardOp[],
  current: readonly (CellValue | GuardRead)[],
  options: { nothingWritten?: boolean } = {}
): void {
  const reads = current.map(asGuardRead);
  const guardedBefore = guards.map((g, i): GuardedCell => ({
    sheet: g.sheet,
    cell: g.cell,
    value: reads[i]?.value ?? "",
    ...(reads[i]?.formula !== undefined && { formula: reads[i].formula }),
  }));
  const differing = guards.flatMap((g, i) =>
    guardedBefore[i].formula === undefined && cellText(guardedBefore[i].value) === cellText(g.value)
      ? []
      : [{ ...guardedBefore[i], expected: g.value }]
  );
  if (differing.length > 0) throw changedError(differing, guardedBefore, options);
}

function asGuardRead(c: CellValue | GuardRead): GuardRead {
  return typeof c === "object" && c !== null ? c : { value: c };
}

/** Guarded cells that no longer hold what the preview saw: the first of them, and how many more. */
function changedError(
  differing: readonly (GuardedCell & { expected: CellValue })[],
  guardedBefore: readonly GuardedCell[],
  options: { nothingWritten?: boolean }
): HostError {
  const changedOptions = { guardedBefore, nothingWritten: options.nothingWritten };
  // A formula is named as a formula: "gewijzigd sinds de voorvertoning" would not be true of a
  // formula that was there when the preview read its result.
  const formula = differing.find((d) => d.formula !== undefined);
  if (formula?.formula !== undefined)
    return new HostError(
      "changed",
      hostDetail("cell-holds-formula", {
        sheet: formula.sheet,
        cell: formula.cell,
        formula: formula.formula,
        others: differing.length - 1,
      }),
      changedOptions
    );
  const first = differing[0];
  return new HostError(
    "changed",
    hostDetail("cells-changed", {
      sheet: first.sheet,
      cell: first.cell,
      others: differing.length - 1,
      // As compared above, so the message never reads "nu true, was true" for a boolean.
      value: cellText(first.value),
      expected: cellText(first.expected),
    }),
    changedOptions
  );
}
