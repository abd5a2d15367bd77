import type JSZip from "jszip";
import type { WriteOp } from "../../../app/ports";
import { parseArea } from "../../../core/address";
import type { Fill } from "../../../core/highlight/fill";
import type { CellValue } from "../../../core/grid";
import { chartPlacement, type ChartOp } from "../chart-spec";
import {
  partFile,
  partText,
  relationships,
  relsPathOf,
  type WorkbookParts,
} from "../package-parts";
import { ownSheetParts, PartNames, validTableName, type TableOp } from "./own-sheet-parts";
import { removeWithDependents } from "./remove-parts";
import { combined, withStyle, withValue } from "./cell-changes";
import { patchCellsToBytes, type CellChange } from "./sheet-cells";
import { sheetXml, type SheetLayout } from "./sheet-xml";
import { StylesPatch } from "./styles-patch";
import {
  addSheetEntry,
  removeSheetEntry,
  renumberAfterRemoval,
  withActiveTab,
  addStylesEntry,
  withOverrides,
  withPrintArea,
  withPrintTitles,
  withSheetState,
  type SheetLists,
} from "./workbook-sheets";

type State = "visible" | "hidden" | "veryHidden";

const MAIN_TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
  /** Regie's own sheet: how its cells look (font, fill, alignment), by row and column. */
  looks: Map<number, Map<number, CellLook>>;
  /** Number formats by row and column (any sheet). */
  numberFormats: Map<number, Map<number, string>>;
  /** Regie's own sheet: column widths in points, frozen rows, print setup. */
  layout: SheetLayout;
  /** Regie's own sheet: its tables and charts, each a part of its own linked from the sheet. */
  tables: TableOp[];
  charts: ChartOp[];
  printArea: string | null;
  /** Rows repeated on every printed page ("$6:$6"), Excel's _xlnm.Print_Titles. */
  printTitles: string | null;
}

/** A table the package holds: its name, and the sheet part that links to it. */
export interface ExistingTable {
  name: string;
  id: number;
  sheetPart: string;
}

/**
 * A copy of the input package in which only the parts Regie's writes touch change: the cells it
 * colours or gives a new value (their sheet part, and xl/styles.xml for new formats), and its own
 * sheets (their part, and the workbook's sheet list, relationships and content types when one is
 * added or removed). Every other part is the input's, byte for byte. It takes the writes of
 * highlighting and of applying edits (fills and values on a user's sheet; adding, appending to,
 * rewriting or removing its own sheet, bold in its own sheet) and of the dashboard (its own sheet
 * with widths, frozen rows, print setup and area, tables and a chart; the sheet it replaces goes
 * with every part only it used). `accepts` says whether it can take an op; the port writes through
 * exceljs when it cannot.
 *
 * Activation is not written: the sheet Excel opens on is a view setting of the user's sheets
 * (their tabSelected), which the copy leaves as they were. The one exception is the sheet the
 * workbook opened on being replaced by Regie's new one of the same name: then that one is opened.
 */
export class PackagePatch {
  private readonly sheets: PlannedSheet[];
  /** Sheets of the file taken out, each with its index in the list at that moment. */
  private readonly removed: { sheet: PlannedSheet; index: number }[] = [];
  private written: Promise<Buffer> | null = null;

  /** The package's tables, read once: their names are unique across the workbook. */
  static async tablesOf(zip: JSZip, parts: WorkbookParts): Promise<ExistingTable[]> {
    const tables: ExistingTable[] = [];
    for (const sheet of parts.sheets) {
      if (!sheet.part) continue;
      for (const r of (await relationships(zip, sheet.part)).values()) {
        if (r.external || !r.type.endsWith("/table") || !zip.file(r.target)) continue;
        const root = /<(?:\w+:)?table\b[^>]*>/.exec(await partText(zip, r.target))?.[0] ?? "";
        const name =
          /\bdisplayName="([^"]*)"/.exec(root)?.[1] ?? /\bname="([^"]*)"/.exec(root)?.[1];
        const id = Number(/\bid="(\d+)"/.exec(root)?.[1] ?? 0);
        if (name !== undefined) tables.push({ name, id, sheetPart: sheet.part });
      }
    }
    return tables;
  }

  constructor(
    private readonly zip: JSZip,
    private readonly parts: WorkbookParts,
    private readonly tables: readonly ExistingTable[] = []
  ) {
    this.sheets = parts.sheets.map((s) => ({
      name: s.name,
      state: s.state,
      part: s.part || null,
      values: null,
      fills: new Map(),
      cells: new Map(),
      looks: new Map(),
      numberFormats: new Map(),
      layout: emptyLayout(),
      tables: [],
      charts: [],
      printArea: null,
      printTitles: null,
    }));
    this.openedOn = parts.sheets[parts.activeTab]?.name ?? null;
  }

  /** The sheet the workbook opens on, by name. */
  private readonly openedOn: string | null;

  /** Whether the op can be applied here, given the ops applied so far. */
  accepts(op: WriteOp): boolean {
    const sheet = this.find(op.sheet);
    switch (op.kind) {
      case "expect":
      case "expectSheet":
        return true;
      case "fill":
        return sheet !== undefined && sheet.values === null && sheet.part !== null;
      case "addSheet":
        return sheet === undefined;
      case "activate":
        // A view setting: see the class comment.
        return sheet !== undefined;
      case "sheetVisibility":
        return sheet !== undefined;
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
        // Any format on a sheet Regie writes whole; number formats on any sheet.
        if (sheet === undefined || this.parts.styles === null || parseArea(op.address) === null)
          return false;
        if (sheet.values !== null) return true;
        return (
          sheet.part !== null &&
          Object.entries(op).every(
            ([k, v]) => ["kind", "sheet", "address", "numberFormat"].includes(k) || v === undefined
          )
        );
      }
      case "freezeRows":
        return sheet !== undefined && sheet.values !== null;
      case "pageLayout":
        return (
          sheet !== undefined &&
          sheet.values !== null &&
          (op.printArea === undefined || parseArea(op.printArea) !== null) &&
          (op.printTitleRows === undefined || TITLE_ROWS.test(op.printTitleRows)) &&
          (op.rowBreaks ?? []).every((r) => Number.isInteger(r) && r > 1)
        );
      case "table":
        return (
          sheet !== undefined &&
          sheet.values !== null &&
          parseArea(op.address) !== null &&
          validTableName(op.name) &&
          !this.tableNameTaken(op.name)
        );
      case "chart":
        return sheet !== undefined && sheet.values !== null && placeable(op);
      case "deleteSheet":
        // Its parts go with it; names scoped to it and the tabs after it are renumbered.
        return sheet !== undefined && this.sheets.length > 1;
      default:
        return false;
    }
  }

  /** Applies an op that `accepts` took. */
  apply(op: WriteOp): void {
    const sheet = this.find(op.sheet);
    switch (op.kind) {
      case "expect":
      case "expectSheet":
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
          looks: new Map(),
          numberFormats: new Map(),
          layout: emptyLayout(),
          tables: [],
          charts: [],
          printArea: null,
          printTitles: null,
        });
        return;
      case "activate":
        return;
      case "sheetVisibility":
        sheet!.state = stateOf(op.visibility);
        return;
      case "clearSheet":
        sheet!.values = [];
        sheet!.fills = new Map();
        sheet!.cells = new Map();
        sheet!.looks = new Map();
        sheet!.numberFormats = new Map();
        sheet!.layout = emptyLayout();
        sheet!.tables = [];
        sheet!.charts = [];
        sheet!.printArea = null;
        sheet!.printTitles = null;
        return;
      case "table":
        sheet!.tables.push(op);
        return;
      case "chart":
        sheet!.charts.push(op);
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
            if (sheet!.values !== null) {
              const row = sheet!.looks.get(r) ?? new Map<number, CellLook>();
              sheet!.looks.set(r, row.set(c, { ...row.get(c), ...lookOf(op) }));
            }
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
          a4: op.paperSize === "A4",
          rowBreaks: [...(op.rowBreaks ?? [])],
        };
        if (op.printArea !== undefined) sheet!.printArea = op.printArea;
        if (op.printTitleRows !== undefined) sheet!.printTitles = op.printTitleRows;
        return;
      case "deleteSheet": {
        const index = this.sheets.indexOf(sheet!);
        this.sheets.splice(index, 1);
        if (sheet!.part) this.removed.push({ sheet: sheet!, index });
        return;
      }
    }
  }

  /** The copy's bytes (made once: the input's zip is changed in the making). */
  bytes(): Promise<Buffer> {
    return (this.written ??= this.make());
  }

  private async make(): Promise<Buffer> {
    // A part's new text; a patched sheet as bytes already; null for a part that goes.
    const texts = new Map<string, string | Buffer | null>();
    const text = async (part: string) => {
      const now = texts.get(part);
      return typeof now === "string" ? now : await partText(this.zip, part);
    };
    // A workbook without styles.xml (the part is optional) gets one when a cell gets a format.
    const stylesPart = this.parts.styles;
    const styles = new StylesPatch(
      stylesPart ? await text(stylesPart) : `<styleSheet xmlns="${MAIN_TRANSITIONAL}"/>`
    );
    for (const sheet of this.sheets) {
      if (!sheet.part || sheet.values !== null) continue;
      const changes = this.cellChanges(sheet, styles);
      if (changes.size > 0)
        texts.set(sheet.part, patchCellsToBytes(await text(sheet.part), changes));
    }
    await this.sheetLists(texts, text, styles);
    if (stylesPart) texts.set(stylesPart, styles.text());
    else if (styles.changed) {
      const part = this.freeStylesPart();
      const relsPart = relsPathOf(this.parts.workbook);
      const typesPart = "[Content_Types].xml";
      const lists = addStylesEntry(
        { rels: await text(relsPart), types: await text(typesPart) },
        this.parts.workbook,
        part
      );
      texts.set(part, styles.text());
      texts.set(relsPart, lists.rels);
      texts.set(typesPart, lists.types);
    }
    // As UTF-8 bytes: JSZip would otherwise keep the text and encode it again, in JavaScript.
    // Into the entry the package already has for the part, whatever its case or slashes: OPC part
    // names compare case-insensitively, so a second entry would be a duplicate part (issue 24,
    // case 7, where reading already finds parts that way).
    for (const [part, value] of texts)
      if (value !== null)
        this.zip.file(
          partFile(this.zip, part)?.name ?? part,
          typeof value === "string" ? Buffer.from(value, "utf8") : value,
          { createFolders: false, binary: true }
        );
    const removed = [...texts].filter(([, v]) => v === null).map(([part]) => part);
    texts.clear();
    await removeWithDependents(this.zip, removed);
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  /** Per row and column what happens to a cell of a sheet the file holds: a new value, a new fill. */
  private cellChanges(
    sheet: PlannedSheet,
    styles: StylesPatch
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
        put(
          r,
          c,
          withStyle((s) => styles.withNumberFormat(s ?? 0, code))
        );
      }
    for (const [r, row] of sheet.fills)
      for (const [c, fill] of row) {
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
    texts: Map<string, string | Buffer | null>,
    text: (part: string) => Promise<string>,
    styles: StylesPatch
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
    for (const { sheet, index } of this.removed) {
      const l = removeSheetEntry(await load(), workbook, { name: sheet.name, part: sheet.part! });
      lists = { ...l, workbook: renumberAfterRemoval(l.workbook, index) };
      texts.set(sheet.part!, null);
    }
    const names = new PartNames(
      Object.keys(this.zip.files),
      this.tables.map((t) => t.id)
    );
    const opensOn = this.sheets.findIndex((s) => s.name === this.openedOn);
    const reopened =
      opensOn >= 0 &&
      this.removed.some((r) => r.sheet.name === this.openedOn) &&
      this.sheets[opensOn].values !== null;
    for (const [index, sheet] of this.sheets.entries()) {
      if (sheet.values === null) continue;
      if (!sheet.part) {
        sheet.part = this.freePart();
        lists = addSheetEntry(await load(), workbook, {
          name: sheet.name,
          part: sheet.part,
          state: sheet.state,
        });
      }
      const own = ownSheetParts(
        sheet.part,
        sheet.name,
        sheet.values,
        sheet.tables,
        sheet.charts,
        names
      );
      for (const [part, xml] of own.parts) texts.set(part, xml);
      if (own.overrides.length > 0) {
        const l = await load();
        lists = { ...l, types: withOverrides(l.types, own.overrides) };
      }
      if (sheet.printArea !== null) {
        const l = await load();
        lists = { ...l, workbook: withPrintArea(l.workbook, index, sheet.name, sheet.printArea) };
      }
      if (sheet.printTitles !== null) {
        const l = await load();
        lists = {
          ...l,
          workbook: withPrintTitles(l.workbook, index, sheet.name, sheet.printTitles),
        };
      }
      const selected = reopened && index === opensOn;
      const { looks, numberFormats } = sheet;
      const style = (r: number, c: number) => {
        const look = looks.get(r)?.get(c);
        const code = numberFormats.get(r)?.get(c);
        if (look === undefined && code === undefined) return undefined;
        let s = 0;
        if (look?.bold !== undefined || look?.italic !== undefined || look?.fontColor)
          s = styles.withFont(s, { bold: look.bold, italic: look.italic, color: look.fontColor });
        if (look?.fill) s = styles.withFill(s, look.fill);
        if (look?.horizontalAlignment || look?.verticalAlignment || look?.wrapText !== undefined)
          s = styles.withAlignment(s, {
            horizontal: look.horizontalAlignment,
            vertical: look.verticalAlignment,
            wrap: look.wrapText,
          });
        return code === undefined ? s : styles.withNumberFormat(s, code);
      };
      texts.set(
        sheet.part,
        sheetXml(
          Array.from(sheet.values, (row) => Array.from(row ?? [], (v) => v ?? "")),
          style,
          sheet.layout,
          { drawing: own.drawing, tableParts: own.tableParts, selected },
          (r, c) => looks.get(r)?.get(c)?.wrapText === true
        )
      );
    }
    for (const sheet of this.sheets) {
      const before = this.parts.sheets.find((s) => s.part === sheet.part && s.name === sheet.name);
      if (before && before.state !== sheet.state) {
        const l = await load();
        lists = { ...l, workbook: withSheetState(l.workbook, sheet.name, sheet.state) };
      }
    }
    if (this.removed.length > 0) {
      // The tab Excel opens on, by name; the first when it was taken out and not made anew.
      const l = await load();
      lists = { ...l, workbook: withActiveTab(l.workbook, Math.max(0, opensOn)) };
    }
    if (lists) {
      const l = lists as SheetLists;
      texts.set(workbook, l.workbook);
      texts.set(relsPart, l.rels);
      texts.set(typesPart, l.types);
    }
  }

  private freeStylesPart(): string {
    for (let n = 1; ; n++) {
      const part = n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`;
      if (!this.zip.files[part]) return part;
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

  /**
   * Table names are unique across the workbook, ignoring case: the file's tables (but for those of
   * sheets taken out) and those Regie adds in this copy.
   */
  private tableNameTaken(name: string): boolean {
    const lower = name.toLowerCase();
    const gone = new Set(this.removed.map((r) => r.sheet.part));
    return (
      this.tables.some((t) => t.name.toLowerCase() === lower && !gone.has(t.sheetPart)) ||
      this.sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === lower))
    );
  }
}

type FormatOp = Extract<WriteOp, { kind: "format" }>;
/** How a cell of Regie's own sheet looks: a format op's font, fill and alignment. */
type CellLook = Pick<
  FormatOp,
  | "bold"
  | "italic"
  | "fontColor"
  | "fill"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
>;

/** The look a format op asks for, without the properties it leaves alone. */
function lookOf(op: FormatOp): CellLook {
  const look: CellLook = {};
  if (op.bold !== undefined) look.bold = op.bold;
  if (op.italic !== undefined) look.italic = op.italic;
  if (op.fontColor !== undefined) look.fontColor = op.fontColor;
  if (op.fill !== undefined) look.fill = op.fill;
  if (op.horizontalAlignment !== undefined) look.horizontalAlignment = op.horizontalAlignment;
  if (op.verticalAlignment !== undefined) look.verticalAlignment = op.verticalAlignment;
  if (op.wrapText !== undefined) look.wrapText = op.wrapText;
  return look;
}

/** Whether the chart's addresses hold (chartPlacement throws the HostError exceljs's path gives). */
function placeable(op: ChartOp): boolean {
  try {
    chartPlacement(op);
    return true;
  } catch {
    return false;
  }
}

/** Whole rows as the print titles take them: "$6:$6", "1:2". */
const TITLE_ROWS = /^\$?[1-9]\d*:\$?[1-9]\d*$/;

function emptyLayout(): SheetLayout {
  return { widths: new Map(), frozenRows: 0, page: null };
}

function stateOf(visibility: string | undefined): State {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
