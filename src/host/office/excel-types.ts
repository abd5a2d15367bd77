import type { CellValue } from "../../core/grid";
import type { SheetVisibility } from "../../app/ports";

/**
 * The narrow slice of the Excel JavaScript API the adapter uses. Excel.RequestContext satisfies it
 * (checked below, at compile time): in Excel, and in tests, the bench and the demo, where the context
 * is Microsoft's own library answered by the Excel stand-in (src/excel-stand-in). Naming the slice
 * keeps what the adapter relies on visible and no `any` from @types/office-js leaks into it.
 */
export interface ExcelContext {
  readonly workbook: { readonly worksheets: WorksheetCollectionLike };
  sync(): Promise<unknown>;
}

/** Excel.run, or the stand-in's run: one batch function, one request context. */
export type ExcelRunner = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Excel.run on a context kept from an earlier run (to remove an event handler on the context it was added on). */
export type ExcelRunnerOn = <T>(
  context: ExcelContext,
  batch: (context: ExcelContext) => Promise<T>
) => Promise<T>;

/** Office.context.requirements. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface ClientResultLike<T> {
  readonly value: T;
}

export interface WorksheetCollectionLike {
  getFirst(visibleOnly?: boolean): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
  getCount(visibleOnly?: boolean): ClientResultLike<number>;
  add(name?: string): WorksheetLike;
}

export interface WorksheetLike {
  readonly isNullObject: boolean;
  load(propertyNames: string | string[]): WorksheetLike;
  name: string;
  visibility: SheetVisibility;
  readonly protection: {
    readonly protected: boolean;
    load(propertyNames: string | string[]): unknown;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutLike;
  /** ExcelApi 1.9: add(range) breaks the page above the range. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  readonly tables: { add(address: RangeLike | string, hasHeaders: boolean): TableLike };
  readonly charts: {
    add(
      type: "ColumnStacked",
      sourceData: RangeLike,
      seriesBy?: "Auto" | "Columns" | "Rows"
    ): ChartLike;
  };
  getNextOrNullObject(visibleOnly?: boolean): WorksheetLike;
  getNext(visibleOnly?: boolean): WorksheetLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeLike;
  getRanges(address?: string): RangeAreasLike;
  getUsedRange(valuesOnly?: boolean): RangeLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
  /** ExcelApi 1.7. */
  readonly onChanged: {
    add(handler: (args: WorksheetChangedLike) => Promise<void>): { remove(): void };
  };
}

/** Excel.WorksheetChangedEventArgs as the adapter reads it. */
export interface WorksheetChangedLike {
  readonly address: string;
  /** ExcelApi 1.14: "ThisLocalAddin" when this add-in made the change. */
  readonly triggerSource?: string;
}

export interface PageLayoutLike {
  orientation: "Portrait" | "Landscape";
  paperSize: Excel.PageLayout["paperSize"];
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface RangeLike {
  readonly isNullObject: boolean;
  load(propertyNames: string | string[]): RangeLike;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: CellValue[][];
  /** The formula where a cell has one, else its value (Range.formulas, Office.js reference). */
  formulas: CellValue[][];
  numberFormat: string[][];
  /** Each cell as Excel shows it, dates in the workbook's date system (Range.text, ExcelApi 1.1). */
  readonly text: string[][];
  readonly format: RangeFormatLike;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidationLike;
  getBoundingRect(anotherRange: RangeLike | string): RangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike;
  getIntersection(anotherRange: RangeLike | string): RangeLike;
  getCellProperties(options: {
    format: { fill: { color: true; pattern: true } };
  }): ClientResultLike<CellFillProperties[][]>;
  getRowProperties(options: { rowHidden: true }): ClientResultLike<Array<{ rowHidden?: boolean }>>;
  getMergedAreasOrNullObject(): RangeAreasLike;
  getSpecialCellsOrNullObject(cellType: "Formulas"): RangeAreasLike;
  select(): void;
  clear(): void;
}

/**
 * Range.dataValidation (ExcelApi 1.8). Properties read null where the range's cells differ; `type`
 * then says "Inconsistent" or "MixedCriteria" (DataValidationType).
 */
export interface DataValidationLike {
  load(propertyNames: string | string[]): DataValidationLike;
  readonly type: string;
  rule: object;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
  clear(): void;
}

export interface CellFillProperties {
  format?: { fill?: { color?: string; pattern?: string } };
}

export interface RangeAreasLike {
  readonly isNullObject: boolean;
  readonly areas: {
    readonly items: Array<{ readonly address: string }>;
    load(propertyNames: string | string[]): unknown;
  };
  readonly format: { readonly fill: RangeFillLike; readonly protection: FormatProtectionLike };
}

/** Range.format.protection (ExcelApi 1.2): `locked` is null when the cells differ. */
export interface FormatProtectionLike {
  readonly locked: boolean | null;
  load(propertyNames: string | string[]): unknown;
}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
  readonly font: { bold: boolean; italic: boolean; color: string };
  horizontalAlignment:
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed";
  verticalAlignment: "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
  wrapText: boolean;
  columnWidth: number;
}

export interface RangeFillLike {
  color: string;
  pattern: string;
  clear(): void;
}

export interface TableLike {
  name: string;
  style: string;
  showHeaders: boolean;
}

export interface ChartLike {
  name: string;
  readonly title: { text: string };
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
  /** ChartSeriesCollection.getItemAt, ChartSeries.format.fill, ChartFill.setSolidColor: ExcelApi 1.1. */
  readonly series: {
    getItemAt(index: number): {
      readonly format: { readonly fill: { setSolidColor(color: string): void } };
    };
  };
}

/** Compile-time proof that the real API fits these interfaces (fails the build if Office.js changes). */
type Fits<T extends ExcelContext> = T;
export type RealExcelContextFits = Fits<Excel.RequestContext>;
