/** A fake Excel object model with Office.js semantics, for tests and the browser demo (no Node APIs). */
export { FakeWorkbook, type FakeWorkbookOptions } from "./workbook";
export { FakeRequestContext } from "./context";
export { FakeOfficeError } from "./errors";
export type { LoadOption } from "./load-spec";
export type { SheetSeed, SeedValue } from "./seed";
export { toSerial } from "./seed";
export type { SyncRecord, ActionRecord } from "./batch";
export type { FaultSpec, SyncFault, WriteMatch, FaultInjector } from "./faults";
export type {
  CellSnapshot,
  ChartInfo,
  SheetSnapshot,
  TableInfo,
  WorkbookSnapshot,
} from "./inspect";
export { DEFAULT_PAYLOAD_LIMIT, jsonBytes } from "./payload";
export { MAX_RANGES_ADDRESS } from "./worksheet";
export type { FakeWorksheet } from "./worksheet";
export type { FakeRange } from "./range";
export type { FakeRangeAreas } from "./range-areas";
