import { journaalVoor } from "./journaal";
import {
  hostDetail,
  HostError,
  type WorkbookPort,
  type WorkbookSummary,
  type WriteOp,
  type WriteTask,
} from "./ports";

/**
 * Builds the writes that put back what was there before, given which sheets exist after the failure
 * and the failure itself (a "changed" failure says what the guarded cells held).
 */
export type Herstel = (naFout: WorkbookSummary, fout: HostError) => WriteOp[];

/**
 * Writes all operations, or none: Excel does not roll back a batch that fails half way (a protected
 * sheet, a lost connection, a payload over the limit), so on failure Regie looks at what exists and
 * writes back what it read before. The user hears what happened and that nothing changed, or, should
 * even that fail, exactly what to check.
 */
export async function writeAllOrNothing(
  port: WorkbookPort,
  ops: readonly WriteOp[],
  herstel: Herstel,
  task: WriteTask
): Promise<void> {
  if (ops.length === 0) return;
  try {
    await port.write(ops, { journaal: journaalVoor(ops, herstel, task) });
  } catch (fout) {
    if (!(fout instanceof HostError)) throw fout;
    const failed = (outcome: "refused" | "restored" | "not-restored") =>
      hostDetail("write-failed", { task, outcome, cause: fout.detail, sheets: bladen(ops) });
    // Refused before anything changed (the file could not even be loaded): nothing to put back.
    if (fout.nothingWritten)
      throw new HostError(fout.code, failed("refused"), { nothingWritten: true });
    try {
      const na = await port.summary({ rows: 3, columns: 2 });
      const terug = herstel(na, fout);
      // Under the failed batch's lock, which the last write of the put-back gives back.
      const overname = fout.slot === undefined ? {} : { overname: fout.slot };
      if (terug.length > 0 || fout.slot !== undefined) await port.write(terug, overname);
    } catch {
      throw new HostError(fout.code, failed("not-restored"), { partial: fout.partial });
    }
    throw new HostError(fout.code, failed("restored"));
  }
}

function bladen(ops: readonly WriteOp[]): string[] {
  return [...new Set(ops.map((o) => o.sheet))];
}

/** Whether a sheet exists after the failure (it may or may not have been added or deleted). */
export function bestaat(summary: WorkbookSummary, sheet: string): boolean {
  return summary.sheets.some((s) => s.name === sheet);
}
