/**
 * Where the emulated Excel runs. The limits differ by platform (see README: host rules and sources):
 * Excel on the web refuses a request or response above 5 MB; desktop Excel has no such payload limit.
 * All refuse a read of more than 5 million cells. Each profile also has its requirement sets: what
 * `Office.context.requirements.isSetSupported` answers in Microsoft's library (see library.ts), which
 * then refuses every API member above them itself (ApiNotFound, `_throwIfApiNotSupported`).
 */
export interface Profile {
  readonly name: "web" | "desktop" | "minimum";
  /** Largest request and response body in bytes, or null for none. */
  readonly payloadLimit: number | null;
  readonly maxReadCells: number;
  readonly requirementSets: RequirementSets;
}

/**
 * Requirement set name (lower case, as Microsoft's RequirementMatrix keys them) -> highest version the
 * host supports. A set that is not listed is not supported.
 */
export type RequirementSets = Readonly<Record<string, number>>;

/**
 * The highest ExcelApi version excel-web-16.00.js (@microsoft/office-js 1.1.110) gates a member on;
 * test/excel-stand-in/requirement-sets.test.ts reads it from the library.
 */
export const NEWEST_EXCEL_API = 1.15;

/**
 * The common sets every Excel host has: Microsoft's own ExcelClientDefaultSetRequirement (in
 * excel-web-16.00.debug.js) lists these, settings included; DialogApi 1.2 per "Dialog API requirement
 * sets" (web, Microsoft 365 and Office 2021 all have 1.2).
 */
const COMMON: RequirementSets = {
  bindingevents: 1.1,
  documentevents: 1.1,
  matrixbindings: 1.1,
  matrixcoercion: 1.1,
  selection: 1.1,
  settings: 1.1,
  tablebindings: 1.1,
  tablecoercion: 1.1,
  textbindings: 1.1,
  textcoercion: 1.1,
  dialogapi: 1.2,
};

/** Microsoft 365 on the web: the newest ExcelApi, plus ExcelApiOnline ("Excel JavaScript API requirement sets": web only). */
export const WEB: Profile = {
  name: "web",
  payloadLimit: 5 * 1024 * 1024,
  maxReadCells: 5_000_000,
  requirementSets: { ...COMMON, excelapi: NEWEST_EXCEL_API, excelapionline: 1.1 },
};

/** Microsoft 365 on Windows or Mac: the newest ExcelApi, no payload limit. */
export const DESKTOP: Profile = {
  name: "desktop",
  payloadLimit: null,
  maxReadCells: 5_000_000,
  requirementSets: { ...COMMON, excelapi: NEWEST_EXCEL_API },
};

/**
 * The oldest Excel the manifest admits: ExcelApi 1.13 exactly (the manifest's <Set Name="ExcelApi">),
 * desktop limits. The example is Excel 2021; the requirement-set table lists Office 2021 at
 * 1.14 from Version 2108, so this is at or below every perpetual Excel that can load Regie.
 */
export const MINIMUM: Profile = {
  name: "minimum",
  payloadLimit: null,
  maxReadCells: 5_000_000,
  requirementSets: { ...COMMON, excelapi: 1.13 },
};

export const PROFILES = { web: WEB, desktop: DESKTOP, minimum: MINIMUM } as const;
export type ProfileName = keyof typeof PROFILES;
