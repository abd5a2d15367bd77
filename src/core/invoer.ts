import {
  datumNederlands,
  isoFromParts,
  quarterOf,
  quarterEnd,
  yearOf,
  type IsoDate,
} from "./dates/iso";
import { kwartaalLabel, kwartaalUitBladnaam, type Kwartaal } from "./mijlpalen/kwartalen";

/**
 * What a user typed in a field of the pane, read without coercion: a value, or a Dutch message
 * that says what is wrong. Pure: "vandaag" is passed in, never read from the clock.
 */
export type Invoer<T> =
  | {
      ok: true;
      waarde: T;
      /** Asked before use: the value is possible but unusual. */ vraag?: string;
    }
  | { ok: false; melding: string };

export const BINNENKORT_MAX = 365;
/** Peildatums outside these years are refused. */
export const PEILDATUM_JAREN = { van: 2000, tot: 2099 } as const;
/**
 * Years from today beyond which a peildatum is asked about first: looking back at old quarters is
 * ordinary work, a peildatum years ahead is usually a typing error.
 */
export const VER_JAREN = { terug: 10, vooruit: 1 } as const;

/** "Binnenkort (dagen)": a whole number of days, 0 to 365. "", "-5", "abc" and "14,5" are refused. */
export function readBinnenkortDagen(tekst: string): Invoer<number> {
  const t = tekst.trim();
  const bereik = `een heel aantal dagen van 0 tot en met ${BINNENKORT_MAX}`;
  if (t === "") return { ok: false, melding: `Vul ${bereik} in.` };
  if (!/^\d+$/.test(t))
    return { ok: false, melding: `"${t}" is geen geldig aantal: vul ${bereik} in.` };
  const n = Number(t);
  if (n > BINNENKORT_MAX) return { ok: false, melding: `${n} dagen is te veel: vul ${bereik} in.` };
  return { ok: true, waarde: n };
}

const NEDERLANDS = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A peildatum as typed (24-02-2021, 24-2-2021 or 2021-02-24): a real day between 2000 and 2099;
 * more than a year ahead or ten years back it is accepted only after asking (`vraag`).
 */
export function readPeildatum(tekst: string, vandaag: IsoDate): Invoer<IsoDate> {
  return readDatum(tekst, vandaag, "peildatum");
}

/**
 * Any date field of the pane, read as the peildatum is (the same forms, years and question); `wat`
 * names it in the messages: "peildatum", or "datum" for the date of a version or a meeting.
 */
export function readDatum(
  tekst: string,
  vandaag: IsoDate,
  wat: "peildatum" | "datum"
): Invoer<IsoDate> {
  const t = tekst.trim();
  const De = wat === "peildatum" ? "De peildatum" : "De datum";
  if (t === "") return { ok: false, melding: `Vul een ${wat} in, bijvoorbeeld 31-12-2020.` };
  const nl = NEDERLANDS.exec(t);
  const iso = ISO.exec(t);
  const delen = nl ? [nl[3], nl[2], nl[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!delen)
    return {
      ok: false,
      melding: `"${t}" is geen datum: schrijf de ${wat} als DD-MM-JJJJ, bijvoorbeeld 31-12-2020.`,
    };
  const [jaar, maand, dag] = delen.map(Number);
  const datum = isoFromParts(jaar, maand, dag);
  if (datum === null) return { ok: false, melding: `${t} bestaat niet in de kalender.` };
  if (jaar < PEILDATUM_JAREN.van || jaar > PEILDATUM_JAREN.tot)
    return {
      ok: false,
      melding: `Het jaar ${jaar} kan niet: kies een ${wat} van ${PEILDATUM_JAREN.van} tot en met ${PEILDATUM_JAREN.tot}.`,
    };
  const afstand = jaar - yearOf(vandaag);
  if (afstand > VER_JAREN.vooruit || -afstand > VER_JAREN.terug)
    return {
      ok: true,
      waarde: datum,
      vraag: `${De} ligt ${Math.abs(afstand)} jaar ${afstand > 0 ? "na" : "voor"} vandaag. Klopt het jaar ${jaar}?`,
    };
  return { ok: true, waarde: datum };
}

/** The last day of the last complete quarter before today: 15-2-2021 -> 31-12-2020. */
export function eindVorigKwartaal(vandaag: IsoDate): IsoDate {
  const { year, quarter } = quarterOf(vandaag);
  return quarter === 1 ? quarterEnd(year - 1, 4) : quarterEnd(year, quarter - 1);
}

/** A quarter typed for a sheet ("Q4 2020", "4e kwartaal 2020", "31-12-2020"); empty: none given. */
export function readKwartaal(tekst: string): Invoer<Kwartaal | null> {
  const t = tekst.trim();
  if (t === "") return { ok: true, waarde: null };
  const k = kwartaalUitBladnaam(t);
  if (!k)
    return {
      ok: false,
      melding: `"${t}" is geen kwartaal: schrijf bijvoorbeeld Q4 2020, 4e kwartaal 2020 of 31-12-2020.`,
    };
  return { ok: true, waarde: k };
}

/** Per sheet whose quarter another sheet also has: the message naming both (or all) sheets. */
export function dubbeleKwartalen(
  bladen: readonly { sheet: string; kwartaal: Kwartaal | null }[]
): Map<string, string> {
  const perKwartaal = new Map<string, string[]>();
  for (const b of bladen) {
    if (!b.kwartaal) continue;
    const label = kwartaalLabel(b.kwartaal);
    perKwartaal.set(label, [...(perKwartaal.get(label) ?? []), b.sheet]);
  }
  const meldingen = new Map<string, string>();
  for (const [label, namen] of perKwartaal) {
    if (namen.length < 2) continue;
    const lijst = namen.map((n) => `"${n}"`);
    const tekst = `${lijst.slice(0, -1).join(", ")} en ${lijst[lijst.length - 1]}`;
    for (const n of namen)
      meldingen.set(
        n,
        `De bladen ${tekst} hebben hetzelfde kwartaal ${label}; geef elk blad een eigen kwartaal.`
      );
  }
  return meldingen;
}

/** How a peildatum field shows a date: 2020-09-30 -> 30-09-2020 (DD-MM-JJJJ), as Regie shows every date. */
export const invoerDatum: (iso: IsoDate) => string = datumNederlands;
