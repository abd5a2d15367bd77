import type JSZip from "jszip";
import type { WriteOp } from "../../../app/ports";
import { parseArea } from "../../../core/address";
import type { Fill } from "../../../core/fill";
import type { CellValue } from "../../../core/grid";
import { partText, relsPathOf, type WorkbookParts } from "../package-parts";
import { setCellStyles } from "./sheet-styles";
import { sheetXml } from "./sheet-xml";
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
}

/**
 * A copy of the input package in which only the parts Regie's writes touch change: the fills of the
 * cells it colours (their sheet part and xl/styles.xml), and its own sheets (their part, and the
 * workbook's sheet list, relationships and content types when one is added or removed). Every other
 * part is the input's, byte for byte. It takes the writes of highlighting (fills on a user's sheet;
 * adding, rewriting or removing its own last sheet); `accepts` says whether it can take an op, and
 * the port writes through exceljs when it cannot.
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
        return sheet !== undefined && sheet.values !== null && parseArea(op.address) !== null;
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
        });
        return;
      case "clearSheet":
        sheet!.values = [];
        sheet!.fills = new Map();
        return;
      case "values": {
        const a = parseArea(op.address)!;
        op.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const line = (sheet!.values![a.top + r] ??= []);
            line[a.left + c] = v;
          })
        );
        return;
      }
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
      if (sheet.part && sheet.values === null && sheet.fills.size > 0) {
        if (!styles) throw new Error("de werkmap heeft geen styles.xml");
        const cells = new Map(
          [...sheet.fills].map(([r, row]) => [
            r,
            new Map(
              [...row].map(([c, fill]) => [c, (s?: number) => styles.withFill(s ?? 0, fill)])
            ),
          ])
        );
        texts.set(sheet.part, setCellStyles(await text(sheet.part), cells));
      }
    }
    if (styles && stylesPart) texts.set(stylesPart, styles.text());
    await this.sheetLists(texts, text);
    for (const [part, value] of texts)
      if (value === null) this.zip.remove(part);
      else this.zip.file(part, value, { createFolders: false });
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  /** Regie's own sheets: their parts written, added ones listed, removed ones taken out. */
  private async sheetLists(
    texts: Map<string, string | null>,
    text: (part: string) => Promise<string>
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
      texts.set(sheet.part, sheetXml(sheet.values.map((row) => Array.from(row, (v) => v ?? ""))));
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

function stateOf(visibility: string | undefined): State {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
