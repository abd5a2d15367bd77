import { cellCount, formatAddress, parseRangeAddress } from "./a1";
import {
  cellProperties,
  rowProperties,
  type CellPropertiesOptions,
  type FakeCellProperties,
  type RowPropertiesOptions,
} from "./cell-properties";
import { FakeClientObject } from "./client-object";
import { FakeClientResult } from "./client-result";
import type { FakeRequestContext } from "./context";
import { officeErrors } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, type Area } from "./model";
import { jsonBytes } from "./payload";
import { FakeRangeFormat } from "./range-format";
import { checkInSheet, guardResponse, shift, type RangeTarget } from "./range-target";
import {
  readFormulas,
  readNumberFormats,
  readValues,
  writeNumberFormats,
  writeValues,
  type Scalar,
} from "./sheet-ops";
import { clearArea, formulaAreas, mergeArea, type ClearScope } from "./sheet-shape";
import { FakeRangeAreas } from "./range-areas";

/** Excel.Range. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat = new FakeRangeFormat(
    this.context,
    `${this.label}.format`,
    () => {
      const target = this.resolve();
      return target ? [target] : null;
    }
  );

  constructor(context: FakeRequestContext, label: string, resolver: () => RangeTarget | null) {
    super(context, label, resolver);
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }

  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(rows: unknown[][]) {
    this.echo("values", rows);
    this.queueWrite(
      "Range.values",
      rows,
      (t) => t.sheet,
      (t) => writeValues(t.sheet, t.area, rows)
    );
  }

  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(rows: unknown[][]) {
    this.echo("formulas", rows);
    this.queueWrite(
      "Range.formulas",
      rows,
      (t) => t.sheet,
      (t) => writeValues(t.sheet, t.area, rows)
    );
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(rows: unknown[][]) {
    this.echo("numberFormat", rows);
    this.queueWrite(
      "Range.numberFormat",
      rows,
      (t) => t.sheet,
      (t) => writeNumberFormats(t.sheet, t.area, rows)
    );
  }

  /** True when all rows are hidden, false when none, null when mixed (as Excel reports it). */
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.echo("rowHidden", hidden);
    this.queueWrite(
      "Range.rowHidden",
      hidden,
      (t) => t.sheet,
      ({ sheet, area }) => {
        for (let r = area.top; r <= area.bottom; r++)
          hidden ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r);
      }
    );
  }

  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this.derive(
      `getBoundingRect(${typeof anotherRange === "string" ? anotherRange : anotherRange.label})`,
      (t) => {
        const other =
          typeof anotherRange === "string"
            ? { sheet: t.sheet, area: parseRangeAddress(t.sheet.name, anotherRange) }
            : anotherRange.resolve();
        if (!other || other.sheet !== t.sheet)
          throw officeErrors.invalidArgument("ranges are on different sheets");
        const [a, b] = [t.area, other.area];
        return {
          top: Math.min(a.top, b.top),
          left: Math.min(a.left, b.left),
          bottom: Math.max(a.bottom, b.bottom),
          right: Math.max(a.right, b.right),
        };
      }
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, ({ area }) =>
      checkInSheet(
        { ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns },
        MAX_ROWS,
        MAX_COLUMNS
      )
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, ({ area }) =>
      checkInSheet(shift(area, rowOffset, columnOffset), MAX_ROWS, MAX_COLUMNS)
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, ({ area }) =>
      checkInSheet(
        {
          top: area.top + row,
          left: area.left + column,
          bottom: area.top + row,
          right: area.left + column,
        },
        MAX_ROWS,
        MAX_COLUMNS
      )
    );
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn()", ({ area }) => ({
      ...area,
      top: 0,
      bottom: MAX_ROWS - 1,
    }));
  }

  getCellProperties(options: CellPropertiesOptions): FakeClientResult<FakeCellProperties[][]> {
    return this.compute("getCellProperties", options, (t) => {
      guardResponse(t.area, 4, this.context.engine.payloadLimit);
      return cellProperties(t.sheet, t.area, options);
    });
  }

  getRowProperties(
    options: RowPropertiesOptions
  ): FakeClientResult<Array<Record<string, unknown>>> {
    return this.compute("getRowProperties", options, (t) => {
      guardResponse({ ...t.area, left: 0, right: 0 }, 3, this.context.engine.payloadLimit);
      return rowProperties(t.sheet, t.area, options);
    });
  }

  /** Merged areas whose top-left cell lies in this range (ExcelApi 1.13); null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.label}.getMergedAreasOrNullObject()`, () => {
      const t = this.resolve();
      if (!t) return null;
      const inside = (m: Area) =>
        m.top >= t.area.top &&
        m.top <= t.area.bottom &&
        m.left >= t.area.left &&
        m.left <= t.area.right;
      const areas = t.sheet.merges.filter(inside).map((m) => ({ ...m }));
      if (areas.length > 512) throw officeErrors.general("more than 512 merged areas in the range");
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    }).probe();
  }

  /**
   * Excel.Range.getSpecialCellsOrNullObject: the fake knows "Formulas" (cells holding a formula) and
   * answers with rectangles of them, or a null object when there are none, as Excel does.
   */
  getSpecialCellsOrNullObject(cellType: "Formulas"): FakeRangeAreas {
    if (cellType !== "Formulas")
      throw officeErrors.invalidArgument(`the fake knows only the special cell type Formulas`);
    return new FakeRangeAreas(
      this.context,
      `${this.label}.getSpecialCellsOrNullObject(${cellType})`,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const areas = formulaAreas(t.sheet, t.area);
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      }
    ).probe();
  }

  /** Selects the range and makes its sheet the active one. */
  select(): void {
    this.queueWrite(
      "Range.select",
      [],
      (t) => t.sheet,
      ({ sheet, area }) => {
        if (sheet.visibility !== "Visible")
          throw officeErrors.invalidOperation("cannot select on a hidden sheet");
        sheet.selection = { ...area };
        this.context.engine.model.active = sheet;
      },
      true
    );
  }

  clear(applyTo: string = "All"): void {
    const scope: ClearScope = applyTo === "Contents" || applyTo === "Formats" ? applyTo : "All";
    this.queueWrite(
      "Range.clear",
      [applyTo],
      (t) => t.sheet,
      (t) => clearArea(t.sheet, t.area, scope)
    );
  }

  merge(across = false): void {
    this.queueWrite(
      "Range.merge",
      [across],
      (t) => t.sheet,
      (t) => mergeArea(t.sheet, t.area, across)
    );
  }

  protected scalarNames(): readonly string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "formulas",
      "numberFormat",
      "rowHidden",
    ];
  }

  protected read({ sheet, area }: RangeTarget, name: string): unknown {
    const limit = this.context.engine.payloadLimit;
    switch (name) {
      case "address":
        return formatAddress(sheet.name, area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "cellCount":
        return cellCount(area);
      case "values":
        guardResponse(area, 3, limit);
        return readValues(sheet, area);
      case "formulas":
        guardResponse(area, 3, limit);
        return readFormulas(sheet, area);
      case "numberFormat":
        guardResponse(area, 3, limit);
        return readNumberFormats(sheet, area);
      default:
        return hiddenState(sheet.hiddenRows, area);
    }
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  private derive(call: string, area: (target: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.context, `${this.label}.${call}`, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, area: area(t) } : null;
    });
  }

  /** Methods answering with a ClientResult: computed at sync, delivered if the sync succeeds. */
  private compute<V>(
    kind: string,
    args: unknown,
    run: (target: RangeTarget) => V
  ): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this.enqueue(kind, args, false, (state) => {
      const t = this.resolve();
      const value = t ? run(t) : (null as V);
      state.responses.push({ bytes: jsonBytes(value), deliver: () => result.settle(value) });
    });
    return result;
  }
}

function hiddenState(hidden: ReadonlySet<number>, area: Area): boolean | null {
  let count = 0;
  for (const row of hidden) if (row >= area.top && row <= area.bottom) count++;
  return count === 0 ? false : count === area.bottom - area.top + 1 ? true : null;
}
