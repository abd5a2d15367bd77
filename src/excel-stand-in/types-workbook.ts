import { areaAddress } from "../core/address";
import { bareAddress, parseAreas, parseRangeAddress } from "./a1";
import { hostErrors } from "./errors";
import type { HostObject, ObjectOf, TypeDef } from "./host-object";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type PageLayoutModel,
  type SheetModel,
  type Visibility,
  type WorkbookModel,
} from "./model";
import { isRange } from "./types-range";
import {
  checkSheetName,
  checkStructure,
  defaultSheetName,
  deleteSheet,
  setVisibility,
} from "./sheet-rules";
import { usedArea } from "./sheet-shape";
import { addChart, addTable, renameTable, seriesAt, setSeriesFill } from "./table-chart-rules";

/** Excel's limit on the address string of one getRange or getRanges call (see README). */
export const MAX_RANGES_ADDRESS = 8192;

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];
const worksheet = (sheet: SheetModel): HostObject => ({ type: "Worksheet", sheet });
const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

export const WORKBOOK: TypeDef<ObjectOf<"Workbook">> = {
  properties: {},
  navigation: {
    worksheets: () => ({ type: "WorksheetCollection" }),
    protection: () => ({ type: "WorkbookProtection" }),
  },
  objectMethods: {
    getActiveCell: {
      run: (_w, _a, { model }) => {
        const active = activeSheet(model);
        const { top, left } = active.selection;
        return { type: "Range", sheet: active, area: { top, left, bottom: top, right: left } };
      },
    },
    getSelectedRange: {
      run: (_w, _a, { model }) => {
        const active = activeSheet(model);
        return { type: "Range", sheet: active, area: { ...active.selection } };
      },
    },
  },
};

export const WORKBOOK_PROTECTION: TypeDef<ObjectOf<"WorkbookProtection">> = {
  properties: { protected: { get: (_p, { model }) => model.structureProtected } },
  methods: {
    protect: { write: true, run: (_p, _a, { model }) => void (model.structureProtected = true) },
    unprotect: { write: true, run: (_p, _a, { model }) => void (model.structureProtected = false) },
  },
};

export const WORKSHEET_COLLECTION: TypeDef<ObjectOf<"WorksheetCollection">> = {
  properties: {},
  items: (_c, { model }) => model.sheets.map(worksheet),
  /** getItem(key): by name (case-insensitive) or by id. */
  indexer: (_c, [key], { model }) => sheetByKey(model, key),
  objectMethods: {
    getItem: { run: (_c, [key], { model }) => sheetByKey(model, key) },
    getItemOrNullObject: {
      run: (_c, [key], { model }) => {
        const sheet = findSheet(model, String(key));
        return sheet ? worksheet(sheet) : null;
      },
    },
    getActiveWorksheet: { run: (_c, _a, { model }) => worksheet(activeSheet(model)) },
    getFirst: {
      run: (_c, [visibleOnly], { model }) => {
        const first = model.sheets.find((s) => visibleOnly !== true || s.visibility === "Visible");
        if (!first) throw hostErrors.itemNotFound("WorksheetCollection.getFirst");
        return worksheet(first);
      },
    },
    /** Adds a sheet at the end, visible and not activated, as Excel does. */
    add: {
      write: true,
      run: (_c, [name], { model }) => {
        checkStructure(model, "WorksheetCollection.add");
        const sheetName = typeof name === "string" ? name : defaultSheetName(model);
        checkSheetName(model, sheetName);
        const sheet = model.newSheet(sheetName);
        model.sheets.push(sheet);
        return worksheet(sheet);
      },
    },
  },
  methods: {
    getCount: {
      write: false,
      run: (_c, [visibleOnly], { model }) =>
        model.sheets.filter((s) => visibleOnly !== true || s.visibility === "Visible").length,
    },
  },
};

type Worksheet = ObjectOf<"Worksheet">;

export const WORKSHEET: TypeDef<Worksheet> = {
  id: (w) => w.sheet.id,
  properties: {
    id: { get: (w) => w.sheet.id },
    name: {
      get: (w) => w.sheet.name,
      onProtected: "allowed",
      set: (w, value, { model }) => {
        checkStructure(model, "Worksheet.name");
        checkSheetName(model, String(value), w.sheet);
        w.sheet.name = String(value);
      },
    },
    position: { get: (w, { model }) => model.sheets.indexOf(w.sheet) },
    visibility: {
      get: (w) => w.sheet.visibility,
      onProtected: "allowed",
      set: (w, value, { model }) => {
        if (!VISIBILITIES.includes(value as Visibility))
          throw hostErrors.invalidArgument(`Worksheet.visibility: ${String(value)}`);
        setVisibility(model, w.sheet, value as Visibility);
      },
    },
  },
  navigation: {
    protection: (w) => ({ type: "WorksheetProtection", sheet: w.sheet }),
    freezePanes: (w) => ({ type: "WorksheetFreezePanes", sheet: w.sheet }),
    pageLayout: (w) => ({ type: "PageLayout", sheet: w.sheet }),
    horizontalPageBreaks: (w) => ({ type: "PageBreakCollection", sheet: w.sheet }),
    tables: (w) => ({ type: "TableCollection", sheet: w.sheet }),
    charts: (w) => ({ type: "ChartCollection", sheet: w.sheet }),
  },
  objectMethods: {
    /** The address string may not pass 8,192 characters (Worksheet.getRange reference). */
    getRange: {
      run: (w, [address]) => {
        checkAddressLength("Worksheet.getRange", address);
        return {
          type: "Range",
          sheet: w.sheet,
          area:
            address === undefined || address === null || address === ""
              ? { ...whole }
              : parseRangeAddress(w.sheet.name, String(address)),
        };
      },
    },
    getRangeByIndexes: {
      run: (w, args) => {
        const [top, left, rows, columns] = args.map(Number);
        if (
          !(top >= 0 && left >= 0 && rows >= 1 && columns >= 1) ||
          top + rows > MAX_ROWS ||
          left + columns > MAX_COLUMNS
        )
          throw hostErrors.invalidArgument("Worksheet.getRangeByIndexes");
        return {
          type: "Range",
          sheet: w.sheet,
          area: { top, left, bottom: top + rows - 1, right: left + columns - 1 },
        };
      },
    },
    getCell: {
      run: (w, [row, column]) => {
        const [top, left] = [Number(row), Number(column)];
        return { type: "Range", sheet: w.sheet, area: { top, left, bottom: top, right: left } };
      },
    },
    /** Several areas at once (ExcelApi 1.9); the address string may not pass 8,192 characters. */
    getRanges: {
      run: (w, [address]) => {
        checkAddressLength("Worksheet.getRanges", address);
        const areas =
          typeof address === "string" && address !== ""
            ? parseAreas(w.sheet.name, address)
            : [{ ...whole }];
        return { type: "RangeAreas", sheet: w.sheet, areas };
      },
    },
    /** The used range; A1 when the sheet is blank (it does not throw). */
    getUsedRange: {
      run: (w, [valuesOnly]) => ({
        type: "Range",
        sheet: w.sheet,
        area: usedArea(w.sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      }),
    },
    getUsedRangeOrNullObject: {
      run: (w, [valuesOnly]) => {
        const area = usedArea(w.sheet, valuesOnly === true);
        return area ? { type: "Range", sheet: w.sheet, area } : null;
      },
    },
    getNext: {
      run: (w, [visibleOnly], { model }) => {
        const next = neighbour(model, w.sheet, visibleOnly === true);
        if (!next) throw hostErrors.itemNotFound("Worksheet.getNext");
        return worksheet(next);
      },
    },
    getNextOrNullObject: {
      run: (w, [visibleOnly], { model }) => {
        const next = neighbour(model, w.sheet, visibleOnly === true);
        return next ? worksheet(next) : null;
      },
    },
  },
  methods: {
    /** Hidden sheets cannot be activated. */
    activate: {
      write: true,
      onProtected: "allowed",
      run: (w, _a, { model }) => {
        if (w.sheet.visibility !== "Visible")
          throw hostErrors.invalidOperation(`Worksheet.activate: '${w.sheet.name}' is hidden`);
        model.active = w.sheet;
      },
    },
    delete: {
      write: true,
      onProtected: "allowed",
      run: (w, _a, { model }) => deleteSheet(model, w.sheet),
    },
    /**
     * What Microsoft's library sends when a sheet's first onChanged handler is added, and its last
     * removed (Worksheet.onChanged in excel-web-16.00.debug.js: registerFunc / unregisterFunc).
     */
    _RegisterDataChangedEvent: {
      write: false,
      onProtected: "allowed",
      run: (w, _a, { changes }) => changes?.register(w.sheet, 1),
    },
    _UnregisterDataChangedEvent: {
      write: false,
      onProtected: "allowed",
      run: (w, _a, { changes }) => changes?.register(w.sheet, -1),
    },
  },
};

/**
 * protect(options) (ExcelApi 1.2): of WorksheetProtectionOptions the stand-in models allowFormatCells;
 * the other options stay refused, as with protect() alone.
 */
export const WORKSHEET_PROTECTION: TypeDef<ObjectOf<"WorksheetProtection">> = {
  properties: { protected: { get: (p) => p.sheet.protected } },
  methods: {
    protect: {
      write: true,
      onProtected: "allowed",
      run: (p, [options]) => {
        p.sheet.protected = true;
        p.sheet.allowFormatCells =
          (options as { allowFormatCells?: unknown } | null | undefined)?.allowFormatCells === true;
      },
    },
    unprotect: {
      write: true,
      onProtected: "allowed",
      run: (p) => {
        p.sheet.protected = false;
        p.sheet.allowFormatCells = false;
      },
    },
  },
};

/** Freezing is a view setting, allowed on protected sheets. */
export const WORKSHEET_FREEZE_PANES: TypeDef<ObjectOf<"WorksheetFreezePanes">> = {
  properties: {},
  methods: {
    freezeRows: {
      write: true,
      onProtected: "allowed",
      run: (p, [count]) =>
        void (p.sheet.frozenRows = count === undefined || count === null ? 1 : Number(count)),
    },
    unfreeze: { write: true, onProtected: "allowed", run: (p) => void (p.sheet.frozenRows = 0) },
  },
};

/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, paperSize (an Excel.PaperType), zoom (a scale
 * of 10-400, or pages wide and tall), setPrintArea and setPrintTitleRows (whole rows). Printing
 * itself is not emulated.
 */
export const PAGE_LAYOUT: TypeDef<ObjectOf<"PageLayout">> = {
  properties: {
    orientation: {
      get: (p) => p.sheet.pageLayout.orientation,
      set: (p, value) => {
        if (value !== "Portrait" && value !== "Landscape")
          throw hostErrors.invalidArgument(`PageLayout.orientation: ${String(value)}`);
        p.sheet.pageLayout.orientation = value;
      },
    },
    zoom: {
      get: (p) => ({ ...p.sheet.pageLayout.zoom }),
      set: (p, value) => (p.sheet.pageLayout.zoom = zoomOptions(value)),
    },
    paperSize: {
      get: (p) => p.sheet.pageLayout.paperSize,
      set: (p, value) => {
        if (!PAPER_TYPES.has(String(value)))
          throw hostErrors.invalidArgument(`PageLayout.paperSize: ${String(value)}`);
        p.sheet.pageLayout.paperSize = String(value);
      },
    },
  },
  methods: {
    setPrintArea: {
      write: true,
      run: (p, [area]) => {
        const address = String(area ?? "");
        // InvalidArgument for a bad address; kept as the bare A1 area.
        p.sheet.pageLayout.printArea = areaAddress(parseRangeAddress(p.sheet.name, address));
      },
    },
    /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows). */
    setPrintTitleRows: {
      write: true,
      run: (p, [rows]) => {
        const address = String(rows ?? "");
        const area = parseRangeAddress(p.sheet.name, address);
        if (area.left !== 0 || area.right !== MAX_COLUMNS - 1)
          throw hostErrors.invalidArgument(`PageLayout.setPrintTitleRows(${address})`);
        p.sheet.pageLayout.printTitleRows = bareAddress(area);
      },
    },
  },
};

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a manual break above the range's
 * first row; a second break on that row adds nothing (assumption). Breaks in columns and removing
 * them are not emulated.
 */
export const PAGE_BREAK_COLLECTION: TypeDef<ObjectOf<"PageBreakCollection">> = {
  properties: {},
  objectMethods: {
    add: {
      write: true,
      run: (c, [range]) => {
        const area =
          typeof range === "string"
            ? parseRangeAddress(c.sheet.name, range)
            : isRange(range) && range.sheet === c.sheet
              ? range.area
              : null;
        if (!area) throw hostErrors.invalidArgument("PageBreakCollection.add: not a range");
        const breaks = c.sheet.pageLayout.rowBreaks;
        if (!breaks.includes(area.top + 1)) breaks.push(area.top + 1);
        breaks.sort((a, b) => a - b);
        return { type: "PageBreak", sheet: c.sheet, row: area.top + 1 };
      },
    },
  },
};

/** The PageBreak add returns; its properties and delete() are not emulated. */
export const PAGE_BREAK: TypeDef<ObjectOf<"PageBreak">> = { properties: {} };

/** Excel.PaperType's values. */
const PAPER_TYPES = new Set(
  "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman".split(
    " "
  )
);

/** PageLayoutZoomOptions: a scale of 10-400, or whole numbers of pages; anything else InvalidArgument. */
function zoomOptions(value: unknown): PageLayoutModel["zoom"] {
  const v = (value ?? {}) as Record<string, unknown>;
  const pages = (n: unknown) => (n === undefined || n === null ? undefined : Number(n));
  const zoom = {
    scale: pages(v.scale),
    horizontalFitToPages: pages(v.horizontalFitToPages),
    verticalFitToPages: pages(v.verticalFitToPages),
  };
  const valid =
    (zoom.scale === undefined || (zoom.scale >= 10 && zoom.scale <= 400)) &&
    [zoom.horizontalFitToPages, zoom.verticalFitToPages].every(
      (n) => n === undefined || (Number.isInteger(n) && n >= 0)
    );
  if (!valid) throw hostErrors.invalidArgument(`PageLayout.zoom: ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(zoom).filter(([, n]) => n !== undefined));
}

export const TABLE_COLLECTION: TypeDef<ObjectOf<"TableCollection">> = {
  properties: {},
  items: (c, { model }) =>
    model.tables.filter((t) => t.sheet === c.sheet).map((table) => ({ type: "Table", table })),
  objectMethods: {
    add: {
      write: true,
      run: (c, [address, hasHeaders], { model }) => {
        if (typeof address !== "string" && !isRange(address))
          throw hostErrors.invalidArgument("TableCollection.add: not a range");
        return { type: "Table", table: addTable(model, c.sheet, address, hasHeaders === true) };
      },
    },
  },
};

export const TABLE: TypeDef<ObjectOf<"Table">> = {
  properties: {
    name: {
      get: (t) => t.table.name,
      set: (t, value, { model }) => renameTable(model, t.table, String(value)),
    },
    style: { get: (t) => t.table.style, set: (t, value) => void (t.table.style = String(value)) },
    showHeaders: {
      get: (t) => t.table.showHeaders,
      set: (t, value) => void (t.table.showHeaders = value === true),
    },
  },
  objectMethods: {
    getRange: { run: (t) => ({ type: "Range", sheet: t.table.sheet, area: { ...t.table.area } }) },
  },
};

export const CHART_COLLECTION: TypeDef<ObjectOf<"ChartCollection">> = {
  properties: {},
  items: (c, { model }) =>
    model.charts.filter((ch) => ch.sheet === c.sheet).map((chart) => ({ type: "Chart", chart })),
  objectMethods: {
    add: {
      write: true,
      run: (c, [type, source, seriesBy], { model }) => {
        if (!isRange(source)) throw hostErrors.invalidArgument("ChartCollection.add: not a range");
        const by = typeof seriesBy === "string" ? seriesBy : "Auto";
        return { type: "Chart", chart: addChart(model, c.sheet, String(type), source, by) };
      },
    },
    /** ExcelApi 1.1: the sheet's charts in the order they were added; InvalidArgument past the last (assumption). */
    getItemAt: {
      run: (c, [index], { model }) => {
        const chart = model.charts.filter((ch) => ch.sheet === c.sheet)[Number(index)];
        if (!chart) throw hostErrors.invalidArgument(`ChartCollection.getItemAt(${String(index)})`);
        return { type: "Chart", chart };
      },
    },
  },
};

export const CHART: TypeDef<ObjectOf<"Chart">> = {
  properties: {
    name: { get: (c) => c.chart.name, set: (c, value) => void (c.chart.name = String(value)) },
    chartType: { get: (c) => c.chart.type },
  },
  navigation: {
    title: (c) => ({ type: "ChartTitle", chart: c.chart }),
    series: (c) => ({ type: "ChartSeriesCollection", chart: c.chart }),
  },
  methods: {
    /** Cells on the chart's sheet: the top-left and (optionally) bottom-right anchor. */
    setPosition: {
      write: true,
      run: (c, [start, end]) => {
        const anchor = (cell: unknown) =>
          typeof cell === "string"
            ? bareAddress(parseRangeAddress(c.chart.sheet.name, cell))
            : isRange(cell)
              ? bareAddress(cell.area)
              : "";
        c.chart.from = anchor(start);
        c.chart.to = end === undefined || end === null ? null : anchor(end);
      },
    },
  },
};

export const CHART_TITLE: TypeDef<ObjectOf<"ChartTitle">> = {
  properties: {
    text: { get: (t) => t.chart.title, set: (t, value) => void (t.chart.title = String(value)) },
  },
};

/**
 * Chart.series (ExcelApi 1.1): one series per value column (seriesBy Columns) or row, and
 * `getItemAt(index)`; each series' `format.fill` takes `setSolidColor` and `clear` (ExcelApi 1.1).
 * Names, values and the other formats of a series are not emulated.
 */
export const CHART_SERIES_COLLECTION: TypeDef<ObjectOf<"ChartSeriesCollection">> = {
  properties: {},
  items: (c) =>
    c.chart.seriesFills.map((_, index) => ({ type: "ChartSeries", chart: c.chart, index })),
  objectMethods: {
    getItemAt: {
      run: (c, [index]) => ({
        type: "ChartSeries",
        chart: c.chart,
        index: seriesAt(c.chart, index),
      }),
    },
  },
};

export const CHART_SERIES: TypeDef<ObjectOf<"ChartSeries">> = {
  properties: {},
  navigation: {
    format: (s) => ({ type: "ChartSeriesFormat", chart: s.chart, index: s.index }),
  },
};

export const CHART_SERIES_FORMAT: TypeDef<ObjectOf<"ChartSeriesFormat">> = {
  properties: {},
  navigation: { fill: (f) => ({ type: "ChartFill", chart: f.chart, index: f.index }) },
};

export const CHART_FILL: TypeDef<ObjectOf<"ChartFill">> = {
  properties: {},
  methods: {
    setSolidColor: {
      write: true,
      run: (f, [color]) => setSeriesFill(f.chart, f.index, color),
    },
    clear: { write: true, run: (f) => void (f.chart.seriesFills[f.index] = null) },
  },
};

function sheetByKey(model: WorkbookModel, key: unknown): HostObject {
  const sheet = findSheet(model, String(key));
  if (!sheet) throw hostErrors.itemNotFound(`WorksheetCollection.getItem(${String(key)})`);
  return worksheet(sheet);
}

function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  return model.find(key) ?? model.sheets.find((s) => s.id === key);
}

function activeSheet(model: WorkbookModel): SheetModel {
  if (!model.active) throw hostErrors.itemNotFound("active worksheet");
  return model.active;
}

function neighbour(
  model: WorkbookModel,
  sheet: SheetModel,
  visibleOnly: boolean
): SheetModel | undefined {
  return model.sheets
    .slice(model.sheets.indexOf(sheet) + 1)
    .find((s) => !visibleOnly || s.visibility === "Visible");
}

function checkAddressLength(member: string, address: unknown): void {
  if (typeof address === "string" && address.length > MAX_RANGES_ADDRESS)
    throw hostErrors.invalidArgument(
      `${member}: address of ${address.length} characters, more than ${MAX_RANGES_ADDRESS}`
    );
}
