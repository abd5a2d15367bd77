import { parseAreas, parseRangeAddress } from "./a1";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeErrors } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, type SheetModel, type Visibility } from "./model";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import { checkSheetName, deleteSheet, setVisibility } from "./sheet-rules";
import { usedArea } from "./sheet-shape";
import {
  FakeChartCollection,
  FakeFreezePanes,
  FakeTableCollection,
  FakeWorksheetProtection,
} from "./worksheet-parts";

/** Excel's limit on the address string of one getRanges call. */
export const MAX_RANGES_ADDRESS = 8192;

/** Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject<SheetModel> {
  readonly protection = new FakeWorksheetProtection(this.context, this);
  readonly freezePanes = new FakeFreezePanes(this.context, this);
  readonly tables = new FakeTableCollection(this.context, this);
  readonly charts = new FakeChartCollection(this.context, this);

  constructor(context: FakeRequestContext, label: string, resolver: () => SheetModel | null) {
    super(context, label, resolver);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.echo("name", value);
    this.queueWrite(
      "Worksheet.name",
      value,
      (s) => s,
      (s) => {
        checkSheetName(this.context.engine.model, value, s);
        s.name = value;
      },
      true
    );
  }

  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.echo("visibility", value);
    this.queueWrite(
      "Worksheet.visibility",
      value,
      (s) => s,
      (s) => setVisibility(this.context.engine.model, s, value),
      true
    );
  }

  get position(): number {
    return this.get("position");
  }

  getRange(address?: string): FakeRange {
    return this.range(`getRange(${address ?? ""})`, (s) =>
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
        : parseRangeAddress(s.name, address)
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
          throw officeErrors.invalidArgument("getRangeByIndexes");
        return {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
      }
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Several areas at once; Excel refuses an address longer than 8,192 characters. */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.label}.getRanges(${address ?? ""})`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      if (address !== undefined && address.length > MAX_RANGES_ADDRESS)
        throw officeErrors.invalidArgument(`address longer than ${MAX_RANGES_ADDRESS} characters`);
      const areas =
        address === undefined
          ? [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }]
          : parseAreas(sheet.name, address);
      return { sheet, areas };
    });
  }

  /** The used range; A1 when the sheet is blank (it does not throw). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (s) => usedArea(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.label}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.resolve();
        const area = sheet && usedArea(sheet, valuesOnly);
        return sheet && area ? { sheet, area } : null;
      }
    ).probe();
  }

  getNext(visibleOnly = false): FakeWorksheet {
    return this.neighbour("getNext", visibleOnly, false);
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.neighbour("getNextOrNullObject", visibleOnly, true).probe();
  }

  /** Hidden sheets cannot be activated. */
  activate(): void {
    this.queueWrite(
      "Worksheet.activate",
      [],
      (s) => s,
      (s) => {
        if (s.visibility !== "Visible")
          throw officeErrors.invalidOperation(`cannot activate hidden sheet '${s.name}'`);
        this.context.engine.model.active = s;
      },
      true
    );
  }

  delete(): void {
    this.queueWrite(
      "Worksheet.delete",
      [],
      (s) => s,
      (s) => deleteSheet(this.context.engine.model, s),
      true
    );
  }

  protected scalarNames(): readonly string[] {
    return ["name", "visibility", "position"];
  }

  protected read(sheet: SheetModel, name: string): unknown {
    if (name === "position") return this.context.engine.model.sheets.indexOf(sheet);
    return name === "name" ? sheet.name : sheet.visibility;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  private range(
    call: string,
    area: (sheet: SheetModel) => ReturnType<typeof parseRangeAddress>
  ): FakeRange {
    return new FakeRange(this.context, `${this.label}.${call}`, () => {
      const sheet = this.resolve();
      return sheet ? { sheet, area: area(sheet) } : null;
    });
  }

  private neighbour(call: string, visibleOnly: boolean, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.label}.${call}()`, () => {
      const sheet = this.resolve();
      if (!sheet) return null;
      const sheets = this.context.engine.model.sheets;
      const next = sheets
        .slice(sheets.indexOf(sheet) + 1)
        .find((s) => !visibleOnly || s.visibility === "Visible");
      if (!next && !orNull) throw officeErrors.itemNotFound("next worksheet");
      return next ?? null;
    });
  }
}
