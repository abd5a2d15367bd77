import type { GuardOp, GuardRead, SheetGuardOp } from "../../app/ports";
import { areaAddress, parseArea } from "../../core/address";
import type { CellValue } from "../../core/grid";
import type { ExcelContext } from "./excel-types";
import type { SheetCache } from "./sheet-cache";

/** Rows between two guarded cells of a column that one read still spans (their values travel back). */
const MAX_GAP = 20;

/** Estimated request bytes of one guard read (a range, its reference, a load), from the real serializer. */
export const GUARD_READ_BYTES = 520;

interface Run {
  sheet: string;
  column: number;
  top: number;
  bottom: number;
}

/**
 * The guarded cells grouped into column runs: one `values` load per run instead of one per cell, so
 * 20,000 guards cost a few reads in the request, not 20,000 (about 430 bytes each through Microsoft's
 * serializer). Each run loads values and formulas, so a formula typed over a previewed cell is seen
 * (and can be put back). Returns a function that, after the sync, gives each guard's current value
 * and formula, in order.
 */
export function queueGuardReads(
  sheets: SheetCache,
  guards: readonly GuardOp[]
): { reads: number; values(): GuardRead[] } {
  const runs: Run[] = [];
  const place = guards.map((g) => {
    const area = parseArea(g.cell);
    if (!area) throw new RangeError(`Regie: geen geldig celadres: ${g.cell}`);
    return { sheet: g.sheet, row: area.top, column: area.left };
  });
  const order = place.map((_, i) => i).sort((a, b) => compare(place[a], place[b]));
  const runOf = new Array<number>(guards.length);
  for (const i of order) {
    const p = place[i];
    const last = runs[runs.length - 1];
    if (
      last &&
      last.sheet === p.sheet &&
      last.column === p.column &&
      p.row - last.bottom <= MAX_GAP
    )
      last.bottom = p.row;
    else runs.push({ sheet: p.sheet, column: p.column, top: p.row, bottom: p.row });
    runOf[i] = runs.length - 1;
  }
  const loaded = runs.map((run) =>
    sheets
      .get(run.sheet)
      .getRange(
        areaAddress({ top: run.top, left: run.column, bottom: run.bottom, right: run.column })
      )
      .load(["values", "formulas"])
  );
  return {
    reads: runs.length,
    values: () =>
      place.map((p, i) => {
        const at = p.row - runs[runOf[i]].top;
        return guardRead(
          loaded[runOf[i]].values[at]?.[0] ?? "",
          loaded[runOf[i]].formulas[at]?.[0] ?? ""
        );
      }),
  };
}

/**
 * Range.formulas gives the formula in A1-style notation where a cell has one (Office.js reference,
 * Excel.Range.formulas); for a constant it gives the constant (learn.microsoft.com, Range.Formula,
 * Excel interop: "If the cell contains a constant, this property returns the constant"). So a
 * formula is a text starting with "=" that is not the value itself (a text constant "=x" reads the
 * same in both).
 */
function guardRead(value: CellValue, formula: CellValue): GuardRead {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value
    ? { value, formula }
    : { value };
}

function compare(a: { sheet: string; row: number; column: number }, b: typeof a): number {
  return a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.column - b.column || a.row - b.row;
}

/**
 * Queues, for each guarded sheet, whether it exists and its rows from A1 to the last filled cell,
 * counted as readSummary counts them (so an apply compares like with like). A used range asked of a
 * null worksheet is a null object too, as readSummary's probe chain relies on; `valuesOnly` as there
 * (Office.js reference, Worksheet.getUsedRangeOrNullObject). Gives, after the sync, each sheet's
 * rows, or null where it does not exist.
 */
export function queueSheetGuardReads(
  context: ExcelContext,
  guards: readonly SheetGuardOp[]
): () => (number | null)[] {
  const probes = guards.map((g) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(g.sheet);
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "rowCount"]);
    return { sheet, used };
  });
  return () =>
    probes.map(({ sheet, used }) =>
      sheet.isNullObject ? null : used.isNullObject ? 0 : used.rowIndex + used.rowCount
    );
}
