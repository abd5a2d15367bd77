import { z } from "zod";
import { areaAddress, cellAddress, parseArea } from "../core/address";
import { cellText, type CellValue } from "../core/grid";
import { validatieSchema } from "../core/validatie";
import {
  hostDetail,
  HostError,
  type Journaal,
  type SheetSummary,
  type WorkbookSummary,
  type WriteOp,
  type WriteTask,
} from "./ports";
import type { Herstel } from "./schrijven";

/**
 * A batch's journal, computed before it writes: its writes on sheets that existed (recovery
 * compares each cell with them), the sheets it adds or deletes, and what its own rollback would
 * write if every write had landed. Kept in the workbook while the batch writes, it lets the next
 * pane undo what a closed pane left half done.
 */
export function journaalVoor(ops: readonly WriteOp[], herstel: Herstel, task: WriteTask): Journaal {
  const toegevoegd = new Set(ops.flatMap((o) => (o.kind === "addSheet" ? [o.sheet] : [])));
  const schrijft = ops.filter(
    (o) =>
      o.kind === "addSheet" ||
      o.kind === "deleteSheet" ||
      ((o.kind === "values" || o.kind === "formula") && !toegevoegd.has(o.sheet))
  );
  let terug: WriteOp[];
  try {
    terug = herstel(alsKlaar(ops), ONDERBROKEN);
  } catch {
    terug = [];
  }
  const gebieden = ops.flatMap((o) => {
    if (o.kind !== "values" || !toegevoegd.has(o.sheet)) return [];
    const start = parseArea(o.address);
    const breed = o.values.reduce((n, r) => Math.max(n, r.length), 0);
    if (!start || o.values.length === 0 || breed === 0) return [];
    const area = {
      ...start,
      bottom: start.top + o.values.length - 1,
      right: start.left + breed - 1,
    };
    return [{ sheet: o.sheet, address: areaAddress(area) }];
  });
  return { task, schrijft, terug: terug.filter((o) => TERUG_SOORTEN.has(o.kind)), gebieden };
}

/** What a rollback is told when there was no failure to read: the pane closed, nothing known. */
const ONDERBROKEN = new HostError("closed", hostDetail("item-missing", {}), { partial: true });

const TERUG_SOORTEN = new Set<WriteOp["kind"]>([
  "values",
  "fill",
  "format",
  "addSheet",
  "deleteSheet",
  "sheetVisibility",
  "clearSheet",
  "validation",
]);

/** The workbook as a batch leaves it when everything lands: its sheets, each new sheet Regie's. */
function alsKlaar(ops: readonly WriteOp[]): WorkbookSummary {
  const namen = new Set<string>();
  for (const o of ops) {
    if (o.kind === "deleteSheet") namen.delete(o.sheet);
    else namen.add(o.sheet);
  }
  const blad = (name: string): SheetSummary => ({
    name,
    visibility: "Visible",
    protected: false,
    rowCount: 0,
    columnCount: 0,
    head: [],
  });
  return { sheets: [...namen].map(blad), activeSheet: null };
}

const cel = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const vulling = z.object({ pattern: z.string(), color: z.string() });
const zichtbaarheid = z.enum(["Visible", "Hidden", "VeryHidden"]);
const opSchema = z.union([
  z.object({
    kind: z.literal("values"),
    sheet: z.string(),
    address: z.string(),
    values: z.array(z.array(cel)),
  }),
  z.object({
    kind: z.literal("formula"),
    sheet: z.string(),
    cell: z.string(),
    formula: z.string(),
  }),
  z.object({
    kind: z.literal("fill"),
    sheet: z.string(),
    addresses: z.array(z.string()),
    fill: vulling,
  }),
  z.object({
    kind: z.literal("format"),
    sheet: z.string(),
    address: z.string(),
    numberFormat: z.string().optional(),
    fill: vulling.optional(),
  }),
  z.object({
    kind: z.literal("addSheet"),
    sheet: z.string(),
    visibility: zichtbaarheid.optional(),
  }),
  z.object({
    kind: z.literal("deleteSheet"),
    sheet: z.string(),
    visibility: zichtbaarheid.optional(),
  }),
  z.object({ kind: z.literal("sheetVisibility"), sheet: z.string(), visibility: zichtbaarheid }),
  z.object({ kind: z.literal("clearSheet"), sheet: z.string() }),
  z.object({
    kind: z.literal("validation"),
    sheet: z.string(),
    address: z.string(),
    validatie: validatieSchema.nullable(),
  }),
]);
const taakSchema = z.object({ task: z.string() }).passthrough();

/** The journal as a pane reads it back from the workbook: whole, or only its task and sheets. */
const journaalSchema = z.union([
  z.object({
    task: taakSchema,
    schrijft: z.array(opSchema),
    terug: z.array(opSchema),
    gebieden: z.array(z.object({ sheet: z.string(), address: z.string() })).optional(),
  }),
  z.object({ task: taakSchema, bladen: z.array(z.string()) }),
]);

export type GelezenJournaal =
  | {
      task: WriteTask;
      schrijft: WriteOp[];
      terug: WriteOp[];
      gebieden?: { sheet: string; address: string }[];
    }
  | { task: WriteTask; bladen: string[] }
  | null;

/** The stored journal, validated: anything else (a hand-edited lock sheet) reads as unknown. */
export function leesJournaal(opgeslagen: unknown): GelezenJournaal {
  const r = journaalSchema.safeParse(opgeslagen);
  // The task only names the write in a sentence; its shape is WriteTask's, written by Regie.
  return r.success ? (r.data as GelezenJournaal) : null;
}

/** What putting an interrupted write back does and leaves, before the user says yes. */
export interface TerugdraaiPlan {
  ops: WriteOp[];
  /** Cells that get back what they held before the write. */
  cellen: { sheet: string; cell: string; was: string; wordt: string }[];
  /** Cells the write changed and that were changed again since: they stay as they are. */
  gewijzigd: { sheet: string; cell: string; nu: string }[];
  /** Sheets the write added that go, and sheets it removed that come back. */
  bladenWeg: string[];
  /** Sheets the write added that stay: something stands there now that the write did not put. */
  bladenGehouden: string[];
  bladenTerug: string[];
  /** Other things put back (fills, formats), counted. */
  opmaak: number;
}

/**
 * Plans putting back what an interrupted write left: each cell it wrote that still holds what it
 * wrote gets back what it held (guarded, so an edit made meanwhile is refused, not overwritten);
 * a cell changed again since stays, named; a sheet it added goes, one it deleted comes back.
 */
export function planTerugdraaien(
  journaal: {
    schrijft: WriteOp[];
    terug: WriteOp[];
    gebieden?: { sheet: string; address: string }[];
  },
  summary: WorkbookSummary,
  waarden: (sheet: string) => readonly (readonly CellValue[])[] | null
): TerugdraaiPlan {
  const plan: TerugdraaiPlan = {
    ops: [],
    cellen: [],
    gewijzigd: [],
    bladenWeg: [],
    bladenGehouden: [],
    bladenTerug: [],
    opmaak: 0,
  };
  const bestaat = new Set(summary.sheets.map((s) => s.name));
  const toegevoegd = new Set(
    journaal.schrijft.flatMap((o) => (o.kind === "addSheet" ? [o.sheet] : []))
  );
  const herschreven = new Set<string>();
  const geschreven = new Map<string, CellValue>();
  for (const o of journaal.schrijft)
    if (o.kind === "values") cellen(o, (sheet, cell, v) => geschreven.set(`${sheet}!${cell}`, v));
  // A sheet the write added holds something outside where the write wrote: someone else's.
  const meerDanGeschreven = (sheet: string): boolean => {
    const grid = waarden(sheet);
    if (grid === null) return false;
    const gebieden = (journaal.gebieden ?? [])
      .filter((g) => g.sheet === sheet)
      .flatMap((g) => parseArea(g.address) ?? []);
    return grid.some((row, r) =>
      row.some(
        (v, c) =>
          cellText(v) !== "" &&
          !gebieden.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)
      )
    );
  };
  for (const o of journaal.terug) {
    switch (o.kind) {
      case "values":
        cellen(o, (sheet, cell, was) => {
          // A sheet made anew (one of Regie's own, rewritten whole) gets its content back as it was.
          if (plan.bladenTerug.includes(sheet) || herschreven.has(sheet)) {
            plan.ops.push({ kind: "values", sheet, address: cell, values: [[was]] });
            return;
          }
          const grid = bestaat.has(sheet) ? waarden(sheet) : null;
          if (grid === null) return;
          const nu = cellText(waardeIn(grid, cell));
          const wordt = geschreven.get(`${sheet}!${cell}`);
          if (nu === cellText(was)) return;
          if (wordt !== undefined && nu === cellText(wordt)) {
            plan.ops.push({ kind: "expect", sheet, cell, value: waardeIn(grid, cell) });
            plan.ops.push({ kind: "values", sheet, address: cell, values: [[was]] });
            plan.cellen.push({ sheet, cell, was: nu, wordt: cellText(was) });
          } else plan.gewijzigd.push({ sheet, cell, nu });
        });
        break;
      case "deleteSheet":
        if (bestaat.has(o.sheet) && toegevoegd.has(o.sheet) && meerDanGeschreven(o.sheet)) {
          plan.bladenGehouden.push(o.sheet);
        } else if (bestaat.has(o.sheet) && toegevoegd.has(o.sheet)) {
          plan.ops.push(o);
          plan.bladenWeg.push(o.sheet);
          bestaat.delete(o.sheet);
        }
        break;
      case "addSheet":
        if (!bestaat.has(o.sheet)) {
          plan.ops.push(o);
          plan.bladenTerug.push(o.sheet);
          bestaat.add(o.sheet);
        }
        break;
      case "clearSheet":
        if (bestaat.has(o.sheet)) {
          plan.ops.push(o);
          herschreven.add(o.sheet);
        }
        break;
      default:
        if (bestaat.has(o.sheet)) {
          plan.ops.push(o);
          plan.opmaak++;
        }
    }
  }
  return plan;
}

function cellen(
  o: Extract<WriteOp, { kind: "values" }>,
  elk: (sheet: string, cell: string, value: CellValue) => void
): void {
  const start = parseArea(o.address);
  if (!start) return;
  o.values.forEach((row, r) =>
    row.forEach((v, c) => elk(o.sheet, cellAddress(start.top + r, start.left + c), v))
  );
}

function waardeIn(grid: readonly (readonly CellValue[])[], cell: string): CellValue {
  const at = parseArea(cell);
  return at ? (grid[at.top]?.[at.left] ?? "") : "";
}
