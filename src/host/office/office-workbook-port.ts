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
} from "../../app/ports";
import { toHostError, type Phase } from "./errors";
import type { ExcelContext, ExcelRunner } from "./excel-types";
import { CHUNK_BYTES } from "./payload";
import { readSheets } from "./read";
import { GUARD_READ_BYTES, queueGuardReads, queueSheetGuardReads } from "./guard-reads";

/** Rough JSON size of one value, and of a value with its fill, in a response. */
const BYTES_PER_CELL = 24;
const BYTES_PER_CELL_WITH_FILL = 80;
import { SheetCache } from "./sheet-cache";
import { readSummary } from "./summary";
import { chunkWrites, stackValueWrites } from "./write-chunks";
import { queueWriteOp } from "./write-ops";

/** Sheets reached per sync by summary(); beyond this a workbook costs one more sync per chain. */
const MIN_SUMMARY_CHAIN = 64;

/**
 * WorkbookPort over the Excel JavaScript API. Each method is one Excel.run with one context.sync(),
 * except where a payload would pass Excel on the web's 5 MB limit (then chunks of under 4 MB). Every
 * Excel error becomes a HostError with its reason. Pass `excelRun` in the add-in and the fake's
 * `run` in tests and the browser demo.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private sheetsSeen = 0;
  /** Cells per sheet from the last summary: lets read() see a too-large answer coming. */
  private readonly cellCounts = new Map<string, number>();

  constructor(private readonly run: ExcelRunner) {}

  summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    const chain = Math.max(MIN_SUMMARY_CHAIN, this.sheetsSeen + 16);
    return this.guard("lezen", (context) => readSummary(context, window, chain)).then((summary) => {
      this.sheetsSeen = summary.sheets.length;
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
   */
  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    const guards = ops.filter((op): op is GuardOp => op.kind === "expect");
    const sheetGuards = ops.filter((op): op is SheetGuardOp => op.kind === "expectSheet");
    await this.guard("schrijven", async (context) => {
      const sheets = new SheetCache(context);
      if (guards.length > 0 || sheetGuards.length > 0) {
        const rows = queueSheetGuardReads(context, sheetGuards);
        const before = queueGuardReads(sheets, guards);
        // This sync only reads: whatever fails here, nothing was written and nothing is put back
        // (a put-back would write the preview's values over cells that moved since).
        await context.sync().catch((error: unknown) => {
          const failed = toHostError(error, "schrijven");
          throw new HostError(failed.code, failed.detail, { nothingWritten: true });
        });
        checkSheetGuards(sheetGuards, rows());
        checkGuards(guards, before.values(), { nothingWritten: true });
      }
      // Loads queued before the writes answer with the cells as they were when the batch began.
      const guardReads = queueGuardReads(sheets, guards);
      const chunks = chunkWrites(
        stackValueWrites(ops.filter((op) => !isGuard(op))),
        CHUNK_BYTES,
        guardReads.reads * GUARD_READ_BYTES
      );
      for (const [i, chunk] of (chunks.length > 0 ? chunks : [[]]).entries()) {
        chunk.forEach((op) => queueWriteOp(sheets, op));
        // One sync per chunk, and chunks exist only above the payload limit (linear in the data).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        if (i === 0) checkGuards(guards, guardReads.values());
      }
    });
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
      throw toHostError(error, phase);
    });
  }
}
