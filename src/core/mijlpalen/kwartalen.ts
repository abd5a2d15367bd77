import { quarterEnd, quarterOf, type IsoDate } from "../dates/iso";
import { quarterFromSheetName } from "../dates/parsers/quarter-name";

/** A calendar quarter: 2020 and 1 is January to March 2020. */
export interface Kwartaal {
  jaar: number;
  kwartaal: number;
}

/** The quarter a sheet name states (see quarterFromSheetName); null for none or two. */
export function kwartaalUitBladnaam(naam: string): Kwartaal | null {
  const q = quarterFromSheetName(naam);
  return q ? { jaar: q.year, kwartaal: q.quarter } : null;
}

/** "Q1 2020", as the dashboard labels its rows. */
export function kwartaalLabel(k: Kwartaal): string {
  return `Q${k.kwartaal} ${k.jaar}`;
}

/** The quarter's last day: Q1 2020 -> 2020-03-31. */
export function kwartaalEinde(k: Kwartaal): IsoDate {
  return quarterEnd(k.jaar, k.kwartaal);
}

/** The quarter a date falls in. */
export function kwartaalVan(datum: IsoDate): Kwartaal {
  const { year, quarter } = quarterOf(datum);
  return { jaar: year, kwartaal: quarter };
}

/** Every quarter from `van` to `tot`, both included; empty when `tot` comes first. */
export function kwartalenTussen(van: Kwartaal, tot: Kwartaal): Kwartaal[] {
  const uit: Kwartaal[] = [];
  for (let n = kwartaalNummer(van); n <= kwartaalNummer(tot); n++) uit.push(uitNummer(n));
  return uit;
}

/** Quarters counted from year 0: consecutive quarters differ by one. */
export function kwartaalNummer(k: Kwartaal): number {
  return k.jaar * 4 + (k.kwartaal - 1);
}

export function uitNummer(n: number): Kwartaal {
  return { jaar: Math.floor(n / 4), kwartaal: (n % 4) + 1 };
}

/** True for 31 March, 30 June, 30 September and 31 December. */
export function isKwartaalEinde(datum: IsoDate): boolean {
  return kwartaalEinde(kwartaalVan(datum)) === datum;
}
