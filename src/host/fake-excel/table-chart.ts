import { bareAddress, parseRangeAddress } from "./a1";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { ChartModel, TableModel } from "./model";
import { FakeRange } from "./range";
import { renameTable } from "./table-chart-rules";

/** Excel.Table: name, style and showHeaders, and its range. */
export class FakeTable extends FakeClientObject<TableModel> {
  constructor(context: FakeRequestContext, label: string, resolver: () => TableModel | null) {
    super(context, label, resolver);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.echo("name", value);
    this.queueWrite(
      "Table.name",
      value,
      (t) => t.sheet,
      (t) => renameTable(this.context.engine.model, t, value)
    );
  }

  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.echo("style", value);
    this.queueWrite(
      "Table.style",
      value,
      (t) => t.sheet,
      (t) => (t.style = value)
    );
  }

  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.echo("showHeaders", value);
    this.queueWrite(
      "Table.showHeaders",
      value,
      (t) => t.sheet,
      (t) => (t.showHeaders = value)
    );
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.label}.getRange()`, () => {
      const table = this.resolve();
      return table ? { sheet: table.sheet, area: table.area } : null;
    });
  }

  protected scalarNames(): readonly string[] {
    return ["name", "style", "showHeaders"];
  }

  protected read(table: TableModel, name: string): unknown {
    return name === "name" ? table.name : name === "style" ? table.style : table.showHeaders;
  }
}

/** Excel.Chart: name, chartType, title.text and setPosition(). */
export class FakeChart extends FakeClientObject<ChartModel> {
  readonly title = new FakeChartTitle(this.context, this);

  constructor(context: FakeRequestContext, label: string, resolver: () => ChartModel | null) {
    super(context, label, resolver);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.echo("name", value);
    this.queueWrite(
      "Chart.name",
      value,
      (c) => c.sheet,
      (c) => (c.name = value)
    );
  }

  get chartType(): string {
    return this.get("chartType");
  }

  /** Cells on the chart's sheet: the top-left and (optionally) bottom-right anchor. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const label = (cell: FakeRange | string) => (typeof cell === "string" ? cell : cell.label);
    this.queueWrite(
      "Chart.setPosition",
      [label(startCell), endCell && label(endCell)],
      (c) => c.sheet,
      (c) => {
        c.from = anchor(c, startCell);
        c.to = endCell === undefined ? null : anchor(c, endCell);
      }
    );
  }

  protected scalarNames(): readonly string[] {
    return ["name", "chartType"];
  }

  protected read(chart: ChartModel, name: string): unknown {
    return name === "name" ? chart.name : chart.type;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "title" ? this.title : undefined;
  }
}

/** Chart.title: its text. */
export class FakeChartTitle extends FakeClientObject<ChartModel> {
  constructor(context: FakeRequestContext, chart: FakeChart) {
    super(context, `${chart.label}.title`, () => chart.resolve());
  }

  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.echo("text", value);
    this.queueWrite(
      "ChartTitle.text",
      value,
      (c) => c.sheet,
      (c) => (c.title = value)
    );
  }

  protected scalarNames(): readonly string[] {
    return ["text"];
  }

  protected read(chart: ChartModel): unknown {
    return chart.title;
  }
}

function anchor(chart: ChartModel, cell: FakeRange | string): string {
  if (typeof cell === "string") return bareAddress(parseRangeAddress(chart.sheet.name, cell));
  const target = cell.resolve();
  return target ? bareAddress(target.area) : "";
}
