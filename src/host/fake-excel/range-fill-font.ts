import { normalizeColor } from "./colors";
import { FormatPart, uniform, type Targets } from "./format-part";
import type { CellModel } from "./model";

/** RangeFill: setting a colour makes a solid fill; clear() removes the fill (it then reads white, pattern None). */
export class FakeRangeFill extends FormatPart {
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.echo("color", value);
    const color = normalizeColor(value);
    this.change(
      "RangeFill.color",
      value,
      (cell) => (cell.fill = { color, pattern: cell.fill?.pattern ?? "Solid" })
    );
  }

  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(value: string) {
    this.echo("pattern", value);
    this.change(
      "RangeFill.pattern",
      value,
      (cell) =>
        (cell.fill =
          value === "None" ? null : { color: cell.fill?.color ?? "#FFFFFF", pattern: value })
    );
  }

  clear(): void {
    this.change("RangeFill.clear", [], (cell) => (cell.fill = null));
  }

  protected scalarNames(): readonly string[] {
    return ["color", "pattern"];
  }

  protected read(targets: Targets, name: string): unknown {
    return name === "color"
      ? uniform(targets, (cell) => cell?.fill?.color ?? "#FFFFFF")
      : uniform(targets, (cell) => cell?.fill?.pattern ?? "None");
  }
}

/** RangeFont: bold, italic, color. */
export class FakeRangeFont extends FormatPart {
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.echo("bold", value);
    this.change("RangeFont.bold", value, (cell) => (cell.font = { ...font(cell), bold: value }));
  }

  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.echo("italic", value);
    this.change(
      "RangeFont.italic",
      value,
      (cell) => (cell.font = { ...font(cell), italic: value })
    );
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.echo("color", value);
    const color = normalizeColor(value);
    this.change("RangeFont.color", value, (cell) => (cell.font = { ...font(cell), color }));
  }

  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color"];
  }

  protected read(targets: Targets, name: string): unknown {
    return uniform(
      targets,
      (cell) => (cell?.font ?? DEFAULT_FONT)[name as keyof typeof DEFAULT_FONT]
    );
  }
}

const DEFAULT_FONT = { bold: false, italic: false, color: "#000000" };

function font(cell: CellModel) {
  return cell.font ?? DEFAULT_FONT;
}
