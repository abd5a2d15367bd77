import type { Severity } from "../../findings";

/**
 * The findings across the gemeenten's workbooks of a region, with how bad each is. Definitions
 * (README, "De regio"): a gemeente is a workbook's gemeente column when it names one gemeente, else
 * the workbook's file name; gemeenten are compared folded alike ("Midden-Groningen" is
 * "midden groningen").
 */
export const REGIO_CODES = {
  /** Two workbooks of one gemeente: the region counts that gemeente twice. */
  "gemeente-dubbel": "error",
  /** A workbook's gemeente column names the gemeente of another workbook (besides its own). */
  "gemeente-van-ander-bestand": "warning",
  /** An address in the workbooks of two different gemeenten: the region counts it twice. */
  "adres-in-twee-gemeenten": "warning",
} as const satisfies Record<string, Severity>;

export type RegioCode = keyof typeof REGIO_CODES;

/** The params of each finding, as the wording reads them. */
export type RegioParams = {
  /**
   * `eerderBron`: the first workbook of the gemeente; `gedeeld`: addresses this workbook lists
   * that an earlier workbook of the same gemeente lists too (the region counts them twice).
   */
  "gemeente-dubbel": { gemeente: string; eerderBron: string; gedeeld: number };
  /**
   * `gemeente`: this workbook's gemeente (its file name: its column names several); `genoemd`:
   * the other gemeente as this column writes it; `anderBron`: the workbook of that gemeente.
   */
  "gemeente-van-ander-bestand": { gemeente: string; genoemd: string; anderBron: string };
  /** `eerderCel`: the address's first cell in the workbook met first ("Q1 2020!A5"). */
  "adres-in-twee-gemeenten": {
    adresId: string;
    gemeente: string;
    eerderGemeente: string;
    eerderBron: string;
    eerderCel: string;
  };
};

/**
 * A finding across workbooks: the workbook it is about (`bron`, as the caller named it) and, when
 * it is about a cell, the sheet and cell in that workbook.
 */
export type RegioBevinding<C extends RegioCode = RegioCode> = {
  [K in C]: {
    code: K;
    severity: Severity;
    bron: string;
    sheet?: string;
    cell?: string;
    params: RegioParams[K];
    adresId?: string;
  };
}[C];

/** The only way to make a regional finding: its params are checked against its code. */
export function regioBevinding<C extends RegioCode>(
  code: C,
  plek: { bron: string; sheet?: string; cell?: string },
  params: RegioParams[C]
): RegioBevinding<C> {
  const uit = { code, severity: REGIO_CODES[code], ...plek, params } as RegioBevinding<C>;
  if ("adresId" in params) uit.adresId = params.adresId;
  return uit;
}
