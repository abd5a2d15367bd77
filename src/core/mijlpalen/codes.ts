import type { Finding, Severity } from "../findings";

/** Every check of the milestone dashboard, with how bad its finding is. */
export const MIJLPAAL_CODES = {
  "adresid-ontbreekt": "error",
  "rijen-verborgen": "info",
  "formule-niet-berekend": "warning",
  "adresid-afgerond": "warning",
  "adres-dubbel": "warning",
  "fase-ontbreekt": "error",
  "fase-onbekend": "error",
  "fase-terug": "warning",
  "datum-onleesbaar": "error",
  "datum-onwaarschijnlijk": "warning",
  "datum-na-peildatum": "info",
  "datums-volgorde": "warning",
  "resultaat-zonder-datum": "warning",
  "kwartaal-onbekend": "error",
  "kwartaal-dubbel": "error",
  "kwartaal-na-peildatum": "warning",
  "kwartaal-lopend": "info",
  "kwartaal-ontbreekt": "warning",
  "totaal-veranderd": "info",
} as const satisfies Record<string, Severity>;

export type MijlpaalCode = keyof typeof MIJLPAAL_CODES;

/** Why no dashboard can be made at all: the input, not a row of it. */
export const MIJLPAAL_FOUTEN = [
  "peildatum-ongeldig",
  "geen-indeling",
  "indeling-gemengd",
  "geen-kwartaal",
] as const;
export type MijlpaalFoutCode = (typeof MIJLPAAL_FOUTEN)[number];

/** A finding of this module; `adresId` when it is about one address (as its cell shows it). */
export interface MijlpaalBevinding extends Finding<MijlpaalCode> {
  adresId?: string;
}

type Params = Record<string, string | number>;

export function bevinding(
  code: MijlpaalCode,
  plek: { sheet: string; cell: string },
  params: Params = {},
  adresId?: string
): MijlpaalBevinding {
  const uit: MijlpaalBevinding = { code, severity: MIJLPAAL_CODES[code], ...plek, params };
  if (adresId !== undefined) {
    uit.adresId = adresId;
    uit.params = { adresId, ...params };
  }
  return uit;
}
