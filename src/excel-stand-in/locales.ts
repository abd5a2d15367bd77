/**
 * The locale whose typed-input rules convert text written through `Range.values` (see README: host
 * rules). en-US is what the Excel JavaScript API uses by design (OfficeDev/office-js#1559); nl-NL
 * models a host that reads the text as a Dutch user's typing, which tests choose to prove that Regie's
 * texts survive either way.
 */
export interface InputLocale {
  readonly name: "en-US" | "nl-NL";
  readonly decimal: string;
  readonly group: string;
  readonly currency: string;
  readonly booleans: { readonly true: string; readonly false: string };
  /** d-m-y (nl-NL) or m/d/y (en-US) for all-digit dates. */
  readonly dayFirst: boolean;
  /** Month words by month (index 0 = January), full names and abbreviations, lower case. */
  readonly months: readonly (readonly string[])[];
  /** The number format a converted date gets in a General cell. */
  readonly dateFormat: string;
}

export const EN_US: InputLocale = {
  name: "en-US",
  decimal: ".",
  group: ",",
  currency: "$",
  booleans: { true: "TRUE", false: "FALSE" },
  dayFirst: false,
  months: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sept", "sep"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  dateFormat: "m/d/yyyy",
};

export const NL_NL: InputLocale = {
  name: "nl-NL",
  decimal: ",",
  group: ".",
  currency: "€",
  booleans: { true: "WAAR", false: "ONWAAR" },
  dayFirst: true,
  months: [
    ["januari", "jan"],
    ["februari", "feb"],
    ["maart", "mrt", "mar"],
    ["april", "apr"],
    ["mei"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["augustus", "aug"],
    ["september", "sept", "sep"],
    ["oktober", "okt", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  dateFormat: "d-m-yyyy",
};

export const LOCALES = { "en-US": EN_US, "nl-NL": NL_NL } as const;
export type LocaleName = keyof typeof LOCALES;

/** What typed-input conversion needs besides the text: the locale, and the year of a date typed without one. */
export interface InputContext {
  readonly locale: InputLocale;
  readonly year: number;
  /** The workbook counts dates from 1904: a typed date is stored 1,462 days lower. */
  readonly date1904?: boolean;
}
