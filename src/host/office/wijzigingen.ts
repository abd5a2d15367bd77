import type { RowSpan, RowsRead, SheetChange, StopListening, WriteOp } from "../../app/ports";
import { parseArea, parseCell } from "../../core/address";
import type { MergedArea } from "../../core/grid";
import { parseAnswer, TextsAnswer, ValuesAnswer } from "./excel-answers";
import type {
  ExcelContext,
  ExcelRunner,
  ExcelRunnerOn,
  RequirementsLike,
  WorksheetChangedLike,
} from "./excel-types";

/**
 * How long after one of Regie's writes an event on its cells is still taken for Regie's own, where
 * the host cannot say (below ExcelApi 1.14): Excel delivers events on their own, after the sync
 * (assumption: well within this).
 */
export const NAGLOEI_MS = 2000;

/**
 * What Regie itself writes, for telling its own writes from the user's in change events: on a host
 * with ExcelApi 1.14 the event says so (`triggerSource` "ThisLocalAddin",
 * WorksheetChangedEventArgs); below it, a change that lies inside cells Regie is writing, or wrote
 * less than NAGLOEI_MS ago, is taken for Regie's own.
 */
export class EigenSchrijven {
  private readonly gebieden: { sheet: string; area: MergedArea; tot: number | null }[] = [];

  constructor(private readonly klok: () => number) {}

  /** A batch begins: its value and formula cells are Regie's until `klaar` and a while after. */
  begin(ops: readonly WriteOp[]): () => void {
    const nieuw = ops.flatMap((op) => {
      const area = geschreven(op);
      return area ? [{ sheet: op.sheet.toLowerCase(), area, tot: null as number | null }] : [];
    });
    this.gebieden.push(...nieuw);
    return () => nieuw.forEach((g) => (g.tot = this.klok() + NAGLOEI_MS));
  }

  /** The change lies in cells Regie is writing or just wrote. */
  bevat(sheet: string, address: string): boolean {
    const nu = this.klok();
    for (let i = this.gebieden.length - 1; i >= 0; i--) {
      const tot = this.gebieden[i].tot;
      if (tot !== null && tot < nu) this.gebieden.splice(i, 1);
    }
    const area = parseArea(address.includes("!") ? address.split("!").pop()! : address);
    if (!area) return false;
    const blad = sheet.toLowerCase();
    return this.gebieden.some((g) => g.sheet === blad && binnen(area, g.area));
  }
}

function geschreven(op: WriteOp): MergedArea | null {
  if (op.kind === "formula") {
    const c = parseCell(op.cell);
    return c && { top: c.row, left: c.col, bottom: c.row, right: c.col };
  }
  if (op.kind !== "values") return null;
  const start = parseCell(op.address.split(":")[0]);
  const width = op.values.reduce((n, row) => Math.max(n, row.length), 0);
  if (!start || op.values.length === 0 || width === 0) return null;
  return {
    top: start.row,
    left: start.col,
    bottom: start.row + op.values.length - 1,
    right: start.col + width - 1,
  };
}

function binnen(a: MergedArea, b: MergedArea): boolean {
  return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
}

/**
 * Registers one handler on the sheet's onChanged (ExcelApi 1.7) in one sync, on a context kept for
 * removing it ("The same RequestContext object that the handler was added in must be used when
 * removing the handler", OfficeExtension.EventHandlerResult). Null below ExcelApi 1.7. The handler
 * only calls the listener: it reads nothing and writes nothing.
 */
export async function luister(
  run: ExcelRunner,
  runOn: ExcelRunnerOn,
  vereisten: RequirementsLike | null,
  eigen: EigenSchrijven,
  sheet: string,
  listener: (change: SheetChange) => void
): Promise<StopListening | null> {
  if (!vereisten?.isSetSupported("ExcelApi", "1.7")) return null;
  const zegtBron = vereisten.isSetSupported("ExcelApi", "1.14");
  const handler = async (args: WorksheetChangedLike): Promise<void> => {
    const vanRegie = zegtBron
      ? args.triggerSource === "ThisLocalAddin"
      : eigen.bevat(sheet, args.address);
    if (!vanRegie) listener({ sheet, address: args.address });
  };
  const { context, result } = await run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(handler);
    await context.sync();
    return { context, result };
  });
  let gestopt = false;
  return async () => {
    if (gestopt) return;
    gestopt = true;
    await runOn(context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
  };
}

/** Whole rows' values and formulas, `columns` wide from column A: one sync for all spans. */
export async function leesRijen(
  context: ExcelContext,
  sheet: string,
  rows: readonly RowSpan[],
  columns: number,
  opties: { text?: boolean } = {}
): Promise<RowsRead[]> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const ranges = rows.map((span) => {
    const range = ws.getRangeByIndexes(span.top, 0, span.bottom - span.top + 1, columns);
    // Range.text (ExcelApi 1.1): each cell as Excel shows it (date-system.ts). The properties are
    // named, just chosen at run time; the rule reads a non-literal as an empty load.
    // eslint-disable-next-line office-addins/no-empty-load
    range.load(opties.text ? ["values", "formulas", "text"] : ["values", "formulas"]);
    return range;
  });
  await context.sync();
  return rows.map((span, i) => {
    const values = parseAnswer(ValuesAnswer, ranges[i].values, "values", sheet);
    const formulas = parseAnswer(ValuesAnswer, ranges[i].formulas, "values", sheet);
    const cells: MergedArea[] = [];
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string" && f.startsWith("="))
          cells.push({ top: span.top + r, left: c, bottom: span.top + r, right: c });
      })
    );
    const text = opties.text
      ? { text: parseAnswer(TextsAnswer, ranges[i].text, "values", sheet) }
      : {};
    return { ...span, values, formulas: cells, ...text };
  });
}
