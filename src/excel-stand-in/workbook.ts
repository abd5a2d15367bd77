import type { CellValue } from "../core/grid";
import { utf8Length } from "../host/json-bytes";
import { parseRangeAddress } from "./a1";
import { hostErrors } from "./errors";
import { FaultInjector } from "./faults";
import { officeLibrary, openRoute, type Requirements } from "./library";
import {
  ChangeEvents,
  changedPayload,
  EVENT_MESSAGE_CATEGORY,
  WORKSHEET_CHANGED_EVENT,
  type ChangeEvent,
} from "./change-events";
import { readValues, writeValues } from "./sheet-ops";
import { processRequest, type ActionRecord, type Session } from "./processor";
import { LOCALES, type InputLocale, type LocaleName } from "./locales";
import { PROFILES, type Profile, type ProfileName } from "./profiles";
import { requestBody, type RequestBody, type HttpRequest, type HttpResponse } from "./protocol";
import {
  chartInfo,
  sheetValues,
  snapshotCell,
  snapshotWorkbook,
  tableInfo,
  type CellSnapshot,
  type ChartInfo,
  type SheetSnapshot,
  type TableInfo,
  type WorkbookSnapshot,
  sheetValidations,
} from "./inspect";
import {
  cellKey,
  MAX_COLUMNS,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from "./model";
import { buildModel, type SheetSeed } from "./seed";
import { usedArea } from "./sheet-shape";
import { areaAddress, cellAddress } from "../core/address";

export interface EmulatorOptions {
  /**
   * The platform whose limits and requirement sets apply: Excel on the web (5 MB payloads, newest
   * ExcelApi) by default, desktop, or the manifest's minimum (ExcelApi 1.13).
   */
  profile?: ProfileName | Profile;
  /** Workbook structure protection (Workbook.protection.protected) from the start. */
  structureProtected?: boolean;
  /**
   * Whose typing rules convert text written through Range.values: en-US by default (the API's own
   * locale, OfficeDev/office-js#1559), or nl-NL for a host that reads it as a Dutch user's typing.
   */
  locale?: LocaleName | InputLocale;
  /** The 1904 date system (a workbook option): date serials count from 1904-01-01. */
  date1904?: boolean;
  /** The year of a date typed without one ("26 maart", "1-2"); this year by default. */
  inputYear?: number;
  /**
   * How a request or answer over the limits is refused: with the documented codes (by default), or as
   * real hosts have been seen to: HTTP 500 with GeneralException (OfficeDev/office-js#1314, Excel on
   * the web) or a bare HTTP 500 "Internal Server Error" (OfficeDev/office-js-docs#1247, a large read),
   * which Microsoft's library reports as ConnectionFailure.
   */
  oversize?: "documented" | "GeneralException" | "http500";
}

/** The documented refusals for size that `oversize` answers otherwise. */
const SIZE_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/** What one `context.sync()` sent and received, as the emulated host saw it. */
export interface SyncRecord {
  index: number;
  /** Bytes of the request body Microsoft's library sent, and of the answer. */
  requestBytes: number;
  responseBytes: number;
  actions: ActionRecord[];
  /** The error code when the sync failed. */
  error?: string;
  /**
   * Excel.run's closing request that only releases the references it kept (`_RemoveReference`): sent
   * after run() has resolved, without being waited for. Recorded, but not counted as a sync.
   */
  cleanup?: true;
}

/** Closes a workbook's route once the workbook itself is gone. */
const ROUTES_OPEN = new FinalizationRegistry<() => void>((close) => close());

/**
 * An in-memory Excel workbook answering Microsoft's own client library (excel-web-16.00.js): `run` is
 * Excel.run over a real Excel.RequestContext whose every sync arrives here as one ProcessQuery request.
 * Besides that, inspection helpers, per-sync records (real request and response bytes) and fault
 * injection for tests, the bench and the browser demo.
 */
export class ExcelEmulator {
  readonly faults: FaultInjector;
  readonly profile: Profile;
  readonly locale: InputLocale;
  private readonly records: SyncRecord[] = [];
  private syncsSoFar = 0;
  private readonly session: Session;
  private readonly route: { url: string; close(): void };
  private readonly oversize: NonNullable<EmulatorOptions["oversize"]>;
  private readonly changes = new ChangeEvents();
  /** Change events handed to Microsoft's library so far (tests count them). */
  private eventsDelivered: { sheet: string; payload: object }[] = [];

  constructor(
    readonly model: WorkbookModel,
    options: EmulatorOptions = {}
  ) {
    const profile = options.profile ?? "web";
    this.profile = typeof profile === "string" ? PROFILES[profile] : profile;
    const locale = options.locale ?? "en-US";
    this.locale = typeof locale === "string" ? LOCALES[locale] : locale;
    this.oversize = options.oversize ?? "documented";
    this.faults = new FaultInjector(() => this.syncsSoFar);
    model.structureProtected = options.structureProtected ?? false;
    this.session = {
      scope: {
        model,
        profile: this.profile,
        input: {
          locale: this.locale,
          year: options.inputYear ?? new Date().getFullYear(),
          date1904: model.date1904,
        },
        changes: this.changes,
      },
      faults: this.faults,
      references: new Map(),
      nextReference: 0,
    };
    // The route table is global (Microsoft's library reaches workbooks by URL): it holds this
    // workbook weakly, so a test that makes thousands of workbooks keeps only those still in use.
    this.route = openRoute(ExcelEmulator.weakHandler(new WeakRef(this)));
    ROUTES_OPEN.register(this, this.route.close);
  }

  /**
   * The route's handler, made outside the constructor: a closure made there would share its scope
   * with the ones that use `this`, and so hold the workbook after all.
   */
  private static weakHandler(self: WeakRef<ExcelEmulator>): (request: HttpRequest) => HttpResponse {
    return (request) => {
      const workbook = self.deref();
      if (!workbook) throw new Error("Regie: deze werkmap bestaat niet meer");
      return workbook.answer(request);
    };
  }

  static fromSheets(seeds: readonly SheetSeed[], options?: EmulatorOptions): ExcelEmulator {
    return new ExcelEmulator(buildModel(seeds, options?.date1904), options);
  }

  /** Excel.run from Microsoft's library on a context of this workbook (commands still queued are flushed). */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const library = officeLibrary(this.profile.requirementSets);
    return library.Excel.run(new library.Excel.RequestContext(this.route.url), batch);
  };

  /** Excel.run on a context an earlier run made (how an event handler is removed on its own context). */
  readonly runOn = <T>(
    /** A context this workbook's run or newContext made (typed loosely: adapters name their own slice). */
    context: object,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> =>
    officeLibrary(this.profile.requirementSets).Excel.run(context as Excel.RequestContext, batch);

  /** A real Excel.RequestContext for tests that drive syncs by hand. */
  newContext(): Excel.RequestContext {
    const library = officeLibrary(this.profile.requirementSets);
    return new library.Excel.RequestContext(this.route.url);
  }

  /** Stops answering (for the bench, which makes large workbooks one after another). */
  dispose(): void {
    this.route.close();
  }

  /**
   * One sync: the ProcessQuery request as Microsoft's library serialized it, answered from the model.
   * Both channels end here: the route of `run` (library.ts's send function) and the host frame's
   * RichApi channel (OfficeHost, method 93), so a page's own `Excel.run` meets the same rules.
   */
  answer(request: HttpRequest): HttpResponse {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = requestBody.parse(
      typeof request.body === "string" ? JSON.parse(text) : request.body
    );
    const cleanup = isCleanup(body);
    const record: SyncRecord = {
      index: cleanup ? this.syncsSoFar : ++this.syncsSoFar,
      requestBytes: utf8Length(text),
      responseBytes: 0,
      actions: [],
      ...(cleanup ? { cleanup } : {}),
    };
    this.records.push(record);
    const limit = this.profile.payloadLimit;
    if (limit !== null && record.requestBytes > limit) {
      const e = hostErrors.requestTooLarge(record.requestBytes);
      record.error = e.code;
      return this.oversized() ?? httpError(e.code, e.message, e.httpStatus);
    }
    let response = processRequest(body, this.session, cleanup ? 0 : record.index, record.actions);
    let out = JSON.stringify(response);
    record.responseBytes = utf8Length(out);
    if (!response.Error && limit !== null && record.responseBytes > limit) {
      const e = hostErrors.responseTooLarge(record.responseBytes);
      response = {
        Results: [],
        Error: {
          Code: e.code,
          Message: e.message,
          Location: e.location,
          ActionIndex: 0,
          HttpStatusCode: e.httpStatus,
        },
      };
      out = JSON.stringify(response);
    }
    if (response.Error) record.error = response.Error.Code;
    this.tell(this.changes.take());
    const real = response.Error && SIZE_CODES.has(response.Error.Code) ? this.oversized() : null;
    return real ?? { statusCode: 200, headers: {}, body: out };
  }

  /** A size refusal as the `oversize` option has real hosts answer it; null for the documented codes. */
  private oversized(): HttpResponse | null {
    if (this.oversize === "GeneralException") {
      const e = hostErrors.general("request or answer over the host's limits");
      return httpError(e.code, e.message, 500);
    }
    if (this.oversize === "http500") return { statusCode: 500, headers: {}, body: "" };
    return null;
  }

  /**
   * What the user does in Excel's grid: types `input` into one cell, as typed text is read in the
   * emulator's locale (a date, a number, text; a leading ' keeps text), and Excel tells the sheet's
   * onChanged handlers, with the value before and after. Resolves once the event is handed to the
   * library (its handlers then run as it calls them).
   */
  async typeAsUser(sheet: string, cellRef: string, input: string): Promise<void> {
    const model = this.sheet(sheet);
    const area = parseRangeAddress(sheet, cellRef);
    if (area.top !== area.bottom || area.left !== area.right)
      throw new Error(`excel-stand-in: typeAsUser types into one cell, not ${cellRef}`);
    const before = readValues(model, area)[0][0];
    writeValues(model, area, [[input]], this.session.scope.input);
    const after = readValues(model, area)[0][0];
    this.changes.changed({ sheet: model, area, by: "user", before, after });
    await this.tell(this.changes.take());
  }

  /**
   * Hands the changes to Microsoft's library as the host's event messages, after the answer that
   * caused them (Excel's events come on their own, not inside a sync's answer; their timing against
   * the answer is an assumption). The library builds WorksheetChangedEventArgs and calls the handlers.
   */
  private tell(changes: readonly ChangeEvent[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    const library = officeLibrary(this.profile.requirementSets);
    const triggerSource = (this.profile.requirementSets.excelapi ?? 0) >= 1.14;
    return new Promise((resolve) =>
      setTimeout(() => {
        for (const change of changes) {
          const payload = changedPayload(change, triggerSource);
          this.eventsDelivered.push({ sheet: change.sheet.name, payload });
          library.OfficeExtension._testTriggerRichApiMessageEvent?.({
            entries: [
              {
                messageCategory: EVENT_MESSAGE_CATEGORY,
                messageType: WORKSHEET_CHANGED_EVENT,
                targetId: change.sheet.id,
                message: JSON.stringify(payload),
              },
            ],
          });
        }
        resolve();
      }, 0)
    );
  }

  /** The change events delivered so far: sheet and the payload as the host sent it. */
  get changeEvents(): readonly { sheet: string; payload: object }[] {
    return this.eventsDelivered;
  }

  /** Sheets with an onChanged handler registered now (name -> registrations). */
  changeRegistrations(): Record<string, number> {
    return this.changes.registrations();
  }

  /** Office.context.requirements of this workbook's host (Microsoft's RequirementMatrix). */
  get requirements(): Requirements {
    const requirements = officeLibrary(this.profile.requirementSets).Office?.context?.requirements;
    if (!requirements) throw new Error("excel-stand-in: the library has no Office.context");
    return requirements;
  }

  /** Every sync since the workbook was made (or since resetStats), failed ones included; no cleanups. */
  get syncs(): readonly SyncRecord[] {
    return this.records.filter((r) => !r.cleanup);
  }

  /** Every request, Excel.run's closing cleanups included. */
  get requests(): readonly SyncRecord[] {
    return this.records;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get lastSync(): SyncRecord | undefined {
    const syncs = this.syncs;
    return syncs[syncs.length - 1];
  }

  resetStats(): void {
    this.records.length = 0;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }

  /** The selected range of the active sheet, e.g. "E5". */
  selection(): { sheet: string; address: string } | null {
    const active = this.model.active;
    return active ? { sheet: active.name, address: areaAddress(active.selection) } : null;
  }

  /** Values from A1 to the last used cell, as Excel would hand them over ("" for empty cells). */
  values(sheet: string): CellValue[][] {
    return sheetValues(this.sheet(sheet));
  }

  /** Formulas by cell address, e.g. { C2: "=A2+B2" }. */
  formulas(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, cell] of this.sortedCells(sheet))
      if (cell.formula !== undefined) out[address(key)] = cell.formula;
    return out;
  }

  /** Filled cells by address; cells without a fill are left out. */
  fills(sheet: string): Record<string, { color: string; pattern: string }> {
    const out: Record<string, { color: string; pattern: string }> = {};
    for (const [key, cell] of this.sortedCells(sheet))
      if (cell.fill) out[address(key)] = { ...cell.fill };
    return out;
  }

  /** Data validation by cell address ({} when the sheet has none). */
  validations(sheet: string): Record<string, ValidationModel> {
    return sheetValidations(this.sheet(sheet));
  }

  /**
   * Gives cells a data validation (or none) directly, as a user's dialog would: for tests that
   * need a validation Regie did not make. Not through the API, so no host rule applies.
   */
  setValidation(sheet: string, address: string, validation: ValidationModel | null): void {
    const target = this.sheet(sheet);
    const area = parseRangeAddress(sheet, address);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if (validation) target.validations.set(cellKey(r, c), structuredClone(validation));
        else target.validations.delete(cellKey(r, c));
  }

  /** One cell with its non-default formatting. */
  cell(sheet: string, cellRef: string): CellSnapshot {
    const area = parseRangeAddress(sheet, cellRef);
    const cell = this.sheet(sheet).cells.get(cellKey(area.top, area.left));
    return cell ? snapshotCell(cell) : { value: "" };
  }

  /** Name, visibility, protection, frozen rows, hidden rows, merges and column widths of a sheet. */
  sheetInfo(sheet: string): Omit<SheetSnapshot, "cells"> {
    const { cells, ...info } = this.snapshot().sheets.find(
      (s) => s.name.toLowerCase() === sheet.toLowerCase()
    )!;
    void cells;
    return info;
  }

  usedAddress(sheet: string): string | null {
    const used = usedArea(this.sheet(sheet), true);
    return used ? areaAddress(used) : null;
  }

  tables(): TableInfo[] {
    return this.model.tables.map(tableInfo);
  }

  charts(): ChartInfo[] {
    return this.model.charts.map(chartInfo);
  }

  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.model);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.model.find(name);
    if (!sheet) throw new Error(`excel-stand-in: no sheet named '${name}'`);
    return sheet;
  }

  private sortedCells(sheet: string) {
    return [...this.sheet(sheet).cells.entries()].sort((a, b) => a[0] - b[0]);
  }
}

function address(key: number): string {
  return cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
}

/** Only releases of kept references (on the workbook, the root object): Excel.run's closing cleanup. */
function isCleanup(body: RequestBody): boolean {
  return (
    body.Actions.length > 0 &&
    body.Actions.some((a) => a.Name === "_RemoveReference") &&
    body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1)
  );
}

function httpError(code: string, message: string, status: number): HttpResponse {
  return { statusCode: status, headers: {}, body: JSON.stringify({ error: { code, message } }) };
}
