import type { Fill } from "../../../core/highlight/fill";
import { applyEdits, escapeXml, prefixOf, withAttribute } from "./edits";

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Adds cell formats to xl/styles.xml: a format is an existing one (the cell's own) with another
 * fill, or with its font bold. Everything else in the part is kept as written; new fills and formats go at the end of
 * <fills> and <cellXfs>, and their counts are updated, so every index in use keeps its meaning.
 */
export class StylesPatch {
  private readonly prefix: string;
  private readonly xfs: string[];
  private readonly fillCount: number;
  private readonly newFills: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly xfIds = new Map<string, number>();
  private readonly fonts: string[];
  private readonly newFonts: string[] = [];
  /** New fonts by their base font and look. */
  private readonly derivedFonts = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private readonly newNumFmts: string[] = [];
  private nextNumFmtId: number;

  /** The part with the sections new formats need (withRequiredSections); written out only if used. */
  private readonly xml: string;

  constructor(private readonly written: string) {
    this.prefix = prefixOf(written, "styleSheet");
    const xml = withRequiredSections(written, this.prefix);
    this.xml = xml;
    this.fillCount = elementsIn(xml, this.prefix, "fills", "fill").length;
    this.xfs = elementsIn(xml, this.prefix, "cellXfs", "xf").map((e) => e.text);
    this.fonts = elementsIn(xml, this.prefix, "fonts", "font").map((e) => e.text);
    if (this.xfs.length === 0) throw new Error("styles.xml heeft geen <cellXfs>");
    // Custom number formats are numbered from 164 up (ECMA-376 18.8.30); the file's own keep theirs.
    let highest = 163;
    for (const e of elementsIn(xml, this.prefix, "numFmts", "numFmt")) {
      const id = Number(/\snumFmtId="(\d+)"/.exec(e.text)?.[1] ?? NaN);
      const code = /\sformatCode="([^"]*)"/.exec(e.text)?.[1];
      if (!Number.isNaN(id)) highest = Math.max(highest, id);
      if (code !== undefined && !Number.isNaN(id)) this.numFmtIds.set(unescapeXml(code), id);
    }
    this.nextNumFmtId = highest + 1;
  }

  /** The index of the format `base` with the number format `code` ("General" is built-in 0). */
  withNumberFormat(base: number, code: string): number {
    let id = code === "General" ? 0 : this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(code, id);
      this.newNumFmts.push(
        `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
      );
    }
    return this.derived(base, "numFmtId", id, "applyNumberFormat");
  }

  /** The index of the format `base` (a cell's s) with `fill` instead of its own fill. */
  withFill(base: number, fill: Fill): number {
    return this.derived(base, "fillId", this.fillId(fill), "applyFill");
  }

  /** The index of the format `base` with its font made bold. */
  withBold(base: number): number {
    return this.withFont(base, { bold: true });
  }

  /** The index of the format `base` with its font bold, italic or coloured as asked. */
  withFont(base: number, look: FontLook): number {
    const xf = this.xfAt(base);
    const fontId = Number(/\sfontId="(\d+)"/.exec(xf)?.[1] ?? 0);
    const key = `${fontId} ${look.bold ?? ""} ${look.italic ?? ""} ${look.color ?? ""}`;
    let font = this.derivedFonts.get(key);
    if (font === undefined) {
      this.newFonts.push(fontWith(this.fontAt(fontId), this.prefix, look));
      font = this.fonts.length + this.newFonts.length - 1;
      this.derivedFonts.set(key, font);
    }
    return this.derived(base, "fontId", font, "applyFont");
  }

  /** The index of the format `base` aligned (and wrapped) as asked. */
  withAlignment(
    base: number,
    { horizontal, vertical, wrap }: { horizontal?: string; vertical?: string; wrap?: boolean }
  ): number {
    const baseXf = this.xfAt(base);
    const key = `${base} alignment ${horizontal ?? ""} ${vertical ?? ""} ${wrap ?? ""}`;
    let id = this.xfIds.get(key);
    if (id === undefined) {
      const p = this.prefix;
      const start = withAttribute(/^<[^>]*?(\/?)>/.exec(baseXf)![0], "applyAlignment", "1");
      const old = new RegExp(`<${p}alignment\\b[^>]*?/>`).exec(baseXf)?.[0] ?? `<${p}alignment/>`;
      let alignment = old;
      if (horizontal) alignment = withAttribute(alignment, "horizontal", horizontal.toLowerCase());
      // ST_VerticalAlignment: top, center, bottom (ECMA-376 18.18.88).
      if (vertical) alignment = withAttribute(alignment, "vertical", vertical.toLowerCase());
      if (wrap !== undefined) alignment = withAttribute(alignment, "wrapText", wrap ? "1" : "0");
      // CT_Xf's children: alignment first, then protection and extLst (ECMA-376 18.8.45).
      const body = baseXf.endsWith("/>")
        ? ""
        : baseXf.slice(/^<[^>]*>/.exec(baseXf)![0].length, baseXf.lastIndexOf("</"));
      const rest = body.replace(new RegExp(`<${p}alignment\\b[^>]*?/>`), "");
      this.newXfs.push(`${start.replace(/\/>$/, ">")}${alignment}${rest}</${p}xf>`);
      id = this.xfs.length + this.newXfs.length - 1;
      this.xfIds.set(key, id);
    }
    return id;
  }

  /** A format of the file or one made here (so that changes can be made one after another). */
  private xfAt(index: number): string {
    return this.xfs[index] ?? this.newXfs[index - this.xfs.length] ?? this.xfs[0];
  }

  private fontAt(index: number): string {
    return this.fonts[index] ?? this.newFonts[index - this.fonts.length] ?? `<${this.prefix}font/>`;
  }

  /** A new format: `base` with one attribute changed and its apply flag set; made once. */
  private derived(base: number, attribute: string, value: number, apply: string): number {
    const baseXf = this.xfAt(base);
    const key = `${base} ${attribute} ${value}`;
    let id = this.xfIds.get(key);
    if (id === undefined) {
      const start = /^<[^>]*?(\/?)>/.exec(baseXf)![0];
      const tag = withAttribute(withAttribute(start, attribute, String(value)), apply, "1");
      this.newXfs.push(tag + baseXf.slice(start.length));
      id = this.xfs.length + this.newXfs.length - 1;
      this.xfIds.set(key, id);
    }
    return id;
  }

  /** The patched part; the input itself when nothing was added. */
  /** True once a format was added: the part must be written. */
  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  text(): string {
    if (this.newXfs.length === 0) return this.written;
    return applyEdits(this.xml, [
      ...this.numFmtEdits(),
      ...appendTo(this.xml, this.prefix, "fonts", this.newFonts, this.fonts.length),
      ...appendTo(this.xml, this.prefix, "fills", this.newFills, this.fillCount),
      ...appendTo(this.xml, this.prefix, "cellXfs", this.newXfs, this.xfs.length),
    ]);
  }

  /** New number formats at the end of <numFmts>, or a <numFmts> made first in the style sheet. */
  private numFmtEdits() {
    if (this.newNumFmts.length === 0) return [];
    const before = elementsIn(this.xml, this.prefix, "numFmts", "numFmt").length;
    if (sectionOf(this.xml, this.prefix, "numFmts"))
      return appendTo(this.xml, this.prefix, "numFmts", this.newNumFmts, before);
    const open = new RegExp(`<${this.prefix}styleSheet\\b[^>]*>`).exec(this.xml);
    if (!open) throw new Error("styles.xml heeft geen <styleSheet>");
    const p = this.prefix;
    const section = `<${p}numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join("")}</${p}numFmts>`;
    return [{ at: open.index + open[0].length, length: 0, text: section }];
  }

  private fillId(fill: Fill): number {
    const xml = fillXml(this.prefix, fill);
    let id = this.fillIds.get(xml);
    if (id === undefined) {
      this.newFills.push(xml);
      id = this.fillCount + this.newFills.length - 1;
      this.fillIds.set(xml, id);
    }
    return id;
  }
}

/**
 * CT_Stylesheet's children in the schema's order (ECMA-376 Part 1, §18.8.39 styleSheet); every
 * one is optional, so a valid styles.xml may lack the ones a new format needs.
 */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * The sections a new format refers to, with Excel's defaults, for those the part lacks: one font,
 * the two fills Excel reserves (none and gray125; assumption: what Excel itself writes), one empty
 * border, one cell format (the Normal one, index 0, that cells without s use).
 */
function defaultSections(p: string): Record<string, string> {
  return {
    fonts: `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>`,
    fills:
      `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill>` +
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`,
    borders: `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>`,
    cellXfs: `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs>`,
  };
}

/** The part with every section of defaultSections it lacks added in its place in the order. */
function withRequiredSections(written: string, p: string): string {
  let xml = written;
  const defaults = defaultSections(p);
  for (const [name, section] of Object.entries(defaults)) {
    if (sectionOf(xml, p, name)) continue;
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1)
      .map((n) => sectionOf(xml, p, n)?.open.index)
      .filter((at): at is number => at !== undefined);
    if (later.length > 0) {
      const at = Math.min(...later);
      xml = xml.slice(0, at) + section + xml.slice(at);
      continue;
    }
    const root = sectionOf(xml, p, "styleSheet");
    if (!root) throw new Error("styles.xml heeft geen <styleSheet>");
    xml = root.selfClosing
      ? xml.slice(0, root.open.index) +
        root.open[0].replace(/\s*\/>$/, ">") +
        section +
        `</${p}styleSheet>` +
        xml.slice(root.innerStart)
      : xml.slice(0, root.innerEnd) + section + xml.slice(root.innerEnd);
  }
  return xml;
}

export interface FontLook {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  color?: string;
}

// CT_Font's children in the schema's order (ECMA-376 18.8.22).
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** A copy of the font with bold, italic and colour set as asked, children in the schema's order. */
function fontWith(font: string, p: string, look: FontLook): string {
  const children = new Map<string, string>();
  const inner = font.endsWith("/>")
    ? ""
    : font.slice(font.indexOf(">") + 1, font.lastIndexOf("</"));
  for (const m of inner.matchAll(
    /<(?:[\w.-]+:)?([\w.-]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?\1>)/g
  ))
    children.set(m[1], m[0]);
  const flag = (name: string, on: boolean | undefined) => {
    if (on === true) children.set(name, `<${p}${name}/>`);
    else if (on === false) children.delete(name);
  };
  flag("b", look.bold);
  flag("i", look.italic);
  if (look.color)
    children.set(
      "color",
      `<${p}color rgb="FF${escapeXml(look.color.replace("#", "").toUpperCase())}"/>`
    );
  const ordered = [
    ...FONT_ORDER.filter((n) => children.has(n)).map((n) => children.get(n)!),
    ...[...children].filter(([n]) => !FONT_ORDER.includes(n)).map(([, t]) => t),
  ];
  return `<${p}font>${ordered.join("")}</${p}font>`;
}

/** A port Fill as a <fill>, with the foreground and background colour alike (as exceljs wrote it). */
function fillXml(p: string, fill: Fill): string {
  if (fill.pattern === "None") return `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
  const pattern = fill.pattern.charAt(0).toLowerCase() + fill.pattern.slice(1);
  const theme = /^theme:(\d+):(-?[\d.]+)$/.exec(fill.color);
  const color = theme
    ? `theme="${theme[1]}"${Number(theme[2]) !== 0 ? ` tint="${theme[2]}"` : ""}`
    : `rgb="FF${escapeXml(fill.color.replace("#", "").toUpperCase())}"`;
  return (
    `<${p}fill><${p}patternFill patternType="${escapeXml(pattern)}">` +
    `<${p}fgColor ${color}/><${p}bgColor ${color}/></${p}patternFill></${p}fill>`
  );
}

/** The children `child` of the first `parent` element, with their offsets and text. */
function elementsIn(xml: string, p: string, parent: string, child: string) {
  const section = sectionOf(xml, p, parent);
  if (!section) return [];
  const inner = xml.slice(section.innerStart, section.innerEnd);
  const pattern = new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, "g");
  return [...inner.matchAll(pattern)].map((m) => ({
    at: section.innerStart + m.index,
    text: m[0],
  }));
}

function sectionOf(xml: string, p: string, parent: string) {
  const open = new RegExp(`<${p}${parent}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const innerStart = open.index + open[0].length;
  if (open[1]) return { open, innerStart, innerEnd: innerStart, selfClosing: true };
  const innerEnd = xml.indexOf(`</${p}${parent}>`, innerStart);
  return { open, innerStart, innerEnd, selfClosing: false };
}

/** Edits that append `items` inside `parent` and set its count (`before` items were there). */
function appendTo(xml: string, p: string, parent: string, items: string[], before: number) {
  if (items.length === 0) return [];
  const section = sectionOf(xml, p, parent);
  if (!section) throw new Error(`styles.xml heeft geen <${parent}>`);
  const openTag = withAttribute(
    section.open[0].replace(/\/>$/, ">"),
    "count",
    String(before + items.length)
  );
  const close = section.selfClosing ? `</${p}${parent}>` : "";
  return [
    { at: section.open.index, length: section.open[0].length, text: openTag },
    { at: section.innerEnd, length: 0, text: items.join("") + close },
  ];
}
