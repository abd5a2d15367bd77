import { isoFromParts, yearOf, type IsoDate } from "../dates/iso";
import { MONTH_WORD, monthNumber } from "../dates/words";

/** A calendar day named in running text. */
export interface DatumInTekst {
  /** Where it stands in the text searched. */
  index: number;
  end: number;
  datum: IsoDate;
  /** The text did not say the year: it is the first such day on or after the reference. */
  jaarAfgeleid: boolean;
}

/**
 * The days a sentence of a verslag names, in text order:
 *   "13 januari 2021", "10 februari", "woensdag 10 febr. 2021", "10-2-2021", "10-02-2021"
 * A day without its year is the first such day on or after `na` (the meeting's date: a verslag
 * speaks of meetings and deadlines to come), and says so.
 */
export function datumsInTekst(tekst: string, na: IsoDate): DatumInTekst[] {
  const uit: DatumInTekst[] = [];
  for (const m of tekst.toLowerCase().matchAll(DAG_MAAND)) {
    const dag = Number(m[1]);
    const maand = monthNumber(m[2]);
    uit.push(...dagVan(m.index, m[0].length, dag, maand, m[3], na));
  }
  for (const m of tekst.matchAll(NUMERIEK)) {
    uit.push(...dagVan(m.index, m[0].length, Number(m[1]), Number(m[2]), m[3], na));
  }
  return uit.sort((a, b) => a.index - b.index);
}

const DAG_MAAND = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_WORD})\\b\\.?(?:\\s+(\\d{4})\\b)?`, "g");
const NUMERIEK = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g;

function dagVan(
  index: number,
  lengte: number,
  dag: number,
  maand: number,
  jaar: string | undefined,
  na: IsoDate
): DatumInTekst[] {
  if (jaar !== undefined) {
    const datum = isoFromParts(Number(jaar), maand, dag);
    return datum ? [{ index, end: index + lengte, datum, jaarAfgeleid: false }] : [];
  }
  const ditJaar = isoFromParts(yearOf(na), maand, dag);
  const datum = ditJaar && ditJaar >= na ? ditJaar : isoFromParts(yearOf(na) + 1, maand, dag);
  return datum ? [{ index, end: index + lengte, datum, jaarAfgeleid: true }] : [];
}
