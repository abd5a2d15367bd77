import type { MergedArea } from "../core/grid";

/** A rectangle in sheet coordinates, 0-based and inclusive (the core's MergedArea shape). */
export type Area = MergedArea;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FillModel {
  color: string;
  pattern: string;
}

export interface FontModel {
  bold: boolean;
  italic: boolean;
  color: string;
}

/** One cell; only cells that were ever touched exist in a sheet's map. */
export interface CellModel {
  /** What `values` reports: "" for empty; a formula's value (the stand-in does not calculate: 0). */
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: FillModel | null;
  font: FontModel | null;
  horizontalAlignment: string;
  /** Range.format.verticalAlignment: Excel's default is "Bottom". */
  verticalAlignment: string;
  wrapText: boolean;
  /** Range.format.protection.locked: every cell is locked until unlocked; it counts once the sheet is protected. */
  locked: boolean;
}

/**
 * One cell's data validation (ExcelApi 1.8): the rule (one kind, `{}` for a prompt without a rule),
 * the prompt, the error alert and ignoreBlanks, as the API's DataValidation reports them.
 */
export interface ValidationModel {
  rule: Record<string, Record<string, unknown>>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  style: string;
  showHeaders: boolean;
}

export interface ChartModel {
  name: string;
  sheet: SheetModel;
  type: string;
  source: Area;
  seriesBy: string;
  title: string;
  from: string | null;
  to: string | null;
  /** Per series, in order: the solid fill set with ChartFill.setSolidColor, null for Excel's own. */
  seriesFills: (string | null)[];
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const DEFAULT_COLUMN_WIDTH = 48;

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** PageLayout.paperSize (Excel.PaperType). */
  paperSize: string;
  /** A1 address without the sheet, null when the whole used range prints. */
  printArea: string | null;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Whole rows repeated on every page ("6:6"), null for none. */
  printTitleRows: string | null;
  /** 1-based rows with a manual page break above them (horizontalPageBreaks), ascending. */
  rowBreaks: number[];
}

export class SheetModel {
  visibility: Visibility = "Visible";
  protected = false;
  /** WorksheetProtectionOptions.allowFormatCells of the protection in force (protect(options)). */
  allowFormatCells = false;
  readonly cells = new Map<number, CellModel>();
  merges: Area[] = [];
  readonly hiddenRows = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  /** Range.dataValidation per cell (cellKey), apart from the cells: a cell without one has none. */
  readonly validations = new Map<number, ValidationModel>();
  frozenRows = 0;
  /** Worksheet.pageLayout: what Regie sets of it. */
  readonly pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    paperSize: "Letter",
    printArea: null,
    zoom: { scale: 100 },
    printTitleRows: null,
    rowBreaks: [],
  };
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  deleted = false;

  /** Worksheet.id: stable for the sheet's life, unlike its name or position. */
  constructor(
    public name: string,
    readonly id: string
  ) {}
}

let workbooksMade = 0;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  /** Workbook.protection.protected: the structure (sheets added, deleted, renamed, hidden) is locked. */
  structureProtected = false;
  /**
   * The workbook counts dates from 1904 (Excel's "1904 date system" option): serials are 1,462
   * lower for the same day, and Range.text shows them as that day.
   */
  date1904 = false;
  private sheetsMade = 0;
  /**
   * This workbook among all made in this process: its sheets' ids differ from every other
   * workbook's, since Microsoft's library dispatches change events by sheet id alone and several
   * emulated workbooks share one library.
   */
  private readonly number = ++workbooksMade;

  /** Excel-style sheet ids, "{00000000-0001-0003-0000-000000000000}", one per sheet ever made. */
  newSheet(name: string): SheetModel {
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
    return new SheetModel(
      name,
      `{00000000-${hex(++this.sheetsMade)}-${hex(this.number)}-0000-000000000000}`
    );
  }

  /** Excel compares sheet names case-insensitively. */
  find(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function emptyCell(): CellModel {
  return {
    value: "",
    numberFormat: "General",
    fill: null,
    font: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    locked: true,
  };
}
