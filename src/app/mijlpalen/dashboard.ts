import {
  recogniseIndeling,
  KOP_ZOEKRIJEN,
  maakMijlpalenDashboard,
  type Indeling,
  type Kwartaal,
  type MijlpalenDashboard,
  type MijlpalenFout,
  type MijlpalenOpties,
} from "../../core/mijlpalen";
import type { CellValue, Grid } from "../../core/grid";
import { dashboardBlad, dashboardNaam } from "../../core/mijlpalen/sheet/dashboard-sheet";
import type { IsoDate } from "../../core/dates/iso";
import type { WorkbookPort, WorkbookSummary, WriteOp } from "../ports";
import { afdrukOp } from "../afdrukken";
import { GRENZEN, teGroot } from "../grenzen";
import { writeAllOrNothing, type Herstel } from "../schrijven";
import { throwIfCancelled, succeeded, withHostErrors, refused, type Outcome } from "../outcome";

export interface MijlpalenVoorbereiding {
  indeling: Indeling;
  /** The sheets the dashboard will be made from. */
  bronbladen: string[];
  /** Where it will go: Regie's own dashboard is replaced, a user's sheet of that name never. */
  doel: { naam: string; vervangt: boolean; bezetDoorGebruiker: boolean };
  /** A2 of the dashboard being replaced: tells it apart from a half-made new one after a failure. */
  vorigMerk: string | null;
}

export interface DashboardOptions {
  peildatum: IsoDate;
  /** The quarter of a snapshot sheet where its name does not say it (or says it wrong). */
  kwartaalOverride?: Record<string, Kwartaal>;
  /** The moment, as the sheet shows it; the caller reads the clock. */
  gemaakt: string;
  onVoortgang?: (stap: "lezen" | "tellen" | "schrijven") => void;
  signal?: AbortSignal;
}

export interface DashboardResultaat {
  dashboard: MijlpalenDashboard;
  blad: string;
  vervangen: boolean;
  bronbladen: string[];
}

/** The pane's first step: which layout and quarters Regie sees, and where the dashboard will go. One round trip. */
export async function bereidMijlpalenVoor(
  port: WorkbookPort,
  kwartaalOverride: Record<string, Kwartaal> = {}
): Promise<Outcome<MijlpalenVoorbereiding>> {
  return withHostErrors(async () =>
    succeeded(
      voorbereiding(await port.summary({ rows: KOP_ZOEKRIJEN, columns: 30 }), kwartaalOverride)
    )
  );
}

/**
 * "Mijlpalen-dashboard": reads every source sheet in one round trip (chunked only above Excel's
 * payload limit), counts, and writes the dashboard sheet in one more; three in all.
 */
export async function maakDashboard(
  port: WorkbookPort,
  opties: DashboardOptions
): Promise<Outcome<DashboardResultaat>> {
  return withHostErrors(async () => {
    const geteld = await telDashboard(port, opties);
    if (!geteld.ok) return geteld;
    const { dashboard, voorbereiding: v } = geteld.value;
    throwIfCancelled(opties.signal);
    opties.onVoortgang?.("schrijven");
    await writeAllOrNothing(
      port,
      schrijfDashboard(dashboard, v, opties.gemaakt),
      dashboardHerstel(v),
      { task: "dashboard-maken", replaces: v.doel.vervangt }
    );
    return succeeded({
      dashboard,
      blad: v.doel.naam,
      vervangen: v.doel.vervangt,
      bronbladen: v.bronbladen,
    });
  });
}

/**
 * The counting half: outline, one read of every source sheet, the pivot. Nothing is written; the
 * command line uses it on its own when no copy is asked for.
 */
export async function telDashboard(
  port: WorkbookPort,
  opties: Omit<DashboardOptions, "gemaakt">
): Promise<Outcome<{ dashboard: MijlpalenDashboard; voorbereiding: MijlpalenVoorbereiding }>> {
  return withHostErrors(async () => {
    const gelezen = await leesBronbladen(port, opties);
    if (!gelezen.ok) return gelezen;
    const { grids, kernOpties, voorbereiding } = gelezen.value;
    const uitkomst = maakMijlpalenDashboard(grids, { peildatum: opties.peildatum, ...kernOpties });
    if (!uitkomst.ok) return mijlpaalWeigering(uitkomst.fout);
    return succeeded({ dashboard: uitkomst.dashboard, voorbereiding });
  });
}

/** A workbook's source sheets as the core counts them, with what the core is told about them. */
export interface Bronbladen {
  grids: Grid[];
  /** Hidden rows and formulas without a result per sheet, and the quarters given by hand. */
  kernOpties: Omit<MijlpalenOpties, "peildatum">;
  voorbereiding: MijlpalenVoorbereiding;
}

/**
 * Outline, then one read of every source sheet: the reading half of telDashboard, and of every
 * gemeente's workbook of a region (telRegioDashboard), so that both read a workbook alike.
 */
export async function leesBronbladen(
  port: WorkbookPort,
  opties: Pick<DashboardOptions, "kwartaalOverride" | "onVoortgang" | "signal">
): Promise<Outcome<Bronbladen>> {
  return withHostErrors(async () => {
    const summary = await port.summary({ rows: KOP_ZOEKRIJEN, columns: 30 });
    // The truer message, worded once with valideer's (weigering-berichten.ts).
    if (summary.sheets.length === 0) return refused("lege-werkmap", {});
    const v = voorbereiding(summary, opties.kwartaalOverride ?? {});
    if (v.bronbladen.length === 0) return refused("geen-indeling", {});
    const groot = teGroot(
      summary,
      v.bronbladen,
      GRENZEN.adresRijenPerBlad,
      GRENZEN.adresRijenTotaal
    );
    if (groot) return groot;
    throwIfCancelled(opties.signal);
    opties.onVoortgang?.("lezen");
    const reads = await port.read(v.bronbladen.map((sheet) => ({ sheet })));
    opties.onVoortgang?.("tellen");
    return succeeded({
      grids: reads.flatMap((r) => (r ? [r.grid] : [])),
      kernOpties: {
        kwartaalOverride: opties.kwartaalOverride,
        verborgenRijen: Object.fromEntries(
          reads.flatMap((r) => (r ? [[r.grid.sheet, r.hiddenRows.length]] : []))
        ),
        nietBerekend: Object.fromEntries(
          reads.flatMap((r) => (r?.uncalculated ? [[r.grid.sheet, r.uncalculated]] : []))
        ),
      },
      voorbereiding: v,
    });
  });
}

/**
 * The core's refusal as the use-case's, code and params as they are (worded by the milestone
 * domain's table when shown); only an invalid peildatum leaves the input usable.
 */
export function mijlpaalWeigering(fout: MijlpalenFout): Outcome<never> {
  return refused(fout.code, fout.params, fout.code !== "peildatum-ongeldig");
}

function voorbereiding(
  summary: WorkbookSummary,
  kwartaalOverride: Record<string, Kwartaal>
): MijlpalenVoorbereiding {
  const doel = dashboardNaam(summary.sheets);
  // Regie's own sheets (and the dashboard it is about to replace) are never sources.
  const kandidaten = summary.sheets.filter(
    (s) => s.visibility !== "VeryHidden" && s.name !== doel.naam
  );
  const indeling = recogniseIndeling(
    kandidaten.map((s) => ({ name: s.name, head: s.head })),
    kwartaalOverride
  );
  const bronbladen =
    indeling.soort === "momentopnamen"
      ? indeling.momentopnamen.map((b) => b.sheet)
      : indeling.soort === "mijlpaaldatums"
        ? indeling.mijlpaalBladen.map((b) => b.sheet)
        : [];
  const vorig = doel.vervangt
    ? summary.sheets.find((s) => s.name === doel.naam)?.head[1]?.[0]
    : null;
  return { indeling, bronbladen, doel, vorigMerk: typeof vorig === "string" ? vorig : null };
}

/**
 * After a failed write only the half-made new sheet goes (recognised by this run's mark in A2). A
 * previous sheet of Regie's that was already removed is derived data: generating again remakes it.
 */
export function eigenBladHerstel(
  naam: string,
  vervangt: boolean,
  vorigMerk: string | null
): Herstel {
  return (na) => {
    const blad = na.sheets.find((s) => s.name === naam);
    if (!blad) return [];
    const a2 = blad.head[1]?.[0];
    const ouder = vervangt && typeof a2 === "string" && a2 === vorigMerk;
    return ouder ? [] : [{ kind: "deleteSheet", sheet: naam }];
  };
}

const dashboardHerstel = (v: MijlpalenVoorbereiding): Herstel =>
  eigenBladHerstel(v.doel.naam, v.doel.vervangt, v.vorigMerk);

/** Regie's own sheet anew: the old one out, then its values, formats and tables (charts and print follow). */
export function eigenBladOps(
  sheet: string,
  vervangt: boolean,
  plan: {
    values: readonly (readonly CellValue[])[];
    opmaak: readonly Omit<Extract<WriteOp, { kind: "format" }>, "kind" | "sheet">[];
    tabellen: readonly { address: string; naam: string }[];
  }
): WriteOp[] {
  const ops: WriteOp[] = [];
  if (vervangt) ops.push({ kind: "deleteSheet", sheet });
  ops.push({ kind: "addSheet", sheet, activate: true });
  ops.push({ kind: "values", sheet, address: "A1", values: rechthoek(plan.values) });
  for (const o of plan.opmaak) ops.push({ kind: "format", sheet, ...o });
  for (const t of plan.tabellen)
    ops.push({
      kind: "table",
      sheet,
      address: t.address,
      name: t.naam,
      style: "TableStyleMedium2",
    });
  return ops;
}

/** The dashboard sheet in one batch: replace Regie's old one, then values, formats, tables, chart. */
function schrijfDashboard(
  d: MijlpalenDashboard,
  v: MijlpalenVoorbereiding,
  gemaakt: string
): WriteOp[] {
  const plan = dashboardBlad(d, v.bronbladen, gemaakt);
  const sheet = v.doel.naam;
  const ops = eigenBladOps(sheet, v.doel.vervangt, plan);
  if (plan.grafiek)
    ops.push({
      kind: "chart",
      sheet,
      name: "RegieMijlpalenGrafiek",
      type: "ColumnStacked",
      seriesBy: "Columns",
      ...plan.grafiek,
    });
  ops.push({ kind: "freezeRows", sheet, rows: plan.bevrorenRijen }, afdrukOp(sheet, plan.afdruk));
  return ops;
}

/** Excel writes a rectangle: short rows padded with empty cells. */
export function rechthoek<T>(rows: readonly (readonly T[])[]): (T | "")[][] {
  // No spread: a findings list can run to hundreds of thousands of rows.
  const breedte = rows.reduce((m, r) => Math.max(m, r.length), 1);
  return rows.map((r) => [...r, ...new Array<"">(breedte - r.length).fill("")]);
}
