import { isIsoDate, type IsoDate } from "../dates/iso";
import { cellAddress } from "../address";
import { nietBerekendParams } from "../formules";
import type { Grid, MergedArea } from "../grid";
import {
  bevinding,
  type MijlpaalFoutCode,
  type MijlpaalFoutParams,
  type MijlpalenFout,
} from "./codes";
import { uitMijlpaaldatums } from "./counting/from-mijlpaaldatums";
import { uitMomentopnamen } from "./counting/from-momentopnamen";
import { recogniseIndeling, KOP_ZOEKRIJEN, type Indeling } from "./input/indeling";
import type { Kwartaal } from "./kwartalen";
import type { MijlpalenDashboard } from "./dashboard-schema";
import type { MijlpalenInhoud } from "./input/inhoud";

export interface MijlpalenOpties {
  /** The day the dashboard is made for: quarters that ended on or before it are the table. */
  peildatum: IsoDate;
  /** The quarter of a snapshot sheet by sheet name, where the name does not say or says wrong. */
  kwartaalOverride?: Readonly<Record<string, Kwartaal>>;
  /** Which layout to use when the chosen sheets hold both. */
  indeling?: "momentopnamen" | "mijlpaaldatums";
  /** Milestone layout: the first quarter of the table (default: the quarter of the first date). */
  vanaf?: Kwartaal;
  /** Rows hidden by the user or a filter, per sheet: they count, and the dashboard says so. */
  verborgenRijen?: Readonly<Record<string, number>>;
  /** Formula cells whose result the file does not hold, per sheet: read as empty, and said so. */
  nietBerekend?: Readonly<Record<string, readonly MergedArea[]>>;
}

/** Why no dashboard could be made (a code with its params); the Dutch wording is in berichten.ts. */
export type { MijlpalenFout };

export type MijlpalenUitkomst =
  { ok: true; dashboard: MijlpalenDashboard } | { ok: false; fout: MijlpalenFout };

/** The dashboard with, when asked, what it was counted from: to compare gemeenten's workbooks. */
export type MijlpalenGelezen =
  | { ok: true; dashboard: MijlpalenDashboard; inhoud: () => MijlpalenInhoud }
  | { ok: false; fout: MijlpalenFout };

/**
 * The milestone dashboard from the chosen sheets: addresses per phase at the end of every quarter,
 * from snapshot sheets (one per quarter) or from one sheet of milestone dates. Every row problem
 * is a finding in the result; only input that holds no dashboard at all gives a MijlpalenFout.
 */
export function maakMijlpalenDashboard(
  grids: readonly Grid[],
  opties: MijlpalenOpties
): MijlpalenUitkomst {
  const gelezen = leesMijlpalen(grids, opties);
  return gelezen.ok ? { ok: true, dashboard: gelezen.dashboard } : gelezen;
}

/**
 * maakMijlpalenDashboard, and what the dashboard was counted from (its addresses and gemeenten),
 * made only when `inhoud` is called: one workbook of a region is read exactly as a workbook alone.
 */
export function leesMijlpalen(grids: readonly Grid[], opties: MijlpalenOpties): MijlpalenGelezen {
  if (!isIsoDate(opties.peildatum))
    return fout("peildatum-ongeldig", { peildatum: String(opties.peildatum) });
  const indeling = recogniseIndeling(
    grids.map((g) => ({ name: g.sheet, head: g.values.slice(0, KOP_ZOEKRIJEN) })),
    opties.kwartaalOverride
  );
  const soort = kiesSoort(indeling, opties.indeling);
  if (soort === "gemengd")
    return fout("indeling-gemengd", {
      momentopnamen: indeling.momentopnamen.map((b) => b.sheet).join(", "),
      mijlpaalBladen: indeling.mijlpaalBladen.map((b) => b.sheet).join(", "),
    });
  if (soort === "geen") return fout("geen-indeling", {});
  const bladen = new Map(grids.map((g) => [g.sheet, g]));
  if (soort === "mijlpaaldatums") {
    const { dashboard, inhoud } = uitMijlpaaldatums(indeling.mijlpaalBladen, bladen, opties);
    const datumBladen = indeling.mijlpaalBladen.flatMap((b) => bladen.get(b.sheet) ?? []);
    const af = metDatumstelsel(metVerborgen(dashboard, opties), datumBladen);
    return { ok: true, dashboard: af, inhoud };
  }
  const zonderKwartaal = indeling.momentopnamen.filter((b) => b.kwartaal === null);
  if (zonderKwartaal.length === indeling.momentopnamen.length)
    return fout("geen-kwartaal", { bladen: zonderKwartaal.map((b) => b.sheet).join(", ") });
  const { dashboard, inhoud } = uitMomentopnamen(indeling.momentopnamen, bladen, opties.peildatum);
  return { ok: true, dashboard: metVerborgen(dashboard, opties), inhoud };
}

function kiesSoort(indeling: Indeling, gekozen: MijlpalenOpties["indeling"]): Indeling["soort"] {
  if (!gekozen || indeling.soort !== "gemengd") return indeling.soort;
  return gekozen;
}

function fout<C extends MijlpaalFoutCode>(
  code: C,
  params: MijlpaalFoutParams[C]
): MijlpalenGelezen {
  // The compiler cannot pair a generic code with its params in the union; the signature did.
  return { ok: false, fout: { code, params } as MijlpalenFout };
}

/**
 * Which date system the milestone dates count in, said when it is not the usual one: 1904, or not
 * known (Excel showed no date cell to tell by; 1900 assumed). Snapshot sheets hold no dates.
 */
function metDatumstelsel(d: MijlpalenDashboard, grids: readonly Grid[]): MijlpalenDashboard {
  const blad = grids.find((g) => g.date1904) ?? grids.find((g) => g.dateSystemAssumed);
  if (!blad) return d;
  const code = blad.date1904 ? "datumstelsel-1904" : "datumstelsel-aangenomen";
  const melding = bevinding(code, { sheet: blad.sheet, cell: "A1" }, { sheet: blad.sheet });
  return { ...d, anomalies: [melding, ...d.anomalies] };
}

/**
 * Hidden rows counted like the rest, formulas without a result read as empty: one note per source
 * sheet that has them.
 */
function metVerborgen(d: MijlpalenDashboard, opties: MijlpalenOpties): MijlpalenDashboard {
  const notities = [
    ...Object.entries(opties.nietBerekend ?? {})
      .filter(([, cellen]) => cellen.length > 0)
      .map(([sheet, cellen]) =>
        bevinding(
          "formule-niet-berekend",
          { sheet, cell: cellAddress(cellen[0].top, cellen[0].left) },
          { sheet, ...nietBerekendParams(cellen) }
        )
      ),
    ...Object.entries(opties.verborgenRijen ?? {})
      .filter(([, aantal]) => aantal > 0)
      .map(([sheet, aantal]) =>
        bevinding("rijen-verborgen", { sheet, cell: "A1" }, { sheet, aantal })
      ),
  ];
  return notities.length === 0 ? d : { ...d, anomalies: [...notities, ...d.anomalies] };
}
