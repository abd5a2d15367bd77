import type { Severity } from "../findings";

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
  "rijen-verborgen": "info",
  "formule-niet-berekend": "warning",
  "kolom-ontbreekt": "warning",
} as const satisfies Record<string, Severity>;

export type ActieCode = keyof typeof ACTIE_CODES;
