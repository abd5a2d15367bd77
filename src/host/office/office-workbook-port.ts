import {
  checkGuards,
  checkSheetGuards,
  HostError,
  isGuard,
  type SheetGuardOp,
  DEFAULT_HEAD_WINDOW,
  type GuardOp,
  type HeadWindow,
  type ReadRequest,
  type SheetRead,
  type WorkbookPort,
  type WorkbookSummary,
  type WriteOp,
  type WriteOptions,
  type Journaal,
  type Onderbreking,
  type Gebied,
  type RowSpan,
  type RowsRead,
  type SheetChange,
  type StopListening,
  hostDetail,
} from "../../app/ports";
import type { CelValidatie } from "../../core/validatie";
import { readValidaties } from "./validaties";
import { EigenSchrijven, leesRijen, luister } from "./wijzigingen";
import { errorCode, toHostError, tooLarge, type Phase } from "./errors";
import {
  MAX_JOURNAAL,
  queueClaim,
  queueSchrijft,
  queueHeartbeat,
  queueReadSlot,
  queueRelease,
  SLOT_BLAD,
  verlopen,
  type Claim,
  type GelezenSlot,
} from "./schrijfslot";
import type { ExcelContext, ExcelRunner, ExcelRunnerOn, RequirementsLike } from "./excel-types";
import { CHUNK_BYTES } from "./payload";
import { readSheets } from "./read";
import { GUARD_READ_BYTES, queueGuardReads, queueSheetGuardReads } from "./guard-reads";
import { lockedTarget, queueProtectedSheets } from "./locked-cells";

/** Rough JSON size of one value, and of a value with its fill, in a response. */
const BYTES_PER_CELL = 24;
const BYTES_PER_CELL_WITH_FILL = 80;
import { SheetCache } from "./sheet-cache";
import { readSummary } from "./summary";
import { chunkWrites, halved, refusedForSize, stackValueWrites } from "./write-chunks";
import { queueWriteOp } from "./write-ops";

/** Waits between attempts at a lock another writer holds: about four seconds in all. */
const POGINGEN_MS = [100, 250, 500, 1000, 2000];

export interface OfficePortOptions {
  /** The clock the lock's times come from (tests pass their own). */
  klok?: () => number;
  /** Waits between attempts at a held lock (tests pass one that does not sleep). */
  wacht?: (ms: number) => Promise<void>;
  /** A fresh id for this port's next lock. */
  nieuwId?: () => string;
  /**
   * Excel.run on a kept context (removing an event handler); in Excel Office.js's own by default
   * (excelRunOn), in tests and the demo the stand-in's.
   */
  runOn?: ExcelRunnerOn;
  /** Office.context.requirements (by default Office's own, when Office.js is loaded). */
  vereisten?: RequirementsLike | null;
}

/** Office.context.requirements where Office.js is loaded and initialised; null elsewhere. */
function officeVereisten(): RequirementsLike | null {
  try {
    const office = (globalThis as { Office?: { context?: { requirements?: RequirementsLike } } })
      .Office;
    return office?.context?.requirements ?? null;
  } catch {
    // Office.context before Office.js initialised: no requirement can be known, so none is assumed.
    return null;
  }
}

/** The default for runOn where Office.js is not loaded: nothing to remove, never called then. */
const zonderOfficeRunOn: ExcelRunnerOn = (context, batch) => {
  const excel = (globalThis as { Excel?: { run: ExcelRunnerOn } }).Excel;
  if (!excel) throw new Error("Regie: Excel.run is er niet");
  return excel.run(context, batch);
};

/** Another writer holds the lock (or, `opnieuw`, this port just learnt to write without one). */
class SlotBezet extends Error {
  constructor(
    readonly slot: Claim,
    readonly opnieuw = false
  ) {
    super("Regie: het schrijfslot is bezet");
  }
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The journal as stored: whole when it fits, else only which task it was and which sheets. */
function journaalTekst(journaal: Journaal | undefined): string | null {
  if (!journaal) return null;
  const heel = JSON.stringify(journaal);
  if (heel.length <= MAX_JOURNAAL) return heel;
  const bladen = [...new Set([...journaal.schrijft, ...journaal.terug].map((o) => o.sheet))];
  return JSON.stringify({ task: journaal.task, bladen });
}

/** Excel's failure as a HostError that says nothing of the batch was written. */
function nietsGeschreven(error: unknown): HostError {
  const failed = toHostError(error, "schrijven");
  return new HostError(failed.code, failed.detail, { nothingWritten: true });
}

/** The same error, now naming the lock the batch still holds (and that something may have landed). */
function metSlot(error: HostError, slot: string | null, partial = error.partial): HostError {
  if (slot === null) return error;
  const held = new HostError(error.code, error.detail, {
    guardedBefore: error.guardedBefore,
    nothingWritten: error.nothingWritten,
    partial,
    slot,
  });
  held.cause = error.cause;
  return held;
}

/** Gives the lock back after a refusal; should that fail, the lock goes stale and is found later. */
async function releaseQuietly(context: ExcelContext): Promise<void> {
  // Twice: a lock left behind blocks every writer until the pane offers to lift it.
  for (let poging = 0; poging < 2; poging++) {
    try {
      queueRelease(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return;
    } catch {
      // A lock left behind holds a journal of writes that never happened: recovery finds nothing.
    }
  }
}

/** Whether the workbook holds no lock sheet at all; false when that cannot be read. */
async function geenSlot(context: ExcelContext): Promise<boolean> {
  try {
    const lees = queueReadSlot(context);
    await context.sync();
    return lees() === null;
  } catch {
    return false;
  }
}

/** Sheets reached per sync by summary(); beyond this a workbook costs one more sync per chain. */
const MIN_SUMMARY_CHAIN = 64;

/**
 * WorkbookPort over the Excel JavaScript API. Each method is one Excel.run with one context.sync(),
 * except where a payload would pass Excel on the web's 5 MB limit (then chunks of under 4 MB). Every
 * Excel error becomes a HostError with its reason. Pass `excelRun` in the add-in and the Excel
 * stand-in's `run` (Microsoft's library over an emulated workbook) in tests, the bench and the demo.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private sheetsSeen = 0;
  /** Cells per sheet from the last summary: lets read() see a too-large answer coming. */
  private readonly cellCounts = new Map<string, number>();
  private readonly klok: () => number;
  private readonly wacht: (ms: number) => Promise<void>;
  private readonly nieuwId: () => string;
  /** The workbook's structure is protected: no lock sheet can be added, so writes go without. */
  private zonderSlot = false;
  private readonly runOn: ExcelRunnerOn;
  private readonly vereisten: RequirementsLike | null;
  /** What this port is writing or just wrote: its own changes, for the change events. */
  private readonly eigen: EigenSchrijven;

  constructor(
    private readonly run: ExcelRunner,
    options: OfficePortOptions = {}
  ) {
    this.klok = options.klok ?? Date.now;
    this.wacht = options.wacht ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.nieuwId = options.nieuwId ?? randomId;
    this.runOn = options.runOn ?? zonderOfficeRunOn;
    this.vereisten = options.vereisten === undefined ? officeVereisten() : options.vereisten;
    this.eigen = new EigenSchrijven(this.klok);
  }

  /** A moment by this port's clock, as the user's messages show it (HH:MM:SS). */
  private tijd(ms: number): string {
    return new Date(ms).toLocaleTimeString("nl-NL", { hour12: false });
  }

  summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    const chain = Math.max(MIN_SUMMARY_CHAIN, this.sheetsSeen + 16);
    return this.guard("lezen", (context) => readSummary(context, window, chain)).then((read) => {
      this.sheetsSeen = read.sheets.length;
      // The lock is this adapter's business: the use-cases never see (or count) it.
      const summary = { ...read, sheets: read.sheets.filter((s) => s.name !== SLOT_BLAD) };
      for (const s of summary.sheets) this.cellCounts.set(s.name, s.rowCount * s.columnCount);
      return summary;
    });
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    if (requests.length === 0) return [];
    return this.guard("lezen", (context) =>
      readSheets(context, requests, this.estimatedBytes(requests) > CHUNK_BYTES)
    );
  }

  /**
   * The guards in a sync of their own, then all operations in order in one sync (above the payload
   * limit in consecutive chunks, not atomic then). The guards are read and compared before anything
   * is written, so a changed cell is refused with nothing to put back: a pane closed before a
   * rollback could run can no longer leave the user's edit overwritten. They are read again with the
   * first chunk, queued before its writes, for an edit made between the two syncs.
   *
   * One writer at a time (see schrijfslot.ts): the lock is taken first in the first request, with
   * the journal, refreshed in every later one and given back at the end of the last. A lock another
   * writer holds is waited for a few seconds, then refused as "busy"; a lock whose writer is gone as
   * "interrupted". A batch that fails after its lock landed keeps it: the error names it, and the
   * rollback continues under it (`overname`).
   */
  async write(ops: readonly WriteOp[], options: WriteOptions = {}): Promise<void> {
    // No operations: nothing to do, unless a lock taken over is to be given back.
    if (ops.length === 0 && options.overname === undefined) return;
    const klaar = this.eigen.begin(ops);
    try {
      return await this.writeWaiting(ops, options);
    } finally {
      klaar();
    }
  }

  private async writeWaiting(ops: readonly WriteOp[], options: WriteOptions): Promise<void> {
    for (const pauze of [...POGINGEN_MS, null]) {
      try {
        return await this.writeOnce(ops, options);
      } catch (error) {
        if (!(error instanceof SlotBezet)) throw error;
        if (error.opnieuw) return this.writeOnce(ops, options);
        const since = this.tijd(error.slot.begonnen);
        if (verlopen(error.slot, this.klok()))
          throw new HostError("interrupted", hostDetail("write-interrupted", { since }), {
            nothingWritten: true,
          });
        if (pauze === null)
          throw new HostError("busy", hostDetail("writer-busy", { since }), {
            nothingWritten: true,
          });
        await this.wacht(pauze);
      }
    }
  }

  private async writeOnce(ops: readonly WriteOp[], options: WriteOptions): Promise<void> {
    const guards = ops.filter((op): op is GuardOp => op.kind === "expect");
    const sheetGuards = ops.filter((op): op is SheetGuardOp => op.kind === "expectSheet");
    const overname = options.overname;
    const slot = this.zonderSlot && overname === undefined ? null : (overname ?? this.nieuwId());
    await this.guard("schrijven", async (context) => {
      const sheets = new SheetCache(context);
      const guarded = guards.length > 0 || sheetGuards.length > 0 || overname !== undefined;
      // A guarded batch takes the lock with its guard read: what the guards compare (Regie's own
      // sheets above all, which only a writer holding the lock changes) then stays as read until
      // the writes. An unguarded one takes it first in its first write request.
      const neemtVooraf = guarded && slot !== null && overname === undefined;
      if (guarded) {
        if (neemtVooraf) this.queueClaim(context, slot, options, false);
        const leesSlot = overname !== undefined ? queueReadSlot(context) : null;
        const rows = queueSheetGuardReads(context, sheetGuards);
        const before = queueGuardReads(sheets, guards);
        const beschermd = queueProtectedSheets(context, ops);
        // This sync only reads (and takes the lock): whatever fails here, nothing of the user's
        // was written and nothing is put back (a put-back would write the preview's values over
        // cells that moved since).
        try {
          await context.sync();
        } catch (error) {
          if (neemtVooraf) throw await this.claimFailed(context, error, slot, true);
          throw nietsGeschreven(error);
        }
        // A lock taken over must still be the one the caller knows (another pane may have).
        const gelezen = leesSlot?.() ?? null;
        if (leesSlot !== null && gelezen?.id !== overname)
          throw new SlotBezet(gelezen ?? { id: "", begonnen: 0, laatst: this.klok() });
        try {
          checkSheetGuards(sheetGuards, rows());
          checkGuards(guards, before.values(), { nothingWritten: true });
          // Values for locked cells of a protected sheet: refused before anything is written.
          const sheet = await lockedTarget(context, sheets, ops, beschermd());
          if (sheet !== null)
            throw new HostError("protected", hostDetail("cells-locked", { sheet }), {
              nothingWritten: true,
            });
        } catch (refusal) {
          if (neemtVooraf) await releaseQuietly(context);
          throw refusal instanceof HostError ? refusal : nietsGeschreven(refusal);
        }
      }
      // Loads queued before the writes answer with the cells as they were when the batch began.
      let guardReads = queueGuardReads(sheets, guards);
      const reserved = guardReads.reads * GUARD_READ_BYTES;
      const chunks = chunkWrites(
        stackValueWrites(ops.filter((op) => !isGuard(op))),
        CHUNK_BYTES,
        reserved
      );
      const all = chunks.length > 0 ? chunks : [[]];
      for (let i = 0; i < all.length; i++) {
        const chunk = all[i];
        const neemt = slot !== null && i === 0 && overname === undefined && !neemtVooraf;
        // The lock first: held by another writer, nothing after it in this request runs.
        if (neemt) this.queueClaim(context, slot, options);
        else if (slot !== null) queueHeartbeat(context, this.klok());
        // Guards passed: the lock says so before any write of the batch lands.
        if (neemtVooraf && i === 0) queueSchrijft(context);
        chunk.forEach((op) => queueWriteOp(sheets, op));
        if (slot !== null && i === all.length - 1) queueRelease(context);
        try {
          // One sync per chunk, and chunks exist only above the payload limit (linear in the data).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (error) {
          // Refused for its size (a refused request changes nothing): the same writes in halves;
          // a request that took the lock only once it is sure that no lock was left behind.
          const size = refusedForSize(chunk, error);
          let pieces = size ? halved(chunk, i === 0 ? reserved : 0) : null;
          if (pieces !== null && neemt && !(await geenSlot(context))) pieces = null;
          if (pieces !== null) {
            all.splice(i, 1, ...pieces);
            // The guard reads travelled in the refused request: queued again for the first piece.
            if (i === 0) guardReads = queueGuardReads(sheets, guards);
            i--;
            continue;
          }
          const failure = size ? tooLarge(error) : error;
          if (neemt) throw await this.claimFailed(context, failure, slot, false);
          throw metSlot(toHostError(failure, "schrijven"), slot);
        }
        if (i === 0) {
          // After the last request the lock is already given back: the rollback takes a new one.
          const nogVast = i < all.length - 1 ? slot : null;
          try {
            checkGuards(guards, guardReads.values());
          } catch (changed) {
            throw changed instanceof HostError ? metSlot(changed, nogVast) : changed;
          }
        }
      }
    });
  }

  /** Queues taking the lock, stamped with this port's clock and carrying the batch's journal. */
  private queueClaim(
    context: ExcelContext,
    slot: string,
    options: WriteOptions,
    schrijft = true
  ): void {
    const nu = this.klok();
    queueClaim(
      context,
      { id: slot, begonnen: nu, laatst: nu },
      journaalTekst(options.journaal),
      schrijft
    );
  }

  /**
   * The request that took the lock failed. Whether the lock landed decides what that means: another
   * writer's lock (SlotBezet: nothing of this batch ran), this batch's own (the failure came after
   * it: the error keeps the lock for the rollback), or none (nothing landed at all). A lock sheet
   * without a claim is this batch's when its add landed and the claim's values did not (another
   * writer's lock would have failed the add itself, with ItemAlreadyExists). A workbook whose
   * structure is protected cannot take the sheet at all (AccessDenied on WorksheetCollection.add,
   * Office Add-ins error codes): this port then writes without the lock, as before it had one.
   */
  private async claimFailed(
    context: ExcelContext,
    error: unknown,
    slot: string,
    onlyReads: boolean
  ): Promise<Error> {
    const failed = toHostError(error, "schrijven");
    let nu: GelezenSlot | null;
    try {
      const lees = queueReadSlot(context);
      await context.sync();
      nu = lees();
    } catch {
      // Unknown whether the lock landed: the rollback tries under it (and is refused if not).
      return metSlot(failed, slot, true);
    }
    const leeg = nu !== null && nu.id === "" && errorCode(error) !== "ItemAlreadyExists";
    if (nu !== null && (nu.id === slot || leeg)) {
      if (!onlyReads) return metSlot(failed, nu.id, true);
      // Only the lock was written: it goes back, and nothing else is to be put back.
      await releaseQuietly(context);
      return nietsGeschreven(error);
    }
    if (nu !== null) return new SlotBezet(nu);
    // The lock was there when the add ran and is gone now: its writer just finished. Try again.
    if (errorCode(error) === "ItemAlreadyExists")
      return new SlotBezet({ id: "", begonnen: this.klok(), laatst: this.klok() });
    if (failed.code === "protected" && failed.detail.reason === "structure-protected") {
      this.zonderSlot = true;
      return new SlotBezet({ id: "", begonnen: 0, laatst: this.klok() }, true);
    }
    return nietsGeschreven(error);
  }

  /**
   * The unfinished write the workbook records, once its writer is gone (a lock still refreshed is
   * a write at work, not an interruption).
   */
  async onderbroken(): Promise<Onderbreking | null> {
    const slot = await this.guard("lezen", async (context) => {
      const lees = queueReadSlot(context);
      await context.sync();
      return lees();
    });
    if (slot === null || !verlopen(slot, this.klok())) return null;
    return {
      id: slot.id,
      begonnen: slot.begonnen,
      journaal: slot.journaal,
      schreef: slot.schrijft,
    };
  }

  /**
   * Bytes the answer will take, from the sizes the last summary saw: a few dozen per value, more
   * with fills. Unknown sheets count as small: the read then simply tries, as before.
   */
  private estimatedBytes(requests: readonly ReadRequest[]): number {
    return requests.reduce(
      (n, r) =>
        n +
        (this.cellCounts.get(r.sheet) ?? 0) * (r.fills ? BYTES_PER_CELL_WITH_FILL : BYTES_PER_CELL),
      0
    );
  }

  validaties(gebieden: readonly Gebied[]): Promise<CelValidatie[][][]> {
    if (gebieden.length === 0) return Promise.resolve([]);
    return this.guard("lezen", (context) => readValidaties(context, gebieden));
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7), registered in one sync; Regie's own writes are left out
   * (wijzigingen.ts says how). Null on a host below 1.7 or where the requirement sets are unknown.
   */
  onSheetChanged(
    sheet: string,
    listener: (change: SheetChange) => void
  ): Promise<StopListening | null> {
    return luister(this.run, this.runOn, this.vereisten, this.eigen, sheet, listener).catch(
      (error: unknown) => {
        throw toHostError(error, "lezen");
      }
    );
  }

  readRows(
    sheet: string,
    rows: readonly RowSpan[],
    columns: number,
    opties: { text?: boolean } = {}
  ): Promise<RowsRead[]> {
    if (rows.length === 0 || columns <= 0) return Promise.resolve([]);
    return this.guard("lezen", (context) => leesRijen(context, sheet, rows, columns, opties));
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.guard("selecteren", async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
    });
  }

  private guard<T>(phase: Phase, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    return this.run(batch).catch((error: unknown) => {
      // A held lock is the write loop's to handle (wait, or say who holds it).
      if (error instanceof SlotBezet) throw error;
      throw toHostError(error, phase);
    });
  }
}
