import type { IsoDate } from "../dates/iso";
import type { Finding, Severity } from "../findings";
import type { Fase } from "./fasen/fasen";
import type { Mijlpaal } from "./input/header-cell";

/** Every check of the milestone dashboard, with how bad its finding is. */
export const MIJLPAAL_CODES = {
  "adresid-ontbreekt": "error",
  "rijen-verborgen": "info",
  "datumstelsel-1904": "info",
  "datumstelsel-aangenomen": "info",
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

/** The params of each refusal, as the wording reads them. */
export type MijlpaalFoutParams = {
  /** As given: it is no date. */
  "peildatum-ongeldig": { peildatum: string };
  "geen-indeling": Record<string, never>;
  /** The chosen sheets of each layout, separated by ", ". */
  "indeling-gemengd": { momentopnamen: string; mijlpaalBladen: string };
  /** The chosen sheets, separated by ", ". */
  "geen-kwartaal": { bladen: string };
};

/** A refusal: its code with the params of that code. */
export type MijlpalenFout<C extends MijlpaalFoutCode = MijlpaalFoutCode> = {
  [K in C]: { code: K; params: MijlpaalFoutParams[K] };
}[C];

/** An address, as its cell shows it (`adresId` is its text: leading zeros and all). */
type Adres = { adresId: string };
/** A milestone date cell of an address. */
type MijlpaalDatum = Adres & { mijlpaal: Mijlpaal };

/**
 * The params of each finding, as the checks make them and the wording reads them: a missing or
 * misspelt one is a compile error, not "(undefined)" on the dashboard sheet. `adresId` is given to
 * `bevinding` apart (it is also the finding's own field) and goes first.
 */
export type MijlpaalParams = {
  /** `rij`: the 1-based row. */
  "adresid-ontbreekt": { rij: number };
  "rijen-verborgen": { sheet: string; aantal: number };
  /** Milestone dates count in the 1904 system, or in 1900 assumed (the host could not tell). */
  "datumstelsel-1904": { sheet: string };
  "datumstelsel-aangenomen": { sheet: string };
  /** `cellen`: the first cells, as "E5, E9" (the first five, then "en n andere"). */
  "formule-niet-berekend": { sheet: string; aantal: number; cellen: string };
  "adresid-afgerond": Adres;
  /** `eersteCel`: the address's first row (with its sheet when another); `kwartaal` only for snapshots. */
  "adres-dubbel": Adres & { eersteCel: string; kwartaal?: string };
  "fase-ontbreekt": Adres;
  "fase-onbekend": Adres & { tekst: string };
  "fase-terug": Adres & { van: Fase; naar: Fase; kwartaal: string; vorigKwartaal: string };
  "datum-onleesbaar": MijlpaalDatum & { tekst: string };
  "datum-onwaarschijnlijk": MijlpaalDatum & { datum: IsoDate };
  "datum-na-peildatum": MijlpaalDatum & { datum: IsoDate; peildatum: IsoDate };
  /** `eerder`: the earlier milestone with the later date `eerderDatum`. */
  "datums-volgorde": MijlpaalDatum & { datum: IsoDate; eerder: Mijlpaal; eerderDatum: IsoDate };
  /** `tekst`: the result as written ("Voldoet aan norm"). */
  "resultaat-zonder-datum": Adres & { tekst: string };
  "kwartaal-onbekend": { sheet: string };
  /** `eerderBlad`: the first sheet of that quarter, the one that counts. */
  "kwartaal-dubbel": { sheet: string; kwartaal: string; peildatum: IsoDate; eerderBlad: string };
  "kwartaal-na-peildatum": { sheet: string; kwartaal: string; peildatum: IsoDate };
  "kwartaal-lopend": { sheet: string; kwartaal: string; peildatum: IsoDate };
  /** The missing quarter, between the quarters of two sheets. */
  "kwartaal-ontbreekt": { kwartaal: string; vorig: string; volgend: string };
  /** Totals of two quarters, and how many addresses came and went. */
  "totaal-veranderd": {
    kwartaal: string;
    vorigKwartaal: string;
    vorig: number;
    nu: number;
    erbij: number;
    weg: number;
  };
};

/** One finding of the dashboard with the params of its code; `adresId` when it is about one address. */
type EenFinding<C extends MijlpaalCode> = Omit<Finding<C>, "params"> & {
  params: MijlpaalParams[C];
  adresId?: string;
};

/** The dashboard's findings: a union keyed on `code`, each with the params of its code. */
export type MijlpaalFinding<C extends MijlpaalCode = MijlpaalCode> = {
  [K in C]: EenFinding<K>;
}[C];

/** A finding of this module (the name the dashboard's code has always used). */
export type MijlpaalBevinding = MijlpaalFinding;

/** Codes whose finding is about one address: `bevinding` wants its adresId. */
type AdresCode = {
  [C in MijlpaalCode]: MijlpaalParams[C] extends Adres ? C : never;
}[MijlpaalCode];

/** What `bevinding` takes after the place: the params, and the address apart where the code has one. */
type BevindingArgs<C extends MijlpaalCode> = C extends AdresCode
  ? [params: Omit<MijlpaalParams[C], "adresId">, adresId: string]
  : [params: MijlpaalParams[C]];

/** The only way to make a finding of the dashboard: its params are checked against its code. */
export function bevinding<C extends MijlpaalCode>(
  code: C,
  plek: { sheet: string; cell: string },
  ...[params, adresId]: BevindingArgs<C>
): EenFinding<C> {
  const uit: EenFinding<C> = {
    code,
    severity: MIJLPAAL_CODES[code],
    ...plek,
    // The compiler cannot follow the spread back to the code's params: BevindingArgs did that.
    params: (adresId === undefined ? params : { adresId, ...params }) as MijlpaalParams[C],
  };
  if (adresId !== undefined) uit.adresId = adresId;
  return uit;
}

/** Whether a code read from outside (JSON, a stored sheet) is one of the dashboard's findings. */
export function isMijlpaalCode(code: string): code is MijlpaalCode {
  return Object.hasOwn(MIJLPAAL_CODES, code);
}
