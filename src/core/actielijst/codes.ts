import type { AccounthouderFinding } from "../accounthouders/berichten";
import type { IsoDate } from "../dates/iso";
import type { CellEdit, Finding, Severity } from "../findings";
import type { ActieColumn } from "./columns";
import type { Verschuiving } from "./shift";

/** Every check of the action list, with how bad its finding is. */
export const ACTIE_CODES = {
  "status-ontbreekt": "error",
  "cel-foutwaarde": "error",
  "status-onbekend": "error",
  "status-synoniem": "warning",
  "status-bijna": "warning",
  "status-schrijfwijze": "info",
  "deadline-onleesbaar": "warning",
  "deadline-niet-concreet": "warning",
  "deadline-doorlopend": "info",
  "deadline-onzeker": "info",
  "deadline-verzonden-open": "warning",
  "accounthouder-ontbreekt": "warning",
  "accounthouder-ntb": "warning",
  "rij-verschoven": "warning",
  "actie-lijkt-onderwerp": "warning",
  "actie-verlopen": "warning",
  "actie-binnenkort": "info",
  "kop-herhaald": "info",
  "lijst-leeg": "warning",
  "rijen-verborgen": "info",
  "formule-niet-berekend": "warning",
  "kolom-ontbreekt": "warning",
  "datumstelsel-1904": "info",
  "datumstelsel-aangenomen": "info",
} as const satisfies Record<string, Severity>;

export type ActieCode = keyof typeof ACTIE_CODES;

/** Findings of the registry and of departed owners: reported with the action list, worded with it. */
export const REGISTER_CODES = {
  "accounthouder-vertrokken": "warning",
  "register-naam-ontbreekt": "error",
  "register-naam-dubbel": "error",
  "register-alias-dubbel": "warning",
  "register-alias-twee-personen": "error",
  "register-opvolger-onbekend": "warning",
  "register-datum-onleesbaar": "warning",
} as const satisfies Record<string, Severity>;

export type RegisterCode = keyof typeof REGISTER_CODES;

/** Codes a validation of the action list can report: its checks, departed owners, the registry. */
export type ActielijstCode = ActieCode | RegisterCode;

/** How bad each finding of the action list is. */
export const ACTIELIJST_ERNST: Record<ActielijstCode, Severity> = {
  ...ACTIE_CODES,
  ...REGISTER_CODES,
};

/** The action row a finding is about (1-based). */
type Rij = { row: number };
/** A status as written, and the fixed status it means. */
type StatusDuiding = Rij & { tekst: string; status: string };

/**
 * The params of each code, as the checks make them and the wording reads them: a missing or
 * misspelt one is a compile error, not "(undefined)" in a message.
 */
export type ActielijstParams = {
  "status-ontbreekt": Rij;
  /** `tekst`: the error value as the cell shows it ("#N/B"). */
  "cel-foutwaarde": Rij & { tekst: string };
  "status-onbekend": Rij & { tekst: string };
  "status-synoniem": StatusDuiding;
  "status-bijna": StatusDuiding;
  "status-schrijfwijze": StatusDuiding;
  "deadline-onleesbaar": Rij & { tekst: string };
  /** `tekst`: the deadline as written, "leeg" when empty. */
  "deadline-niet-concreet": Rij & { tekst: string };
  "deadline-doorlopend": Rij & { tekst: string };
  /** `due`: the date Regie holds to. */
  "deadline-onzeker": Rij & { tekst: string; due: IsoDate };
  /** `status`: the open status the row has. */
  "deadline-verzonden-open": Rij & { tekst: string; status: string };
  "accounthouder-ontbreekt": Rij;
  "accounthouder-ntb": Rij;
  /**
   * The moved row's cells as read in their own columns; `terug` is how many cells "Zet rij terug"
   * moves, or "nee" when it cannot (a cell would be lost or a formula moved).
   */
  "rij-verschoven": Rij & {
    richting: Verschuiving;
    status: string;
    accounthouder: string;
    deadline: string;
    terug: number | "nee";
  };
  "actie-lijkt-onderwerp": Rij & { tekst: string };
  /** `dagen`: days past the deadline. */
  "actie-verlopen": Rij & { due: IsoDate; dagen: number; peildatum: IsoDate };
  /** `dagen`: days left until the deadline, 0 is today. */
  "actie-binnenkort": Rij & { due: IsoDate; dagen: number };
  /** `row`: the repeated header row. */
  "kop-herhaald": Rij;
  /** `row`: the (first) header row, with no action under it. */
  "lijst-leeg": Rij;
  /** `row`: the header row lacking the column. */
  "kolom-ontbreekt": Rij & { kolom: ActieColumn };
  /** `rijen`: the rows, as "rij 4, 7" (the first ten, then "..."). */
  "rijen-verborgen": { aantal: number; rijen: string };
  /** `cellen`: the first cells, as "E5, E9" (the first five, then "en n andere"). */
  "formule-niet-berekend": { aantal: number; cellen: string };
  /** Said once, when deadlines were read from date serials: which date system they count in. */
  "datumstelsel-1904": Record<string, never>;
  "datumstelsel-aangenomen": Record<string, never>;
  /** `opvolger`: the successor's name, "" when the registry names none. */
  "accounthouder-vertrokken": Rij & { naam: string; datum: IsoDate; opvolger: string };
  /** `row`: the registry's row, here and below. */
  "register-naam-ontbreekt": Rij;
  "register-naam-dubbel": Rij & { alias: string; naam: string; ander: string };
  "register-alias-dubbel": Rij & { alias: string };
  "register-alias-twee-personen": Rij & { alias: string; naam: string; ander: string };
  "register-opvolger-onbekend": Rij & { naam: string; opvolger: string };
  /** `tekst`: the cell under "Vertrokken per" as written. */
  "register-datum-onleesbaar": Rij & { tekst: string };
};

/** One finding of the action list with the params of its code. */
type EenFinding<C extends ActielijstCode> = Omit<Finding<C>, "params"> & {
  params: ActielijstParams[C];
};

/** The action list's findings: a union keyed on `code`, each with the params of its code. */
export type ActielijstFinding<C extends ActielijstCode = ActielijstCode> = {
  [K in C]: EenFinding<K>;
}[C];

/**
 * Every finding a validation of the action list reports: its own and the accounthouders' (an
 * ambiguous owner). `bericht` words exactly these.
 */
export type RapportFinding = ActielijstFinding | AccounthouderFinding;

/** The only way to make a finding of the action list: its params are checked against its code. */
export function actieBevinding<C extends ActielijstCode>(
  code: C,
  plek: { sheet: string; cell: string },
  params: ActielijstParams[C],
  fix?: CellEdit
): EenFinding<C> {
  const f: EenFinding<C> = { code, severity: ACTIELIJST_ERNST[code], ...plek, params };
  if (fix) f.fix = fix;
  return f;
}

/** Whether a code read from outside (JSON, a stored sheet) is one of the action list's. */
export function isActielijstCode(code: string): code is ActielijstCode {
  return Object.hasOwn(ACTIE_CODES, code) || Object.hasOwn(REGISTER_CODES, code);
}
