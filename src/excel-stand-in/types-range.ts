import { cellCount, formatAddress, parseRangeAddress } from "./a1";
import { cellProperties, rowProperties, type CellPropertiesOptions } from "./cell-properties";
import { normalizeColor } from "./colors";
import { hostErrors } from "./errors";
import type { HostObject, HostScope, ObjectOf, TypeDef } from "./host-object";
import { DEFAULT_COLUMN_WIDTH, MAX_COLUMNS, MAX_ROWS, type Area, type CellModel } from "./model";
import { checkInSheet, guardRead, shift, type RangeTarget } from "./range-target";
import {
  existingCells,
  readFormulas,
  readNumberFormats,
  readTexts,
  readValues,
  updateCells,
  writeNumberFormats,
  writeValues,
} from "./sheet-ops";
import { clearArea, formulaAreas, mergeArea, type ClearScope } from "./sheet-shape";

/**
 * A values or formulas write, told to the sheet's onChanged handlers as Excel does for an add-in's
 * writes ("Office Add-in (JavaScript) code that changes the workbook" triggers events: Work with
 * Events using the Excel JavaScript API), with the value before and after for a single cell.
 */
function writeTold(r: Range, rows: unknown[][], host: HostScope): void {
  const told = host.changes?.listening(r.sheet) === true;
  const single = r.area.top === r.area.bottom && r.area.left === r.area.right;
  const before = told && single ? readValues(r.sheet, r.area)[0][0] : undefined;
  writeValues(r.sheet, r.area, rows, host.input);
  if (!told) return;
  const after = single ? readValues(r.sheet, r.area)[0][0] : undefined;
  host.changes?.changed({ sheet: r.sheet, area: { ...r.area }, by: "addin", before, after });
}

/** Excel's limit on merged areas one getMergedAreas call returns (see README). */
export const MAX_MERGED_AREAS = 512;

type Range = ObjectOf<"Range">;
type Targets = { targets: RangeTarget[] };

const range = (t: RangeTarget, area: Area): HostObject => ({ type: "Range", sheet: t.sheet, area });
const rows2d = (value: unknown): unknown[][] => {
  if (!Array.isArray(value) || !value.every(Array.isArray))
    throw hostErrors.invalidArgument("expected a two-dimensional array");
  return value as unknown[][];
};

export const RANGE: TypeDef<Range> = {
  properties: {
    address: { get: (r) => formatAddress(r.sheet.name, r.area) },
    rowIndex: { get: (r) => r.area.top },
    columnIndex: { get: (r) => r.area.left },
    rowCount: { get: (r) => r.area.bottom - r.area.top + 1 },
    columnCount: { get: (r) => r.area.right - r.area.left + 1 },
    cellCount: { get: (r) => cellCount(r.area) },
    values: {
      get: (r, host) => (guardRead(r.area, 3, host.profile), readValues(r.sheet, r.area)),
      set: (r, value, host) => writeTold(r, rows2d(value), host),
      onProtected: "unlocked-cells",
    },
    formulas: {
      get: (r, host) => (guardRead(r.area, 3, host.profile), readFormulas(r.sheet, r.area)),
      set: (r, value, host) => writeTold(r, rows2d(value), host),
      onProtected: "unlocked-cells",
    },
    text: {
      get: (r, host) => (
        guardRead(r.area, 3, host.profile),
        readTexts(r.sheet, r.area, host.model.date1904)
      ),
    },
    numberFormat: {
      get: (r, host) => (guardRead(r.area, 3, host.profile), readNumberFormats(r.sheet, r.area)),
      set: (r, value) => writeNumberFormats(r.sheet, r.area, rows2d(value)),
      onProtected: "format-cells",
    },
    /** True when all rows are hidden, false when none, null when mixed (as Excel reports it). */
    rowHidden: {
      get: (r) => hiddenState(r.sheet.hiddenRows, r.area),
      set: (r, hidden) => {
        for (let row = r.area.top; row <= r.area.bottom; row++)
          hidden ? r.sheet.hiddenRows.add(row) : r.sheet.hiddenRows.delete(row);
      },
    },
  },
  navigation: {
    format: (r) => ({ type: "RangeFormat", targets: [r] }),
    /** ExcelApi 1.8 (see data-validation.ts). */
    dataValidation: (r) => ({ type: "DataValidation", sheet: r.sheet, area: r.area }),
    worksheet: (r) => ({ type: "Worksheet", sheet: r.sheet }),
  },
  objectMethods: {
    getBoundingRect: {
      run: (r, [other]) => {
        const [a, b] = [r.area, otherOnSheet(r, other, "getBoundingRect").area];
        return range(r, {
          top: Math.min(a.top, b.top),
          left: Math.min(a.left, b.left),
          bottom: Math.max(a.bottom, b.bottom),
          right: Math.max(a.right, b.right),
        });
      },
    },
    /** The rectangle both ranges cover (ExcelApi 1.1); none fails with ItemNotFound (assumption). */
    getIntersection: {
      run: (r, [other]) => {
        const [a, b] = [r.area, otherOnSheet(r, other, "getIntersection").area];
        const area = {
          top: Math.max(a.top, b.top),
          left: Math.max(a.left, b.left),
          bottom: Math.min(a.bottom, b.bottom),
          right: Math.min(a.right, b.right),
        };
        if (area.top > area.bottom || area.left > area.right)
          throw hostErrors.itemNotFound("Range.getIntersection: the ranges do not overlap");
        return range(r, area);
      },
    },
    getResizedRange: {
      run: (r, [rows, columns]) =>
        range(
          r,
          checkInSheet(
            {
              ...r.area,
              bottom: r.area.bottom + Number(rows),
              right: r.area.right + Number(columns),
            },
            MAX_ROWS,
            MAX_COLUMNS
          )
        ),
    },
    getOffsetRange: {
      run: (r, [rows, columns]) =>
        range(r, checkInSheet(shift(r.area, Number(rows), Number(columns)), MAX_ROWS, MAX_COLUMNS)),
    },
    getCell: {
      run: (r, [row, column]) => {
        const [top, left] = [r.area.top + Number(row), r.area.left + Number(column)];
        return range(
          r,
          checkInSheet({ top, left, bottom: top, right: left }, MAX_ROWS, MAX_COLUMNS)
        );
      },
    },
    getRow: {
      run: (r, [row]) => {
        const top = r.area.top + Number(row);
        return range(r, checkInSheet({ ...r.area, top, bottom: top }, MAX_ROWS, MAX_COLUMNS));
      },
    },
    getColumn: {
      run: (r, [column]) => {
        const left = r.area.left + Number(column);
        return range(r, checkInSheet({ ...r.area, left, right: left }, MAX_ROWS, MAX_COLUMNS));
      },
    },
    getEntireColumn: { run: (r) => range(r, { ...r.area, top: 0, bottom: MAX_ROWS - 1 }) },
    getEntireRow: { run: (r) => range(r, { ...r.area, left: 0, right: MAX_COLUMNS - 1 }) },
    /** Merged areas whose top-left cell lies in the range (ExcelApi 1.13); null object when none. */
    getMergedAreasOrNullObject: {
      run: (r) => {
        const inside = (m: Area) =>
          m.top >= r.area.top &&
          m.top <= r.area.bottom &&
          m.left >= r.area.left &&
          m.left <= r.area.right;
        const areas = r.sheet.merges.filter(inside).map((m) => ({ ...m }));
        if (areas.length > MAX_MERGED_AREAS)
          throw hostErrors.invalidOperation(
            `Range.getMergedAreasOrNullObject: ${areas.length} merged areas, more than ${MAX_MERGED_AREAS}`
          );
        return areas.length === 0 ? null : { type: "RangeAreas", sheet: r.sheet, areas };
      },
    },
    /** The emulator knows the cell type "Formulas"; a null object when there are none, as in Excel. */
    getSpecialCellsOrNullObject: {
      run: (r, [cellType]) => {
        if (cellType !== "Formulas")
          throw hostErrors.notImplemented(`getSpecialCells(${String(cellType)})`);
        const areas = formulaAreas(r.sheet, r.area);
        return areas.length === 0 ? null : { type: "RangeAreas", sheet: r.sheet, areas };
      },
    },
  },
  methods: {
    /** Sent by Microsoft's library before a values/formulas write: the array must match the range. */
    _ValidateArraySize: {
      write: false,
      run: (r, [rows, columns]) => {
        if (
          Number(rows) !== r.area.bottom - r.area.top + 1 ||
          Number(columns) !== r.area.right - r.area.left + 1
        )
          throw hostErrors.invalidArgument(
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
          );
      },
    },
    getCellProperties: {
      write: false,
      run: (r, [options], host) => {
        guardRead(r.area, 4, host.profile);
        return cellProperties(r.sheet, r.area, (options ?? {}) as CellPropertiesOptions);
      },
    },
    getRowProperties: {
      write: false,
      run: (r, [options], host) => {
        guardRead({ ...r.area, left: 0, right: 0 }, 3, host.profile);
        return rowProperties(r.sheet, r.area, (options ?? {}) as Record<string, boolean>);
      },
    },
    /** Selects the range and makes its sheet the active one; not on a hidden sheet. */
    select: {
      write: true,
      onProtected: "allowed",
      run: (r, _args, host) => {
        if (r.sheet.visibility !== "Visible")
          throw hostErrors.invalidOperation("Range.select: the worksheet is hidden");
        r.sheet.selection = { ...r.area };
        host.model.active = r.sheet;
      },
    },
    /** Contents are content, formats are formats: on a protected sheet each needs its permission. */
    clear: {
      write: true,
      onProtected: (_r, [applyTo]) =>
        applyTo === "Contents" ? "unlocked-cells" : applyTo === "Formats" ? "format-cells" : "both",
      run: (r, [applyTo]) => {
        const scope: ClearScope = applyTo === "Contents" || applyTo === "Formats" ? applyTo : "All";
        clearArea(r.sheet, r.area, scope);
      },
    },
    merge: { write: true, run: (r, [across]) => mergeArea(r.sheet, r.area, across === true) },
  },
};

export const RANGE_AREAS: TypeDef<ObjectOf<"RangeAreas">> = {
  properties: {
    address: { get: (a) => a.areas.map((area) => formatAddress(a.sheet.name, area)).join(",") },
    areaCount: { get: (a) => a.areas.length },
    cellCount: { get: (a) => a.areas.reduce((sum, area) => sum + cellCount(area), 0) },
  },
  navigation: {
    areas: (a) => ({ type: "RangeCollection", sheet: a.sheet, areas: a.areas }),
    format: (a) => ({
      type: "RangeFormat",
      targets: a.areas.map((area) => ({ sheet: a.sheet, area })),
    }),
  },
};

export const RANGE_COLLECTION: TypeDef<ObjectOf<"RangeCollection">> = {
  properties: {},
  items: (c) => c.areas.map((area) => ({ type: "Range", sheet: c.sheet, area })),
  objectMethods: {
    getItemAt: {
      run: (c, [index]) => {
        const area = c.areas[Number(index)];
        if (!area) throw hostErrors.itemNotFound(`RangeCollection.getItemAt(${String(index)})`);
        return { type: "Range", sheet: c.sheet, area };
      },
    },
  },
};

export const RANGE_FORMAT: TypeDef<ObjectOf<"RangeFormat">> = {
  properties: {
    horizontalAlignment: {
      get: (f) => uniform(f, (cell) => cell?.horizontalAlignment ?? "General"),
      set: (f, value) => change(f, (cell) => (cell.horizontalAlignment = String(value))),
      onProtected: "format-cells",
    },
    verticalAlignment: {
      get: (f) => uniform(f, (cell) => cell?.verticalAlignment ?? "Bottom"),
      set: (f, value) => change(f, (cell) => (cell.verticalAlignment = String(value))),
      onProtected: "format-cells",
    },
    wrapText: {
      get: (f) => uniform(f, (cell) => cell?.wrapText ?? false),
      set: (f, value) => change(f, (cell) => (cell.wrapText = value === true)),
      onProtected: "format-cells",
    },
    /** Column width in points, per column of the range; null when the columns differ. */
    columnWidth: {
      get: (f) => {
        const widths = new Set<number>();
        for (const { sheet, area } of f.targets)
          for (let c = area.left; c <= area.right; c++)
            widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      set: (f, value) =>
        f.targets.forEach(({ sheet, area }) => {
          for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, Number(value));
        }),
    },
  },
  navigation: {
    fill: (f) => ({ type: "RangeFill", targets: f.targets }),
    font: (f) => ({ type: "RangeFont", targets: f.targets }),
    protection: (f) => ({ type: "FormatProtection", targets: f.targets }),
  },
  methods: {
    /** Widths from the longest text in each column (about 6 points a character, Calibri 11): an assumption. */
    autofitColumns: {
      write: true,
      run: (f) =>
        f.targets.forEach(({ sheet, area }) => {
          const longest = new Map<number, number>();
          for (const [, c, cell] of existingCells(sheet, area))
            longest.set(c, Math.max(longest.get(c) ?? 0, String(cell.value).length));
          for (const [c, chars] of longest)
            sheet.columnWidths.set(
              c,
              Math.max(DEFAULT_COLUMN_WIDTH / 4, Math.round(chars * 6 + 8))
            );
        }),
    },
  },
};

/** RangeFill: setting a colour makes a solid fill; clear() removes it (it then reads white, pattern None). */
export const RANGE_FILL: TypeDef<ObjectOf<"RangeFill">> = {
  properties: {
    color: {
      get: (f) => uniform(f, (cell) => cell?.fill?.color ?? "#FFFFFF"),
      set: (f, value) => {
        const color = normalizeColor(String(value));
        change(f, (cell) => (cell.fill = { color, pattern: cell.fill?.pattern ?? "Solid" }));
      },
      onProtected: "format-cells",
    },
    pattern: {
      get: (f) => uniform(f, (cell) => cell?.fill?.pattern ?? "None"),
      set: (f, value) =>
        change(
          f,
          (cell) =>
            (cell.fill =
              value === "None"
                ? null
                : { color: cell.fill?.color ?? "#FFFFFF", pattern: String(value) })
        ),
      onProtected: "format-cells",
    },
  },
  methods: {
    clear: {
      write: true,
      onProtected: "format-cells",
      run: (f) => change(f, (cell) => (cell.fill = null)),
    },
  },
};

const DEFAULT_FONT = { bold: false, italic: false, color: "#000000" };

export const RANGE_FONT: TypeDef<ObjectOf<"RangeFont">> = {
  properties: {
    bold: {
      get: (f) => uniform(f, (cell) => (cell?.font ?? DEFAULT_FONT).bold),
      set: (f, value) =>
        change(f, (cell) => (cell.font = { ...(cell.font ?? DEFAULT_FONT), bold: value === true })),
      onProtected: "format-cells",
    },
    italic: {
      get: (f) => uniform(f, (cell) => (cell?.font ?? DEFAULT_FONT).italic),
      set: (f, value) =>
        change(
          f,
          (cell) => (cell.font = { ...(cell.font ?? DEFAULT_FONT), italic: value === true })
        ),
      onProtected: "format-cells",
    },
    color: {
      get: (f) => uniform(f, (cell) => (cell?.font ?? DEFAULT_FONT).color),
      set: (f, value) => {
        const color = normalizeColor(String(value));
        change(f, (cell) => (cell.font = { ...(cell.font ?? DEFAULT_FONT), color }));
      },
      onProtected: "format-cells",
    },
  },
};

/**
 * Range.format.protection (ExcelApi 1.2): `locked`, true for every cell until unlocked; null when the
 * cells differ. Changing it on a protected sheet is refused, even where formatting is allowed
 * (Protection.AllowFormattingCells: "change all formats, but not to unlock or unhide ranges").
 */
export const FORMAT_PROTECTION: TypeDef<ObjectOf<"FormatProtection">> = {
  properties: {
    locked: {
      get: (p) => uniform(p, (cell) => cell?.locked ?? true),
      set: (p, value) => {
        if (typeof value !== "boolean")
          throw hostErrors.invalidArgument(`FormatProtection.locked: ${String(value)}`);
        change(p, (cell) => (cell.locked = value));
      },
    },
  },
};

export function isRange(o: unknown): o is Range {
  return typeof o === "object" && o !== null && (o as HostObject).type === "Range";
}

/** A format property over cells: the common value, or null when the cells differ (as Excel reports it). */
function uniform<T>({ targets }: Targets, pick: (cell: CellModel | undefined) => T): T | null {
  let first: { value: T } | undefined;
  for (const { sheet, area } of targets)
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const value = pick(sheet.cells.get(r * MAX_COLUMNS + c));
        if (!first) first = { value };
        else if (first.value !== value) return null;
      }
  return first ? first.value : null;
}

function change({ targets }: Targets, apply: (cell: CellModel) => void): void {
  for (const { sheet, area } of targets) updateCells(sheet, area, apply);
}

function hiddenState(hidden: ReadonlySet<number>, area: Area): boolean | null {
  let count = 0;
  for (const row of hidden) if (row >= area.top && row <= area.bottom) count++;
  return count === 0 ? false : count === area.bottom - area.top + 1 ? true : null;
}

/** The other range of a two-range method (an address or a Range), which must be on `r`'s sheet. */
function otherOnSheet(r: RangeTarget, other: unknown, method: string): RangeTarget {
  const o =
    typeof other === "string" ? { ...r, area: parseRangeAddress(r.sheet.name, other) } : other;
  if (!isRange(o) || o.sheet !== r.sheet)
    throw hostErrors.invalidArgument(`Range.${method}: ranges on different sheets`);
  return o;
}
