import { parseArea } from "../../core/address";
import { datumstelselUitWeergave } from "../../core/dates/datumstelsel";
import type { CellValue, MergedArea } from "../../core/grid";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type {
  RowSpan,
  RowsRead,
  SheetChange,
  SheetRead,
  StopListening,
  WorkbookPort,
} from "../ports";
import { withHostErrors, type Outcome } from "../outcome";
import { rapporteer, readActielijst, type Gelezen, type ValidateOptions } from "./valideer";

/** Quiet time after the last edit before Regie looks: typing a few cells costs one read. */
export const WACHT_MS = 300;

/** Timers, injected so that tests decide when the quiet time is over (never the core's business). */
export interface Planner {
  zet(doe: () => void, ms: number): unknown;
  wis(handle: unknown): void;
}

export const GEWONE_PLANNER: Planner = {
  zet: (doe, ms) => setTimeout(doe, ms),
  wis: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the last full read of the list gave: the list and the registry it was checked with. */
export type Basis = Pick<Gelezen, "sheet" | "read" | "register">;

/** A new report after edits, with the 1-based rows the edits touched. */
export interface Bijgewerkt {
  rapport: Outcome<ActielijstRapport>;
  rijen: number[];
}

/**
 * Checks as you type: listens to the list's sheet and, once the user has paused for `wachtMs`,
 * reads only the rows that changed (values and formulas, one round trip), puts them into the grid
 * of the last full read and checks the whole grid again. Whole grid, because a row's context comes
 * from above it (header rows, merged and continuation cells carried down): an edit of a goal cell
 * changes the rows below it too. Only reads: never writes. Null when the port tells of no edits.
 */
export async function volgWijzigingen(
  port: WorkbookPort,
  basis: Basis,
  opties: ValidateOptions,
  opNieuw: (bijgewerkt: Bijgewerkt) => void,
  planner: Planner = GEWONE_PLANNER,
  wachtMs = WACHT_MS
): Promise<StopListening | null> {
  if (!port.onSheetChanged || !port.readRows) return null;
  let huidig = basis;
  let wachtend: MergedArea[] = [];
  let heel = false;
  let timer: unknown = null;
  let bezig: Promise<void> | null = null;
  let gestopt = false;

  const kijk = async (): Promise<void> => {
    const gebieden = wachtend;
    const alles = heel;
    wachtend = [];
    heel = false;
    const rijen = [...new Set(gebieden.flatMap((a) => range(a.top, a.bottom)))].map((r) => r + 1);
    let nieuw: Basis | null = null;
    const rapport = await withHostErrors(async () => {
      if (alles) {
        const gelezen = await readActielijst(port, { ...opties, sheet: huidig.sheet });
        if (!gelezen.ok) return gelezen;
        nieuw = gelezen.value;
      } else {
        const spans = spansOf(gebieden);
        const breed = Math.max(breedte(huidig.read), ...gebieden.map((a) => a.right + 1));
        // While no date cell told the date system, the rows' text comes along: a date typed
        // now may be the first to tell it, as a full read would (host/office/date-system.ts).
        const bekend = stelselBekend(huidig.read);
        const gelezen = await port.readRows!(huidig.sheet, spans, breed, { text: !bekend });
        const read = metRijen(huidig.read, gelezen);
        nieuw = { ...huidig, read: bekend ? read : metStelsel(read, gelezen) };
      }
      return rapporteer(nieuw, opties);
    });
    if (nieuw) huidig = nieuw;
    if (!gestopt) opNieuw({ rapport, rijen });
  };

  const plan = () => {
    if (timer !== null) planner.wis(timer);
    timer = planner.zet(() => {
      timer = null;
      // One look at a time: edits during a look wait for the next.
      const vorige = bezig ?? Promise.resolve();
      bezig = vorige.then(kijk).finally(() => (bezig = null));
    }, wachtMs);
  };

  const stop = await port.onSheetChanged(basis.sheet, (change: SheetChange) => {
    if (gestopt) return;
    const area = parseArea(change.address.split("!").pop() ?? "");
    if (area && area.bottom - area.top < 10_000) wachtend.push(area);
    else heel = true; // whole rows or columns, or a huge paste: read the list again
    plan();
  });
  if (!stop) return null;
  return async () => {
    gestopt = true;
    if (timer !== null) planner.wis(timer);
    await stop();
  };
}

/**
 * Whether a read knew its date system: 1904, or 1900 told by a date cell. A grid with numbers and
 * no flag was told 1900; one without numbers was told nothing (no number can be a date there).
 */
function stelselBekend(read: SheetRead): boolean {
  if (read.grid.date1904) return true;
  return read.grid.dateSystemAssumed !== true && heeftGetal(read.grid.values);
}

/**
 * The grid's date system after rows were read with their text: told by a date cell among them, or
 * still assumed (1900) when the grid holds a number and none told, as a full read sets it.
 */
function metStelsel(read: SheetRead, rijen: readonly RowsRead[]): SheetRead {
  const getoond = rijen.flatMap((span) =>
    span.values.flatMap((row, r) =>
      row.flatMap((v, c) =>
        typeof v === "number" ? [{ serial: v, text: span.text?.[r]?.[c] ?? "" }] : []
      )
    )
  );
  const stelsel = datumstelselUitWeergave(getoond);
  const { date1904: _1904, dateSystemAssumed: _aangenomen, ...grid } = read.grid;
  if (stelsel === "1904") return { ...read, grid: { ...grid, date1904: true } };
  if (stelsel === "1900" || !heeftGetal(grid.values)) return { ...read, grid };
  return { ...read, grid: { ...grid, dateSystemAssumed: true } };
}

function heeftGetal(values: readonly (readonly CellValue[])[]): boolean {
  return values.some((row) => row.some((v) => typeof v === "number"));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Rows of the areas as few spans as they make. */
function spansOf(areas: readonly MergedArea[]): RowSpan[] {
  const rows = [...new Set(areas.flatMap((a) => range(a.top, a.bottom)))].sort((a, b) => a - b);
  const spans: RowSpan[] = [];
  for (const r of rows) {
    const last = spans[spans.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else spans.push({ top: r, bottom: r });
  }
  return spans;
}

function breedte(read: SheetRead): number {
  return read.grid.values.reduce((n, row) => Math.max(n, row.length), 0);
}

/**
 * The sheet as read before, with the rows read since put in: their values, and their formula cells
 * instead of the ones the rows had. Merges and hidden rows stay (typing changes neither).
 */
export function metRijen(read: SheetRead, rijen: readonly RowsRead[]): SheetRead {
  const values: CellValue[][] = read.grid.values.map((row) => [...row]);
  let formulas = read.formulas ?? [];
  for (const span of rijen) {
    while (values.length <= span.bottom) values.push([]);
    span.values.forEach((row, i) => (values[span.top + i] = [...row]));
    formulas = formulas.flatMap((f) => zonderRijen(f, span));
    formulas.push(...span.formulas);
  }
  return {
    ...read,
    grid: { ...read.grid, values: zonderLegeStaart(values) },
    ...(read.formulas && { formulas }),
  };
}

/** An area with the span's rows taken out: none, one or two pieces. */
function zonderRijen(a: MergedArea, span: RowSpan): MergedArea[] {
  if (a.bottom < span.top || a.top > span.bottom) return [a];
  const pieces: MergedArea[] = [];
  if (a.top < span.top) pieces.push({ ...a, bottom: span.top - 1 });
  if (a.bottom > span.bottom) pieces.push({ ...a, top: span.bottom + 1 });
  return pieces;
}

/** A grid ends at its last filled row, as a full read does (the used range). */
function zonderLegeStaart(values: CellValue[][]): CellValue[][] {
  let end = values.length;
  while (end > 0 && values[end - 1].every((v) => v === "" || v === null)) end--;
  return values.slice(0, end);
}
