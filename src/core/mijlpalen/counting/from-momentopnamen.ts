import type { IsoDate } from "../../dates/iso";
import type { Grid } from "../../grid";
import { bevinding, type MijlpaalBevinding } from "../codes";
import { Adresregister } from "../input/adresregister";
import { FASEN } from "../fasen/fasen";
import type { MomentopnameBlad } from "../input/indeling";
import {
  isKwartaalEinde,
  kwartaalLabel,
  kwartaalNummer,
  kwartaalVan,
  type Kwartaal,
} from "../kwartalen";
import { readMomentopname } from "../input/momentopname";
import type { MijlpalenDashboard } from "../dashboard-schema";
import { telPerKwartaal } from "./momentopnamen-pivot";
import { Gemeenten } from "./counters";
import { inhoudVanMomentopnamen, type MijlpalenInhoud } from "../input/inhoud";

/**
 * The dashboard from snapshot sheets, one per quarter. A sheet without a known quarter, a second
 * sheet of one quarter and a sheet of a quarter after the peildatum's are reported and left out;
 * the sheet of the running quarter is counted apart, as `lopend`. `inhoud` gives, when asked, what
 * the counted sheets hold (to compare workbooks by).
 */
export function uitMomentopnamen(
  bladen: readonly MomentopnameBlad[],
  grids: ReadonlyMap<string, Grid>,
  peildatum: IsoDate
): { dashboard: MijlpalenDashboard; inhoud: () => MijlpalenInhoud } {
  const bevindingen: MijlpaalBevinding[] = [];
  const gekozen = kiesBladen(bladen, peildatum, bevindingen);
  const ctx = { register: new Adresregister(), gemeenten: new Gemeenten(), fasen: new Map() };
  const opnamen = gekozen.map(({ blad, kwartaal }) =>
    readMomentopname(grids.get(blad.sheet)!, blad, kwartaal, ctx)
  );
  const tabel = telPerKwartaal(opnamen, { ...ctx, peildatum });
  const dashboard: MijlpalenDashboard = {
    indeling: "momentopnamen",
    peildatum,
    fasen: [...FASEN],
    kwartalen: tabel.tellingen.filter((t) => !t.lopend),
    lopend: tabel.tellingen.find((t) => t.lopend),
    duplicates: opnamen.flatMap((o) => o.duplicates),
    regressions: tabel.regressions,
    totaalVerschil: tabel.totaalVerschil,
    doorstroom: tabel.doorstroom,
    anomalies: [...bevindingen, ...opnamen.flatMap((o) => o.bevindingen), ...tabel.bevindingen],
  };
  return { dashboard, inhoud: () => inhoudVanMomentopnamen(opnamen, ctx.register, ctx.gemeenten) };
}

/** The usable sheets, oldest quarter first, with findings about the others. */
function kiesBladen(
  bladen: readonly MomentopnameBlad[],
  peildatum: IsoDate,
  bevindingen: MijlpaalBevinding[]
): { blad: MomentopnameBlad; kwartaal: Kwartaal }[] {
  const huidig = kwartaalNummer(kwartaalVan(peildatum));
  const perKwartaal = new Map<number, { blad: MomentopnameBlad; kwartaal: Kwartaal }>();
  for (const blad of bladen) {
    const plek = { sheet: blad.sheet, cell: "A1" };
    const { kwartaal } = blad;
    if (!kwartaal) {
      bevindingen.push(bevinding("kwartaal-onbekend", plek, { sheet: blad.sheet }));
      continue;
    }
    const nummer = kwartaalNummer(kwartaal);
    const params = { sheet: blad.sheet, kwartaal: kwartaalLabel(kwartaal), peildatum };
    const eerder = perKwartaal.get(nummer);
    if (eerder)
      bevindingen.push(
        bevinding("kwartaal-dubbel", plek, { ...params, eerderBlad: eerder.blad.sheet })
      );
    else if (nummer > huidig) bevindingen.push(bevinding("kwartaal-na-peildatum", plek, params));
    else perKwartaal.set(nummer, { blad, kwartaal });
  }
  const gekozen = [...perKwartaal.entries()].sort(([a], [b]) => a - b).map(([, k]) => k);
  const laatste = gekozen[gekozen.length - 1];
  if (laatste && kwartaalNummer(laatste.kwartaal) === huidig && !isKwartaalEinde(peildatum))
    bevindingen.push(
      bevinding(
        "kwartaal-lopend",
        { sheet: laatste.blad.sheet, cell: "A1" },
        {
          sheet: laatste.blad.sheet,
          kwartaal: kwartaalLabel(laatste.kwartaal),
          peildatum,
        }
      )
    );
  return gekozen;
}
