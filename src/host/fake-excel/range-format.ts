import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FormatPart, uniform, type Targets } from "./format-part";
import { DEFAULT_COLUMN_WIDTH } from "./model";
import { FakeRangeFill, FakeRangeFont } from "./range-fill-font";
import { existingCells } from "./sheet-ops";

export type HorizontalAlignment =
  | "General"
  | "Left"
  | "Center"
  | "Right"
  | "Fill"
  | "Justify"
  | "CenterAcrossSelection"
  | "Distributed";

/** Range.format (and RangeAreas.format). */
export class FakeRangeFormat extends FormatPart {
  readonly fill: FakeRangeFill = new FakeRangeFill(this.context, `${this.label}.fill`, () =>
    this.resolve()
  );
  readonly font: FakeRangeFont = new FakeRangeFont(this.context, `${this.label}.font`, () =>
    this.resolve()
  );

  constructor(context: FakeRequestContext, label: string, resolver: () => Targets | null) {
    super(context, label, resolver);
  }

  get horizontalAlignment(): HorizontalAlignment {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: HorizontalAlignment) {
    this.echo("horizontalAlignment", value);
    this.change(
      "RangeFormat.horizontalAlignment",
      value,
      (cell) => (cell.horizontalAlignment = value)
    );
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.echo("wrapText", value);
    this.change("RangeFormat.wrapText", value, (cell) => (cell.wrapText = value));
  }

  /** Column width in points, per column of the range. */
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.echo("columnWidth", value);
    this.queueWrite(
      "RangeFormat.columnWidth",
      value,
      (t) => t[0]?.sheet ?? null,
      (t) =>
        t.forEach(({ sheet, area }) => {
          for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, value);
        })
    );
  }

  /** Widths from the longest text in each column (about 6 points a character, as Calibri 11 roughly is). */
  autofitColumns(): void {
    this.queueWrite(
      "RangeFormat.autofitColumns",
      [],
      (t) => t[0]?.sheet ?? null,
      (t) =>
        t.forEach(({ sheet, area }) => {
          const longest = new Map<number, number>();
          for (const [, c, cell] of existingCells(sheet, area))
            longest.set(c, Math.max(longest.get(c) ?? 0, String(cell.value).length));
          for (const [c, chars] of longest)
            sheet.columnWidths.set(
              c,
              Math.max(DEFAULT_COLUMN_WIDTH / 4, Math.round(chars * 6 + 8))
            );
        })
    );
  }

  protected scalarNames(): readonly string[] {
    return ["horizontalAlignment", "wrapText", "columnWidth"];
  }

  protected read(targets: Targets, name: string): unknown {
    if (name === "columnWidth") {
      const widths = new Set<number>();
      for (const { sheet, area } of targets)
        for (let c = area.left; c <= area.right; c++)
          widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    if (name === "wrapText") return uniform(targets, (cell) => cell?.wrapText ?? false);
    return uniform(targets, (cell) => cell?.horizontalAlignment ?? "General");
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}
