/**
 * Excel for tests, the bench and the browser demo: Microsoft's own client library (excel-web-16.00.js)
 * answered by a host emulator over an in-memory workbook. Not production code.
 */
export { ExcelEmulator, type EmulatorOptions, type SyncRecord } from "./workbook";
export { EmulatorError } from "./errors";
export { provideOfficeLibrary, officeLibrary, type OfficeLibrary } from "./library";
export { EN_US, NL_NL, LOCALES, type InputLocale, type LocaleName } from "./locales";
export { typedValue } from "./typed-input";
export { DESKTOP, WEB, PROFILES, type Profile, type ProfileName } from "./profiles";
export type { ActionRecord } from "./processor";
export type { SheetSeed, SeedValue } from "./seed";
export { toSerial } from "./seed";
export type { FaultSpec, SyncFault, WriteMatch, FaultInjector } from "./faults";
export type {
  CellSnapshot,
  ChartInfo,
  SheetSnapshot,
  TableInfo,
  WorkbookSnapshot,
} from "./inspect";
export { MAX_RANGES_ADDRESS } from "./types-workbook";
export { MAX_MERGED_AREAS } from "./types-range";
