import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { SheetModel } from "./model";
import type { FakeRange } from "./range";
import { addChart, addTable } from "./table-chart-rules";
import { FakeChart, FakeTable } from "./table-chart";

/** The parts of a worksheet reached through it: they share its sheet and its null-ness. */
abstract class SheetPart extends FakeClientObject<SheetModel> {
  constructor(context: FakeRequestContext, label: string, sheet: FakeClientObject<SheetModel>) {
    super(context, `${sheet.label}.${label}`, () => sheet.resolve());
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected read(sheet: SheetModel, name: string): unknown {
    void sheet;
    void name;
    return undefined;
  }

  /** For add() methods: queues the creation; the new object's proxy is null when the sheet is. */
  protected queueCreate<T>(
    kind: string,
    args: unknown,
    create: (sheet: SheetModel) => T
  ): () => T | null {
    let created: T | null = null;
    this.queueWrite(
      kind,
      args,
      (s) => s,
      (s) => {
        created = create(s);
      }
    );
    return () => created;
  }
}

/** Worksheet.protection: `protected` plus protect()/unprotect() (without passwords). */
export class FakeWorksheetProtection extends SheetPart {
  constructor(context: FakeRequestContext, sheet: FakeClientObject<SheetModel>) {
    super(context, "protection", sheet);
  }

  get protected(): boolean {
    return this.get("protected");
  }

  protect(): void {
    this.queueWrite(
      "WorksheetProtection.protect",
      [],
      (s) => s,
      (s) => (s.protected = true),
      true
    );
  }

  unprotect(): void {
    this.queueWrite(
      "WorksheetProtection.unprotect",
      [],
      (s) => s,
      (s) => (s.protected = false),
      true
    );
  }

  protected override scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected override read(sheet: SheetModel): unknown {
    return sheet.protected;
  }
}

/** Worksheet.freezePanes: freezing is a view setting, allowed on protected sheets. */
export class FakeFreezePanes extends SheetPart {
  constructor(context: FakeRequestContext, sheet: FakeClientObject<SheetModel>) {
    super(context, "freezePanes", sheet);
  }

  freezeRows(count = 1): void {
    this.queueWrite(
      "WorksheetFreezePanes.freezeRows",
      [count],
      (s) => s,
      (s) => (s.frozenRows = count),
      true
    );
  }

  unfreeze(): void {
    this.queueWrite(
      "WorksheetFreezePanes.unfreeze",
      [],
      (s) => s,
      (s) => (s.frozenRows = 0),
      true
    );
  }
}

/** Worksheet.tables: add() over a range of this sheet (a string address is read on this sheet). */
export class FakeTableCollection extends SheetPart {
  constructor(context: FakeRequestContext, sheet: FakeClientObject<SheetModel>) {
    super(context, "tables", sheet);
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const made = this.queueCreate(
      "TableCollection.add",
      [typeof address === "string" ? address : address.label, hasHeaders],
      (sheet) => addTable(this.context.engine.model, sheet, address, hasHeaders)
    );
    return new FakeTable(this.context, `${this.label}.add()`, made);
  }
}

/** Worksheet.charts: add(type, sourceData, seriesBy). */
export class FakeChartCollection extends SheetPart {
  constructor(context: FakeRequestContext, sheet: FakeClientObject<SheetModel>) {
    super(context, "charts", sheet);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    const made = this.queueCreate(
      "ChartCollection.add",
      [type, sourceData.label, seriesBy],
      (sheet) => addChart(this.context.engine.model, sheet, type, sourceData, seriesBy)
    );
    return new FakeChart(this.context, `${this.label}.add()`, made);
  }
}
