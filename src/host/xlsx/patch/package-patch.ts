import type JSZip from "jszip";
import type { WriteOp } from "../../../app/ports";
import { parseArea } from "../../../core/address";
import type { Fill } from "../../../core/fill";
import type { CellValue } from "../../../core/grid";
import { partText, relsPathOf, type WorkbookParts } from "../package-parts";
import { combined, withStyle, withValue } from "./cell-changes";
import { patchCells, type CellChange } from "./sheet-cells";
import { sheetXml, type SheetLayout } from "./sheet-xml";
import { StylesPatch } from "./styles-patch";
import { addSheetEntry, removeSheetEntry, type SheetLists } from "./workbook-sheets";

type State = "visible" | "hidden" | "veryHidden";

/** A sheet of the copy: one of the file's (kept, or replaced by Regie) or one Regie adds. */
interface PlannedSheet {
  name: string;
  state: State;
  /** The input's part; null for a sheet Regie adds. */
  part: string | null;
  /** Regie's own content for the sheet (new, or cleared and rewritten); null keeps the part's cells. */
  values: CellValue[][] | null;
  /** Fills by row and column, the last one asked for winning. */
  fills: Map<number, Map<number, Fill>>;
  /** New values of cells of a sheet the file holds, by row and column. */
  cells: Map<number, Map<number, CellValue>>;
  /** Cells of Regie's own sheet to show bold, as "row col". */
  bold: Set<string>;
  /** Number formats by row and column (any sheet). */
  numberFormats: Map<number, Map<number, string>>;
  /** Regie's own sheet: column widths in points, frozen rows, print setup. */
  layout: SheetLayout;
}

/**
 * A copy of the input package in which only the parts Regie's writes touch change: the cells it
 * colours or gives a new value (their sheet part, and xl/styles.xml for new formats), and its own
 * sheets (their part, and the workbook's sheet list, relationships and content types when one is
 * added or removed). Every other part is the input's, byte for byte. It takes the writes of
 * highlighting and of applying edits (fills and values on a user's sheet; adding, appending to,
 * rewriting or removing its own sheet, bold in its own sheet); `accepts` says whether it can take an
 * op, and the port writes through exceljs when it cannot (tables, charts, widths, frozen rows).
 */
export class PackagePatch {
  private readonly sheets: PlannedSheet[];
  private readonly removed: PlannedSheet[] = [];
  private written: Promise<Buffer> | null = null;

  constructor(
    private readonly zip: JSZip,
    private readonly parts: WorkbookParts
  ) {
    this.sheets = parts.sheets.map((s) => ({
      name: s.name,
      state: s.state,
      part: s.part || null,
      values: null,
      fills: new Map(),
      cells: new Map(),
      bold: new Set(),
      numberFormats: new Map(),
      layout: emptyLayout(),
    }));
  }

  /** Whether the op can be applied here, given the ops applied so far. */
  accepts(op: WriteOp): boolean {
    const sheet = this.find(op.sheet);
    switch (op.kind) {
      case "expect":
        return true;
      case "fill":
        return sheet !== undefined && sheet.values === null && sheet.part !== null;
      case "addSheet":
        return sheet === undefined && !op.activate;
      case "clearSheet":
        // Regie's own sheets only: replaced whole, so they must hold nothing but cells.
        return (
          sheet !== undefined && (sheet.part === null || !this.zip.file(relsPathOf(sheet.part)))
        );
      case "values":
        return (
          sheet !== undefined &&
          (sheet.values !== null || sheet.part !== null) &&
          parseArea(op.address) !== null
        );
      case "format": {
        // Bold and widths on a sheet Regie writes whole; number formats on any sheet.
        if (sheet === undefined || this.parts.styles === null || parseArea(op.address) === null)
          return false;
        const own = sheet.values !== null;
        const allowed = own ? ["bold", "numberFormat", "columnWidth"] : ["numberFormat"];
        return (
          (own || sheet.part !== null) &&
          Object.entries(op).every(
            ([k, v]) => ["kind", "sheet", "address", ...allowed].includes(k) || v === undefined
          )
        );
      }
      case "freezeRows":
        return sheet !== undefined && sheet.values !== null;
      case "pageLayout":
        // A print area is a defined name in workbook.xml: left to exceljs.
        return sheet !== undefined && sheet.values !== null && op.printArea === undefined;
      case "deleteSheet":
        // Only the last sheet: no other sheet's index (defined names, active tab) moves.
        return (
          sheet !== undefined &&
          sheet === this.sheets[this.sheets.length - 1] &&
          this.sheets.length > 1 &&
          (sheet.part === null || !this.zip.file(relsPathOf(sheet.part))) &&
          !this.namesSheet(this.sheets.length - 1)
        );
      default:
        return false;
    }
  }

  /** Applies an op that `accepts` took. */
  apply(op: WriteOp): void {
    const sheet = this.find(op.sheet);
    switch (op.kind) {
      case "expect":
        return;
      case "fill":
        for (const address of op.addresses) {
          const a = parseArea(address);
          if (!a) continue;
          for (let r = a.top; r <= a.bottom; r++) {
            const row = sheet!.fills.get(r) ?? new Map<number, Fill>();
            for (let c = a.left; c <= a.right; c++) row.set(c, op.fill);
            sheet!.fills.set(r, row);
          }
        }
        return;
      case "addSheet":
        this.sheets.push({
          name: op.sheet,
          state: stateOf(op.visibility),
          part: null,
          values: [],
          fills: new Map(),
          cells: new Map(),
          bold: new Set(),
          numberFormats: new Map(),
          layout: emptyLayout(),
        });
        return;
      case "clearSheet":
        sheet!.values = [];
        sheet!.fills = new Map();
        sheet!.cells = new Map();
        sheet!.bold = new Set();
        sheet!.numberFormats = new Map();
        sheet!.layout = emptyLayout();
        return;
      case "values": {
        const a = parseArea(op.address)!;
        op.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (sheet!.values) (sheet!.values[a.top + r] ??= [])[a.left + c] = v;
            else {
              const line = sheet!.cells.get(a.top + r) ?? new Map<number, CellValue>();
              sheet!.cells.set(a.top + r, line.set(a.left + c, v));
            }
          })
        );
        return;
      }
      case "format": {
        const a = parseArea(op.address)!;
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            if (op.bold === true) sheet!.bold.add(`${r} ${c}`);
            else if (op.bold === false) sheet!.bold.delete(`${r} ${c}`);
            if (op.numberFormat !== undefined) {
              const row = sheet!.numberFormats.get(r) ?? new Map<number, string>();
              sheet!.numberFormats.set(r, row.set(c, op.numberFormat));
            }
          }
        if (op.columnWidth !== undefined)
          for (let c = a.left; c <= a.right; c++) sheet!.layout.widths.set(c, op.columnWidth);
        return;
      }
      case "freezeRows":
        sheet!.layout.frozenRows = op.rows;
        return;
      case "pageLayout":
        sheet!.layout.page = {
          landscape: op.orientation === "Landscape",
          fit: op.fitToPages ?? null,
        };
        return;
      case "deleteSheet":
        this.sheets.pop();
        if (sheet!.part) this.removed.push(sheet!);
        return;
    }
  }

  /** The copy's bytes (made once: the input's zip is changed in the making). */
  bytes(): Promise<Buffer> {
    return (this.written ??= this.make());
  }

  private async make(): Promise<Buffer> {
    const texts = new Map<string, string | null>();
    const text = async (part: string) => texts.get(part) ?? (await partText(this.zip, part));
    const stylesPart = this.parts.styles;
    const styles = stylesPart ? new StylesPatch(await text(stylesPart)) : null;
    for (const sheet of this.sheets) {
      if (!sheet.part || sheet.values !== null) continue;
      const changes = this.cellChanges(sheet, styles);
      if (changes.size > 0) texts.set(sheet.part, patchCells(await text(sheet.part), changes));
    }
    await this.sheetLists(texts, text, styles);
    if (styles && stylesPart) texts.set(stylesPart, styles.text());
    for (const [part, value] of texts)
      if (value === null) this.zip.remove(part);
      else this.zip.file(part, value, { createFolders: false });
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  /** Per row and column what happens to a cell of a sheet the file holds: a new value, a new fill. */
  private cellChanges(
    sheet: PlannedSheet,
    styles: StylesPatch | null
  ): Map<number, Map<number, CellChange>> {
    const changes = new Map<number, Map<number, CellChange>>();
    const put = (r: number, c: number, change: CellChange) => {
      const row = changes.get(r) ?? new Map<number, CellChange>();
      const before = row.get(c);
      changes.set(r, row.set(c, before ? combined(before, change) : change));
    };
    for (const [r, row] of sheet.cells) for (const [c, v] of row) put(r, c, withValue(v));
    for (const [r, row] of sheet.numberFormats)
      for (const [c, code] of row) {
        if (!styles) throw new Error("de werkmap heeft geen styles.xml");
        put(
          r,
          c,
          withStyle((s) => styles.withNumberFormat(s ?? 0, code))
        );
      }
    for (const [r, row] of sheet.fills)
      for (const [c, fill] of row) {
        if (!styles) throw new Error("de werkmap heeft geen styles.xml");
        put(
          r,
          c,
          withStyle((s) => styles.withFill(s ?? 0, fill))
        );
      }
    return changes;
  }

  /** Regie's own sheets: their parts written, added ones listed, removed ones taken out. */
  private async sheetLists(
    texts: Map<string, string | null>,
    text: (part: string) => Promise<string>,
    styles: StylesPatch | null
  ): Promise<void> {
    const workbook = this.parts.workbook;
    const relsPart = relsPathOf(workbook);
    const typesPart = "[Content_Types].xml";
    let lists: SheetLists | null = null;
    const load = async () =>
      (lists ??= {
        workbook: await text(workbook),
        rels: await text(relsPart),
        types: await text(typesPart),
      });
    for (const sheet of this.removed) {
      lists = removeSheetEntry(await load(), workbook, { name: sheet.name, part: sheet.part! });
      texts.set(sheet.part!, null);
    }
    for (const sheet of this.sheets) {
      if (sheet.values === null) continue;
      if (!sheet.part) {
        sheet.part = this.freePart();
        lists = addSheetEntry(await load(), workbook, {
          name: sheet.name,
          part: sheet.part,
          state: sheet.state,
        });
      }
      const { bold, numberFormats } = sheet;
      const style = (r: number, c: number) => {
        if (!styles) return undefined;
        const code = numberFormats.get(r)?.get(c);
        const base = bold.has(`${r} ${c}`)
          ? styles.withBold(0)
          : code === undefined
            ? undefined
            : 0;
        return code === undefined || base === undefined
          ? base
          : styles.withNumberFormat(base, code);
      };
      texts.set(
        sheet.part,
        sheetXml(
          Array.from(sheet.values, (row) => Array.from(row ?? [], (v) => v ?? "")),
          style,
          sheet.layout
        )
      );
    }
    if (lists) {
      const l = lists as SheetLists;
      texts.set(workbook, l.workbook);
      texts.set(relsPart, l.rels);
      texts.set(typesPart, l.types);
    }
  }

  private freePart(): string {
    const taken = new Set([...Object.keys(this.zip.files), ...this.sheets.map((s) => s.part)]);
    for (let n = 1; ; n++) {
      const part = `xl/worksheets/sheet${n}.xml`;
      if (!taken.has(part)) return part;
    }
  }

  private find(name: string): PlannedSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Whether a defined name is scoped to the sheet at this index (its scope would dangle). */
  private namesSheet(index: number): boolean {
    return this.parts.localSheetIds.includes(index);
  }
}

function emptyLayout(): SheetLayout {
  return { widths: new Map(), frozenRows: 0, page: null };
}

function stateOf(visibility: string | undefined): State {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
