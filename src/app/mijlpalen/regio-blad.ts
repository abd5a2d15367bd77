import type { RegioDashboard } from "../../core/mijlpalen";
import { dashboardNaam } from "../../core/mijlpalen/sheet/dashboard-sheet";
import { REGIO_BLAD, regioBlad } from "../../core/mijlpalen/sheet/regio-sheet";
import { afdrukOp } from "../afdrukken";
import type { WorkbookPort, WriteOp } from "../ports";
import { succeeded, withHostErrors, type Outcome } from "../outcome";
import { writeAllOrNothing } from "../schrijven";
import { eigenBladHerstel, eigenBladOps } from "./dashboard";

export interface RegioBladResultaat {
  blad: string;
  vervangen: boolean;
  /** A user's sheet had the name: Regie's went beside it as "Dashboard regio (2)". */
  bezetDoorGebruiker: boolean;
}

/**
 * "Regiodashboard maken": the region, counted before (telRegioDashboard), written as the sheet
 * "Dashboard regio" in one batch. Regie's own sheet of that name is replaced (told by its mark in
 * A2, as the single dashboard's); a user's sheet of that name is never touched. Two round trips:
 * the outline, the write.
 */
export async function schrijfRegioDashboard(
  port: WorkbookPort,
  regio: RegioDashboard,
  opties: { gemaakt: string }
): Promise<Outcome<RegioBladResultaat>> {
  return withHostErrors(async () => {
    const summary = await port.summary({ rows: 3, columns: 2 });
    const doel = dashboardNaam(summary.sheets, REGIO_BLAD);
    const vorig = doel.vervangt
      ? summary.sheets.find((s) => s.name === doel.naam)?.head[1]?.[0]
      : null;
    await writeAllOrNothing(
      port,
      regioOps(regio, doel.naam, doel.vervangt, opties.gemaakt),
      eigenBladHerstel(doel.naam, doel.vervangt, typeof vorig === "string" ? vorig : null),
      { task: "dashboard-maken", replaces: doel.vervangt }
    );
    return succeeded({
      blad: doel.naam,
      vervangen: doel.vervangt,
      bezetDoorGebruiker: doel.bezetDoorGebruiker,
    });
  });
}

/** The sheet in one batch: Regie's old one out, then values, formats, tables, charts, print. */
export function regioOps(
  regio: RegioDashboard,
  sheet: string,
  vervangt: boolean,
  gemaakt: string
): WriteOp[] {
  const plan = regioBlad(regio, gemaakt);
  const ops = eigenBladOps(sheet, vervangt, plan);
  for (const { naam, ...g } of plan.grafieken)
    ops.push({
      kind: "chart",
      sheet,
      name: naam,
      type: "ColumnStacked",
      seriesBy: "Columns",
      ...g,
    });
  ops.push(afdrukOp(sheet, plan.afdruk));
  return ops;
}
