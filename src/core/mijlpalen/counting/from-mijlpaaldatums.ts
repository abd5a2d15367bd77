import type { IsoDate } from "../../dates/iso";
import type { Grid } from "../../grid";
import { doorstroomTijdlijnen } from "./doorstroom";
import { FASEN } from "../fasen/fasen";
import type { MijlpaalBlad } from "../input/indeling";
import {
  isKwartaalEinde,
  kwartaalEinde,
  kwartaalLabel,
  kwartaalNummer,
  kwartaalVan,
  kwartalenTussen,
  uitNummer,
  type Kwartaal,
} from "../kwartalen";
import { readMijlpaaldatums, type MijlpaalContext } from "../input/mijlpaaldatums";
import type { MijlpalenDashboard } from "../dashboard-schema";
import { telTijdlijnen, type Telpunt } from "./tijdlijnen-pivot";
import { Gemeenten } from "./counters";
import type { Tijdlijn } from "../input/tijdlijn";
import { inhoudVanMijlpaaldatums, type MijlpalenInhoud } from "../input/inhoud";

/**
 * The dashboard from milestone dates: each address's phase timeline is made once, then counted on
 * the last day of every ended quarter from the first quarter with a date (or `vanaf`) on. The
 * quarter of the peildatum, when it has not ended, is counted up to the peildatum as `lopend`.
 * `inhoud` gives, when asked, what the sheets hold (to compare workbooks by).
 */
export function uitMijlpaaldatums(
  bladen: readonly MijlpaalBlad[],
  grids: ReadonlyMap<string, Grid>,
  opties: { peildatum: IsoDate; vanaf?: Kwartaal }
): { dashboard: MijlpalenDashboard; inhoud: () => MijlpalenInhoud } {
  const { peildatum } = opties;
  const ctx: MijlpaalContext = { peildatum, gemeenten: new Gemeenten(), gezien: new Map() };
  const verslagen = bladen.map((blad) => readMijlpaaldatums(grids.get(blad.sheet)!, blad, ctx));
  const tijdlijnen = verslagen.flatMap((v) => v.tijdlijnen);
  const punten = telpunten(tijdlijnen, peildatum, opties.vanaf);
  const tellingen = telTijdlijnen(tijdlijnen, punten, ctx.gemeenten);
  const dashboard: MijlpalenDashboard = {
    indeling: "mijlpaaldatums",
    peildatum,
    fasen: [...FASEN],
    kwartalen: tellingen.filter((t) => !t.lopend),
    lopend: tellingen.find((t) => t.lopend),
    duplicates: verslagen.flatMap((v) => v.duplicates),
    regressions: [],
    totaalVerschil: [],
    doorstroom: doorstroomTijdlijnen(tijdlijnen, punten),
    anomalies: verslagen.flatMap((v) => v.bevindingen),
  };
  return { dashboard, inhoud: () => inhoudVanMijlpaaldatums(ctx.gezien, ctx.gemeenten) };
}

/** The ends of the ended quarters from the first one with data, then the peildatum if running. */
export function telpunten(
  tijdlijnen: readonly Tijdlijn[],
  peildatum: IsoDate,
  vanaf?: Kwartaal
): Telpunt[] {
  const huidig = kwartaalVan(peildatum);
  const laatste = isKwartaalEinde(peildatum) ? huidig : uitNummer(kwartaalNummer(huidig) - 1);
  const eerste = vanaf ?? eersteKwartaal(tijdlijnen, peildatum) ?? laatste;
  const punten: Telpunt[] = kwartalenTussen(eerste, laatste).map((k) => ({
    label: kwartaalLabel(k),
    end: kwartaalEinde(k),
    lopend: false,
  }));
  if (!isKwartaalEinde(peildatum))
    punten.push({ label: kwartaalLabel(huidig), end: peildatum, lopend: true });
  return punten;
}

/** The quarter of the earliest milestone on or before the peildatum; null when there is none. */
function eersteKwartaal(tijdlijnen: readonly Tijdlijn[], peildatum: IsoDate): Kwartaal | null {
  let vroegste: IsoDate | null = null;
  for (const { stappen } of tijdlijnen) {
    const datum = stappen[0]?.datum;
    if (datum !== undefined && datum <= peildatum && (vroegste === null || datum < vroegste))
      vroegste = datum;
  }
  return vroegste === null ? null : kwartaalVan(vroegste);
}
