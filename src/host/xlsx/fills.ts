import type ExcelJS from "exceljs";
import { NO_FILL, type Fill } from "../../app/ports";

/**
 * exceljs fill -> port Fill. Colours given by theme are kept as "theme:<n>:<tint>" so that a fill
 * read here is restored exactly by toExcelFill.
 */
export function fromExcelFill(fill: ExcelJS.Fill | undefined): Fill {
  // A pattern fill without a type (openpyxl's <patternFill/>) is no fill: the schema's default is none.
  if (!fill || fill.type !== "pattern" || !fill.pattern || fill.pattern === "none") return NO_FILL;
  return { pattern: patternName(fill.pattern), color: colorText(fill.fgColor) };
}

export function toExcelFill(fill: Fill): ExcelJS.Fill | undefined {
  if (fill.pattern === "None") return undefined;
  const pattern = (fill.pattern.charAt(0).toLowerCase() +
    fill.pattern.slice(1)) as ExcelJS.FillPatterns;
  return {
    type: "pattern",
    pattern,
    fgColor: colorObject(fill.color),
    bgColor: colorObject(fill.color),
  };
}

function patternName(pattern: string): string {
  return pattern.charAt(0).toUpperCase() + pattern.slice(1);
}

function colorText(color: Partial<ExcelJS.Color> | undefined): string {
  if (!color) return "#000000";
  if (color.argb) return "#" + color.argb.slice(-6).toUpperCase();
  if (color.theme !== undefined)
    return `theme:${color.theme}:${(color as { tint?: number }).tint ?? 0}`;
  return "#000000";
}

function colorObject(text: string): Partial<ExcelJS.Color> {
  const theme = /^theme:(\d+):(-?[\d.]+)$/.exec(text);
  if (theme) return { theme: Number(theme[1]), tint: Number(theme[2]) } as Partial<ExcelJS.Color>;
  return { argb: "FF" + text.replace("#", "").toUpperCase() };
}
