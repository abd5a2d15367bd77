import type { IsoDate } from "../dates/iso";
import type { Severity } from "../findings";

/** Every finding about an action point of a verslag, with how bad it is. */
export const VERSLAG_CODES = {
  "geen-eigenaar": "warning",
  "eigenaar-dubbelzinnig": "warning",
  "eigenaar-onbekend": "warning",
  "eigenaar-vertrokken": "warning",
  "geen-deadline": "info",
  "deadline-onleesbaar": "warning",
  "meer-deadlines": "info",
  "volgende-vergadering-onbekend": "warning",
  "volgende-vergadering-onzeker": "info",
  "lijkt-op-bestaande-actie": "warning",
} as const satisfies Record<string, Severity>;

export type VerslagCode = keyof typeof VERSLAG_CODES;

/** The params of each code: a wrong or missing one is a compile error, not "(undefined)". */
export type VerslagParams = {
  /** `genoemd`: who the item does name (attendees, people it is agreed with), ", "-separated. */
  "geen-eigenaar": { genoemd: string };
  /** `kandidaten`: the register's people who fit, "; "-separated. */
  "eigenaar-dubbelzinnig": { tekst: string; kandidaten: string };
  "eigenaar-onbekend": { naam: string };
  /** Left per `datum` (before the deadline); `opvolger` as the register names the successor, or "". */
  "eigenaar-vertrokken": { naam: string; datum: IsoDate; opvolger: string };
  "geen-deadline": Record<string, never>;
  /** Written, but not a deadline the list can read ("voor de zomer"). */
  "deadline-onleesbaar": { tekst: string };
  /** The deadline taken is the first; `andere` the others as written, "; "-separated. */
  "meer-deadlines": { gekozen: string; andere: string };
  /** "voor het volgende DUO", and the verslag names no date for it. */
  "volgende-vergadering-onbekend": { tekst: string };
  /**
   * The next meeting's date is only implied or proposed: `datum` taken, `misschien` the date it
   * may move to ("" when none), `zin` the verslag's sentence.
   */
  "volgende-vergadering-onzeker": { datum: IsoDate; misschien: string; zin: string };
  /** Not sure it is the same: `procent` alike. */
  "lijkt-op-bestaande-actie": { row: number; procent: number; actie: string };
};

/** A finding of one action point: a code with the params of that code. */
export type VerslagFinding<C extends VerslagCode = VerslagCode> = {
  [K in C]: { code: K; severity: (typeof VERSLAG_CODES)[K]; params: VerslagParams[K] };
}[C];

export function verslagBevinding<C extends VerslagCode>(
  code: C,
  params: VerslagParams[C]
): VerslagFinding<C> {
  return { code, severity: VERSLAG_CODES[code], params } as VerslagFinding<C>;
}

/** Why a text cannot be read as a verslag at all. */
export type VerslagFoutParams = {
  "verslag-leeg": Record<string, never>;
  /** Neither a Vergaderdatum nor an Actiepuntenlijst: some other document. */
  "geen-verslag": Record<string, never>;
  "geen-actiepuntenlijst": Record<string, never>;
  "geen-vergaderdatum": Record<string, never>;
  /** The Vergaderdatum line names a day without its year. */
  "vergaderdatum-zonder-jaar": { tekst: string };
};

export type VerslagFoutCode = keyof VerslagFoutParams;

export type VerslagFout<C extends VerslagFoutCode = VerslagFoutCode> = {
  [K in C]: { code: K; params: VerslagFoutParams[K] };
}[C];
