import { FASEN } from "../fasen/fasen";
import type { FaseTelling, KwartaalTelling } from "../dashboard-schema";
import type { RegioGemeente, RegioKwartaal } from "./schema";

/**
 * The region's rows: every quarter any gemeente has (ended ones, then the running one), each the
 * sum over the gemeenten that have it, naming the gemeenten that do not. Quarters are matched by
 * label: with one peildatum, a label is one day in every workbook.
 */
export function telRegio(gemeenten: readonly RegioGemeente[]): {
  kwartalen: RegioKwartaal[];
  lopend?: RegioKwartaal;
} {
  const rijen = new Map<string, { rij: KwartaalTelling; van: Van[] }>();
  gemeenten.forEach((g, nummer) => {
    for (const t of rijenVan(g.dashboard)) {
      const r = rijen.get(t.label) ?? { rij: t, van: [] };
      r.van.push({ nummer, gemeente: g.gemeente, t });
      rijen.set(t.label, r);
    }
  });
  const alle = [...rijen.values()]
    .sort((a, b) => (a.rij.end < b.rij.end ? -1 : a.rij.end > b.rij.end ? 1 : 0))
    .map(({ rij, van }) => regioRij(rij, van, gemeenten));
  const lopend = alle.find((r) => r.lopend);
  return { kwartalen: alle.filter((r) => !r.lopend), ...(lopend && { lopend }) };
}

/** A gemeente's row of one quarter; `nummer`: its place in the region (two may share a name). */
type Van = { nummer: number; gemeente: string; t: KwartaalTelling };

function rijenVan(d: RegioGemeente["dashboard"]): KwartaalTelling[] {
  return d.lopend ? [...d.kwartalen, d.lopend] : d.kwartalen;
}

function regioRij(
  rij: KwartaalTelling,
  van: readonly Van[],
  gemeenten: readonly RegioGemeente[]
): RegioKwartaal {
  const counts = Object.fromEntries(
    FASEN.map((f) => [f, van.reduce((som, v) => som + v.t.counts[f], 0)])
  ) as FaseTelling;
  const met = new Set(van.map((v) => v.nummer));
  return {
    label: rij.label,
    end: rij.end,
    lopend: rij.lopend,
    counts,
    total: FASEN.reduce((som, f) => som + counts[f], 0),
    perGemeente: van.map((v) => ({ gemeente: v.gemeente, counts: v.t.counts, total: v.t.total })),
    ontbrekend: gemeenten.flatMap((g, nummer) => (met.has(nummer) ? [] : [g.gemeente])),
  };
}
