import { NO_FILL, type Fill } from "../../core/highlight/fill";
import { attr, isMain, parseXml } from "./xml";

/**
 * xl/styles.xml: the fill of every cell format (<cellXfs><xf fillId>), indexed as a cell's `s`
 * attribute is. Fills are given as exceljs gave them before this reader (fills.ts), so a fill read
 * here is restored exactly: a pattern's name capitalised, its foreground colour as "#RRGGBB" or
 * "theme:<n>:<tint>". A <patternFill/> without a type is no fill (the schema's default is "none").
 */
export function readCellFills(xml: string, part: string): Fill[] {
  const fills: Fill[] = [];
  const xfFills: number[] = [];
  let where: "fills" | "cellXfs" | null = null;
  let current: { pattern: string | undefined; color: string } | null = null;
  parseXml(xml, part, {
    open(tag) {
      if (isMain(tag, "fills") || isMain(tag, "cellXfs")) where = tag.local as "fills";
      else if (where === "fills" && isMain(tag, "fill"))
        current = { pattern: undefined, color: "#000000" };
      else if (where === "fills" && current && isMain(tag, "patternFill"))
        current.pattern = attr(tag, "patternType") ?? "none";
      else if (where === "fills" && current && isMain(tag, "fgColor"))
        current.color = colorText(tag);
      else if (where === "cellXfs" && isMain(tag, "xf"))
        xfFills.push(Number(attr(tag, "fillId") ?? 0));
    },
    close(tag) {
      if (isMain(tag, "fills") || isMain(tag, "cellXfs")) where = null;
      else if (where === "fills" && isMain(tag, "fill") && current) {
        fills.push(toFill(current));
        current = null;
      }
    },
  });
  return xfFills.map((id) => fills[id] ?? NO_FILL);
}

function toFill(f: { pattern: string | undefined; color: string }): Fill {
  // A gradient fill (no <patternFill>) reads as no fill, as it did through exceljs.
  if (!f.pattern || f.pattern === "none") return NO_FILL;
  return { pattern: f.pattern.charAt(0).toUpperCase() + f.pattern.slice(1), color: f.color };
}

function colorText(tag: Parameters<typeof attr>[0]): string {
  const rgb = attr(tag, "rgb");
  if (rgb) return "#" + rgb.slice(-6).toUpperCase();
  const theme = attr(tag, "theme");
  if (theme !== undefined) return `theme:${Number(theme)}:${Number(attr(tag, "tint") ?? 0)}`;
  return "#000000";
}
