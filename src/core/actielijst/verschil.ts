import { daysBetween } from "../dates/iso";
import { foldText } from "../text";
import { koppelActies, type Paar } from "./koppel";
import { AFGERONDE_STATUSSEN, type Status } from "./status";
import { sorteerNamen, type ActieVersie } from "./versie";

/** What changed in one field of a matched action. `van`/`naar` as the JSON of `verschil` gives them. */
export type VeldWijziging =
  | {
      veld: "status";
      van: string;
      naar: string;
      /** From an open status to Gereed or Verstuurd. */
      gesloten: boolean;
      /** Back from Gereed or Verstuurd to an open status. */
      heropend: boolean;
    }
  | {
      veld: "deadline";
      /** The due date (YYYY-MM-DD), or the deadline text when there is no due date. */
      van: string;
      naar: string;
      /** Days the due date moved (positive: later); null unless both versions have one. */
      dagen: number | null;
    }
  | { veld: "owners"; van: string[]; naar: string[] };

export type Veld = VeldWijziging["veld"];

export interface Koppeling extends Paar {
  wijzigingen: VeldWijziging[];
}

/** The difference between an earlier version of the action list and a later one. */
export interface Verschil {
  /** In the later version only, in its order. */
  nieuw: ActieVersie[];
  /** In the earlier version only, in its order. */
  verdwenen: ActieVersie[];
  /** Every matched action, in the order of the later version, with what changed. */
  gekoppeld: Koppeling[];
}

/**
 * Compares two versions of the action list: matches actions by what they are (koppelActies), then
 * lists what is new, what disappeared, and per matched action the changes in status, deadline and
 * owners. Findings are data; verschil-berichten.ts words them.
 */
export function vergelijkVersies(
  oud: readonly ActieVersie[],
  nieuw: readonly ActieVersie[]
): Verschil {
  const paren = koppelActies(oud, nieuw);
  const oudGekoppeld = new Set(paren.map((p) => p.oud));
  const nieuwGekoppeld = new Set(paren.map((p) => p.nieuw));
  return {
    nieuw: nieuw.filter((a) => !nieuwGekoppeld.has(a)),
    verdwenen: oud.filter((a) => !oudGekoppeld.has(a)),
    gekoppeld: paren.map((p) => ({ ...p, wijzigingen: wijzigingen(p.oud, p.nieuw) })),
  };
}

/** The lists the pane, the sheet and the CLI report show, in this order. */
export const VERSCHIL_SOORTEN = ["nieuw", "gesloten", "gewijzigd", "verdwenen", "onzeker"] as const;
export type VerschilSoort = (typeof VERSCHIL_SOORTEN)[number];

/**
 * The comparison in its lists: new, closed (with their other changes), changed (the other matched
 * actions with a change), gone, and the matches Regie is unsure of (which also stand in their own
 * list, marked).
 */
export function indeling(v: Verschil): {
  nieuw: ActieVersie[];
  verdwenen: ActieVersie[];
  gesloten: Koppeling[];
  gewijzigd: Koppeling[];
  onzeker: Koppeling[];
} {
  const dicht = new Set(gesloten(v));
  return {
    nieuw: v.nieuw,
    gesloten: [...dicht],
    gewijzigd: gewijzigd(v).filter((k) => !dicht.has(k)),
    verdwenen: v.verdwenen,
    onzeker: onzeker(v),
  };
}

/** Matched actions that were closed (to Gereed or Verstuurd) between the versions. */
export function gesloten(v: Verschil): Koppeling[] {
  return v.gekoppeld.filter((k) => k.wijzigingen.some((w) => w.veld === "status" && w.gesloten));
}

/** Matched actions with any change. */
export function gewijzigd(v: Verschil): Koppeling[] {
  return v.gekoppeld.filter((k) => k.wijzigingen.length > 0);
}

/** Matches Regie is unsure of: shown as such, changes or not. */
export function onzeker(v: Verschil): Koppeling[] {
  return v.gekoppeld.filter((k) => !k.zeker);
}

export function wijzigingen(oud: ActieVersie, nieuw: ActieVersie): VeldWijziging[] {
  return [
    statusWijziging(oud, nieuw),
    deadlineWijziging(oud, nieuw),
    eigenaarWijziging(oud, nieuw),
  ].filter((w): w is VeldWijziging => w !== null);
}

/** The canonical status; the cell text when it holds none Regie knows. */
export function statusWaarde(a: ActieVersie): string {
  return a.status ?? a.statusTekst;
}

function statusWijziging(oud: ActieVersie, nieuw: ActieVersie): VeldWijziging | null {
  const zelfde =
    oud.status && nieuw.status
      ? oud.status === nieuw.status
      : foldText(statusWaarde(oud)) === foldText(statusWaarde(nieuw));
  if (zelfde) return null;
  const dicht = (s: Status | null) => s !== null && AFGERONDE_STATUSSEN.has(s);
  return {
    veld: "status",
    van: statusWaarde(oud),
    naar: statusWaarde(nieuw),
    gesloten: !dicht(oud.status) && dicht(nieuw.status),
    heropend: dicht(oud.status) && !dicht(nieuw.status),
  };
}

/** The deadline as compared: its due date, or its text when it has none. */
export function deadlineWaarde(a: ActieVersie): string {
  return a.due ?? a.deadlineTekst;
}

function deadlineWijziging(oud: ActieVersie, nieuw: ActieVersie): VeldWijziging | null {
  if (oud.due && nieuw.due) {
    const dagen = daysBetween(oud.due, nieuw.due);
    return dagen === 0 ? null : { veld: "deadline", van: oud.due, naar: nieuw.due, dagen };
  }
  const van = deadlineWaarde(oud);
  const naar = deadlineWaarde(nieuw);
  if (!oud.due && !nieuw.due && foldText(van) === foldText(naar)) return null;
  return { veld: "deadline", van, naar, dagen: null };
}

function eigenaarWijziging(oud: ActieVersie, nieuw: ActieVersie): VeldWijziging | null {
  const sleutel = (namen: readonly string[]) => [...new Set(namen.map(foldText))].sort().join("|");
  if (sleutel(oud.eigenaren) === sleutel(nieuw.eigenaren)) return null;
  return { veld: "owners", van: sorteerNamen(oud.eigenaren), naar: sorteerNamen(nieuw.eigenaren) };
}
