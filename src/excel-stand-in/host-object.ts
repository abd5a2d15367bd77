import type { Area, ChartModel, SheetModel, TableModel, WorkbookModel } from "./model";
import type { InputContext } from "./locales";
import type { Profile } from "./profiles";
import type { RangeTarget } from "./range-target";
import type { ChangeEvents } from "./change-events";

/**
 * An object of the workbook as a request addresses it: what an ObjectPath of Microsoft's client library
 * resolves to on the host side. Ranges are values (a sheet and an area), so two paths to the same cells
 * are the same range, as in Excel.
 */
export type HostObject =
  | { type: "Workbook" }
  | { type: "WorkbookProtection" }
  | { type: "WorksheetCollection" }
  | { type: "Worksheet"; sheet: SheetModel }
  | { type: "WorksheetProtection"; sheet: SheetModel }
  | { type: "WorksheetFreezePanes"; sheet: SheetModel }
  | { type: "PageLayout"; sheet: SheetModel }
  | { type: "PageBreakCollection"; sheet: SheetModel }
  | { type: "PageBreak"; sheet: SheetModel; row: number }
  | { type: "Range"; sheet: SheetModel; area: Area }
  | { type: "RangeAreas"; sheet: SheetModel; areas: Area[] }
  | { type: "RangeCollection"; sheet: SheetModel; areas: Area[] }
  | { type: "RangeFormat"; targets: RangeTarget[] }
  | { type: "RangeFill"; targets: RangeTarget[] }
  | { type: "RangeFont"; targets: RangeTarget[] }
  | { type: "DataValidation"; sheet: SheetModel; area: Area }
  | { type: "FormatProtection"; targets: RangeTarget[] }
  | { type: "TableCollection"; sheet: SheetModel }
  | { type: "Table"; table: TableModel }
  | { type: "ChartCollection"; sheet: SheetModel }
  | { type: "Chart"; chart: ChartModel }
  | { type: "ChartTitle"; chart: ChartModel }
  | { type: "ChartSeriesCollection"; chart: ChartModel }
  | { type: "ChartSeries"; chart: ChartModel; index: number }
  | { type: "ChartSeriesFormat"; chart: ChartModel; index: number }
  | { type: "ChartFill"; chart: ChartModel; index: number };

export type HostType = HostObject["type"];
export type ObjectOf<T extends HostType> = Extract<HostObject, { type: T }>;

/** What a member sees of the host while a request runs. */
export interface HostScope {
  readonly model: WorkbookModel;
  readonly profile: Profile;
  /** How text written through Range.values is converted (README: host rules). */
  readonly input: InputContext;
  /** Worksheet.onChanged registrations and the changes to tell them of (change-events.ts). */
  readonly changes?: ChangeEvents;
}

/**
 * What a change may do on a protected sheet (README: host rules): "allowed" (sheet name, visibility,
 * activate, select, freeze panes, delete); "unlocked-cells", content written where every cell it
 * touches is unlocked (Range.format.protection.locked false); "format-cells", cell formats when the
 * protection allows formatting cells (WorksheetProtectionOptions.allowFormatCells); "both" for a
 * change that is content and format (Range.clear()). Without one a change is refused.
 */
export type OnProtected = "allowed" | "unlocked-cells" | "format-cells" | "both";

/** A scalar property (API name in camelCase, as `load` and Query.Select name it). */
export interface PropertyDef<O> {
  get(o: O, host: HostScope): unknown;
  set?(o: O, value: unknown, host: HostScope): void;
  onProtected?: OnProtected;
}

/** A method called as an action: a change, or a read answered as a ClientResult. */
export interface MethodDef<O> {
  run(o: O, args: unknown[], host: HostScope): unknown;
  write: boolean;
  onProtected?: OnProtected | ((o: O, args: unknown[]) => OnProtected | undefined);
}

/** A method that returns an object (an ObjectPath of type Method): getRange, add, ... */
export interface ObjectMethodDef<O> {
  run(o: O, args: unknown[], host: HostScope): HostObject | null;
  /** Creating something (worksheets.add, tables.add) changes the workbook: a write. */
  write?: boolean;
}

export interface TypeDef<O> {
  readonly properties: Readonly<Record<string, PropertyDef<O>>>;
  readonly navigation?: Readonly<Record<string, (o: O, host: HostScope) => HostObject>>;
  readonly objectMethods?: Readonly<Record<string, ObjectMethodDef<O>>>;
  readonly methods?: Readonly<Record<string, MethodDef<O>>>;
  /** Collections: their items, and the indexer (`getItem` by key). */
  readonly items?: (o: O, host: HostScope) => HostObject[];
  readonly indexer?: (o: O, args: unknown[], host: HostScope) => HostObject | null;
  /** Instantiate answers carry the object's id (Worksheet.id, Table.id): the library re-addresses by it. */
  readonly id?: (o: O) => string;
}

export type TypeDefs = { readonly [T in HostType]: TypeDef<ObjectOf<T>> };

/** The sheet an object lives on: decides protection and fault matching. */
export function sheetOf(o: HostObject): SheetModel | null {
  switch (o.type) {
    case "Workbook":
    case "WorkbookProtection":
    case "WorksheetCollection":
      return null;
    case "RangeFormat":
    case "RangeFill":
    case "RangeFont":
    case "FormatProtection":
      return o.targets[0]?.sheet ?? null;
    case "Table":
      return o.table.sheet;
    case "Chart":
    case "ChartTitle":
    case "ChartSeriesCollection":
    case "ChartSeries":
    case "ChartSeriesFormat":
    case "ChartFill":
      return o.chart.sheet;
    default:
      return o.sheet;
  }
}
