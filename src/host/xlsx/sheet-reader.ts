import type { XmlTag } from "./xml";
import { cellAddress, parseArea } from "../../core/address";
import type { CellValue, MergedArea } from "../../core/grid";
import { isoToSerial } from "./iso-cell";
import { RichText } from "./rich-text";
import { sparseSheet, type SheetShape } from "./rectangle";
import { attr, isTrue, MAIN_NS, parseXml, PartError } from "./xml";

/**
 * Excel's grid: 1,048,576 rows by 16,384 columns (XFD). Nothing lies beyond, so a reference past
 * it is refused before any row is allocated for it ("Excel specifications and limits",
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * One worksheet part as read: what the port returns, plus what only a file can say. Its size and
 * head come from the cells there are; `values`, the full rectangle from A1, is built on first use.
 */
export interface SheetXml extends SheetShape {
  protected: boolean;
  readonly values: CellValue[][];
  merges: MergedArea[];
  hiddenRows: number[];
  /** Cells holding a formula (<f>, shared formulas' children too), one area per cell. */
  formulas: MergedArea[];
  /** Formula cells without a cached result (no <v>, or an empty one): they read as "". */
  uncalculated: MergedArea[];
  /** With `styles` asked for: each cell's `s` (its cell format), sparse; else null. */
  styles: (number | undefined)[][] | null;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  date1904: boolean;
  /** Also keep each cell's format (needed for fills only: it costs a tenth of the read). */
  styles?: boolean;
}

/**
 * The values as Office.js gives them: shared and inline strings (rich-text runs joined), numbers,
 * booleans, errors as their text, ISO date cells (t="d") as serials of the workbook's date system,
 * formulas as their cached result; the other cells of a merged area empty. Rows and cells without
 * an `r` follow the previous one, as the schema allows.
 */
export function readSheetXml(xml: string, part: string, ctx: SheetContext): SheetXml {
  const cells = new CellCollector(ctx, part);
  const merges: MergedArea[] = [];
  let isProtected = false;
  let inSheetData = false;
  parseXml(xml, part, {
    open(tag) {
      if (!MAIN_NS.has(tag.uri)) return;
      if (inSheetData) return cells.open(tag);
      if (tag.local === "sheetData") inSheetData = !tag.isSelfClosing;
      else if (tag.local === "mergeCell") {
        const area = parseArea(attr(tag, "ref") ?? "");
        if (area) merges.push(area);
      } else if (tag.local === "sheetProtection") isProtected = isTrue(attr(tag, "sheet"));
    },
    close(tag) {
      if (!inSheetData || !MAIN_NS.has(tag.uri)) return;
      if (tag.local === "sheetData") inSheetData = false;
      else cells.close(tag);
    },
    text: (t) => cells.text(t),
  });
  const sheet = sparseSheet(cells.rows, merges);
  return {
    protected: isProtected,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    head: sheet.head,
    get values() {
      return sheet.values();
    },
    merges,
    hiddenRows: cells.hiddenRows.filter((r) => r < sheet.rowCount),
    formulas: cells.formulas,
    uncalculated: cells.uncalculated,
    styles: ctx.styles ? cells.styles : null,
  };
}

/** The state of the cell being read, between its <c> and </c>. */
class CellCollector {
  readonly rows: CellValue[][] = [];
  readonly hiddenRows: number[] = [];
  readonly formulas: MergedArea[] = [];
  readonly uncalculated: MergedArea[] = [];
  readonly styles: (number | undefined)[][] = [];
  private row = -1;
  private col = -1;
  private type = "n";
  private v: string | undefined;
  private inV = false;
  private formula = false;
  private inline: RichText | null = null;
  private inlineText: string | undefined;

  constructor(
    private readonly ctx: SheetContext,
    private readonly part: string
  ) {}

  open(tag: XmlTag): void {
    switch (tag.local) {
      case "row": {
        const r = attr(tag, "r");
        this.row = r ? Number(r) - 1 : this.row + 1;
        this.col = -1;
        if (!(this.row >= 0 && this.row < EXCEL_ROWS && Number.isInteger(this.row)))
          throw this.outside(`rij ${r ?? this.row + 1}`);
        if (isTrue(attr(tag, "hidden"))) this.hiddenRows.push(this.row);
        return;
      }
      case "c": {
        const ref = attr(tag, "r");
        this.col = ref ? columnOf(ref) : this.col + 1;
        if (this.col < 0 || this.col >= EXCEL_COLUMNS)
          throw this.outside(`cel ${ref ?? cellAddress(this.row, this.col)}`);
        this.type = attr(tag, "t") ?? "n";
        this.v = undefined;
        this.formula = false;
        this.inlineText = undefined;
        if (this.ctx.styles) {
          const s = attr(tag, "s");
          if (s !== undefined) (this.styles[this.row] ??= [])[this.col] = Number(s);
        }
        return;
      }
      case "v":
        this.inV = true;
        this.v = "";
        return;
      case "f":
        this.formula = true;
        return;
      case "is":
        this.inline = new RichText();
        return;
      default:
        this.inline?.open(tag);
    }
  }

  /** The refusal of a row or cell outside Excel's grid, naming it as the part does. */
  private outside(what: string): PartError {
    return new PartError(this.part, "buiten-raster", what, what);
  }

  close(tag: XmlTag): void {
    switch (tag.local) {
      case "v":
        this.inV = false;
        return;
      case "is":
        this.inlineText = this.inline?.end() ?? "";
        this.inline = null;
        return;
      case "c":
        return this.endCell();
      default:
        this.inline?.close(tag);
    }
  }

  text(t: string): void {
    if (this.inV) this.v += t;
    else this.inline?.text(t);
  }

  private endCell(): void {
    const at = { top: this.row, left: this.col, bottom: this.row, right: this.col };
    if (this.formula) this.formulas.push(at);
    let value: CellValue;
    // A formula's result is cached in <v>; "" is a real result only for a string formula (t="str").
    if (this.formula && (this.v === undefined || (this.v === "" && this.type !== "str"))) {
      this.uncalculated.push(at);
      value = "";
    } else value = this.value();
    if (value !== "") (this.rows[this.row] ??= [])[this.col] = value;
  }

  private value(): CellValue {
    if (this.type === "inlineStr") return this.inlineText ?? this.v ?? "";
    const v = this.v;
    if (v === undefined || v === "") return "";
    switch (this.type) {
      case "s":
        return this.ctx.sharedStrings[Number(v)] ?? "";
      case "b":
        return v === "1" || v === "true";
      case "str":
      case "e":
        return v;
      case "d":
        return isoToSerial(v, this.ctx.date1904) ?? v;
      default: {
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      }
    }
  }
}

/** "AB12" -> 27: the column letters of a cell reference, 0-based. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  return col - 1;
}
