import type { WriteOp } from "../../app/ports";
import { areaAddress, joinAddresses, parseArea } from "../../core/address";
import type { ExcelContext } from "./excel-types";
import type { SheetCache } from "./sheet-cache";

type ValuesOp = Extract<WriteOp, { kind: "values" }>;

/**
 * Protection follows locked cells: on a protected sheet Excel takes values written to unlocked cells
 * and refuses the others with AccessDenied (Range.format.protection.locked, ExcelApi 1.2; every cell
 * is locked until unlocked: see the stand-in's README). Queued with a write's guard read: whether each
 * sheet the batch writes values to is protected. The answer, after that sync: those sheets.
 */
export function queueProtectedSheets(
  context: ExcelContext,
  ops: readonly WriteOp[]
): () => string[] {
  // A sheet the batch adds is new, so unprotected; a missing one is a null object, not a failure.
  const added = new Set(ops.filter((op) => op.kind === "addSheet").map((op) => op.sheet));
  const names = [...new Set(valuesOps(ops).map((op) => op.sheet))].filter((n) => !added.has(n));
  const loaded = names.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("protection/protected")
  );
  return () => names.filter((_, i) => !loaded[i].isNullObject && loaded[i].protection.protected);
}

/**
 * The first protected sheet where a values write of the batch would touch a locked cell, read in one
 * more sync (only when a sheet is protected: otherwise none): per sheet one lock read per group of up
 * to 8,192 address characters (getRanges' limit), never one per cell. Null when all are unlocked.
 */
export async function lockedTarget(
  context: ExcelContext,
  sheets: SheetCache,
  ops: readonly WriteOp[],
  protectedSheets: readonly string[]
): Promise<string | null> {
  if (protectedSheets.length === 0) return null;
  const reads = protectedSheets.flatMap((sheet) => {
    const addresses = valuesOps(ops)
      .filter((op) => op.sheet === sheet)
      .map(writtenArea);
    return joinAddresses(addresses).map((group) => {
      const protection = sheets.get(sheet).getRanges(group).format.protection;
      protection.load("locked");
      return { sheet, protection };
    });
  });
  await context.sync();
  // `locked` is null when the cells differ: some of them are locked.
  return reads.find((r) => r.protection.locked !== false)?.sheet ?? null;
}

function valuesOps(ops: readonly WriteOp[]): ValuesOp[] {
  return ops.filter(
    (op): op is ValuesOp => op.kind === "values" && op.values.some((row) => row.length > 0)
  );
}

/** The cells a values write covers: its top-left cell and the array's size. */
function writtenArea(op: ValuesOp): string {
  const start = parseArea(op.address);
  if (!start) throw new RangeError(`Regie: geen geldig celadres: ${op.address}`);
  const width = op.values.reduce((max, row) => Math.max(max, row.length), 0);
  return areaAddress({
    top: start.top,
    left: start.left,
    bottom: start.top + op.values.length - 1,
    right: start.left + width - 1,
  });
}
