import type { CellValue } from "../../core/grid";
import { parseRangeAddress } from "./a1";
import type { SyncRecord } from "./batch";
import { FakeRequestContext, type FakeEngine } from "./context";
import { executeBatch } from "./engine";
import { FaultInjector } from "./faults";
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
} from "./inspect";
import { cellKey, MAX_COLUMNS, type SheetModel, type WorkbookModel } from "./model";
import { DEFAULT_PAYLOAD_LIMIT } from "./payload";
import { buildModel, type SheetSeed } from "./seed";
import { usedArea } from "./sheet-shape";
import { areaAddress, cellAddress } from "../../core/address";

export interface FakeWorkbookOptions {
  /** Request and response limit per sync; Excel on the web's 5 MB by default. */
  payloadLimit?: number;
}

/**
 * An in-memory Excel workbook with an Office.js-shaped API (`run`, request contexts, proxies) for tests
 * and the browser demo, plus inspection helpers, per-sync records (bytes and actions) and fault injection.
 */
export class FakeWorkbook implements FakeEngine {
  readonly faults: FaultInjector;
  readonly payloadLimit: number;
  private readonly records: SyncRecord[] = [];
  private syncsSoFar = 0;

  constructor(
    readonly model: WorkbookModel,
    options: FakeWorkbookOptions = {}
  ) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.faults = new FaultInjector(() => this.syncsSoFar);
  }

  static fromSheets(seeds: readonly SheetSeed[], options?: FakeWorkbookOptions): FakeWorkbook {
    return new FakeWorkbook(buildModel(seeds), options);
  }

  /** Like Excel.run: a fresh context; commands still queued when the batch returns are flushed in a final sync. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    await context.flush();
    return result;
  };

  /** A context for tests that drive syncs by hand. */
  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  execute(actions: Parameters<FakeEngine["execute"]>[0], final: boolean): void {
    executeBatch(++this.syncsSoFar, actions, final, {
      faults: this.faults,
      payloadLimit: this.payloadLimit,
      record: (r) => this.records.push(r),
    });
  }

  /** Every sync since the workbook was made (or since resetStats), failed ones included. */
  get syncs(): readonly SyncRecord[] {
    return this.records;
  }

  get syncCount(): number {
    return this.records.length;
  }

  get lastSync(): SyncRecord | undefined {
    return this.records[this.records.length - 1];
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
    if (!sheet) throw new Error(`fake-excel: no sheet named '${name}'`);
    return sheet;
  }

  private sortedCells(sheet: string) {
    return [...this.sheet(sheet).cells.entries()].sort((a, b) => a[0] - b[0]);
  }
}

function address(key: number): string {
  return cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
}
