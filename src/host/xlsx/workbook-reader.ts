import type JSZip from "jszip";
import { NO_FILL, type Fill } from "../../core/highlight/fill";
import type { CellValue } from "../../core/grid";
import {
  partFile,
  partText,
  readWorkbookParts,
  type SheetEntry,
  type WorkbookParts,
} from "./package-parts";
import { readSharedStrings } from "./shared-strings";
import { readSheetXml, type SheetXml } from "./sheet-reader";
import { shapeOf } from "./rectangle";
import { readCellFills } from "./styles";

/**
 * The one reader of workbook files: values, fills and the date system straight from the package's
 * XML, whoever wrote it (Excel, LibreOffice, openpyxl, the OpenXML SDK). exceljs builds a full object
 * model (826 MB and 11 s for 28,000 addresses x 8 quarters); this reads one sheet at a time with a
 * streaming parser and keeps only the values. Errors are PartErrors naming the part.
 */
export class WorkbookReader {
  private fills: Fill[] | null = null;
  /**
   * Parsed sheet parts by part name (and whether styles were kept): a part that many sheets point
   * at is read once (50,000 sheets sharing one part took 52-81 s, issue 24 case 4). The number of
   * sheets is not capped: Microsoft's "Excel specifications and limits" gives "Sheets in a
   * workbook: limited by available memory", and each sheet costs one entry here.
   */
  private readonly parsed = new Map<string, Promise<SheetXml>>();
  /** Sheets by name (the first of a name, as a search in order finds): a look-up per sheet read. */
  private readonly byName = new Map<string, SheetEntry>();

  private constructor(
    private readonly zip: JSZip,
    private readonly parts: WorkbookParts,
    private readonly sharedStrings: readonly string[]
  ) {
    for (const s of parts.sheets) if (!this.byName.has(s.name)) this.byName.set(s.name, s);
  }

  static async open(zip: JSZip): Promise<WorkbookReader> {
    const parts = await readWorkbookParts(zip);
    const strings =
      parts.sharedStrings && partFile(zip, parts.sharedStrings) ? parts.sharedStrings : null;
    return new WorkbookReader(
      zip,
      parts,
      strings ? readSharedStrings(await partText(zip, strings), strings) : []
    );
  }

  /** The workbook's outline as the package states it. */
  get outline(): WorkbookParts {
    return this.parts;
  }

  get sheets(): readonly SheetEntry[] {
    return this.parts.sheets;
  }

  hasSheet(name: string): boolean {
    return this.byName.has(name);
  }

  get activeTab(): number {
    return this.parts.activeTab;
  }

  get date1904(): boolean {
    return this.parts.date1904;
  }

  /**
   * The sheet's part read; undefined when the workbook has no sheet of that name. `styles` keeps
   * each cell's format, for fillsOf.
   */
  async sheet(name: string, styles = false): Promise<SheetXml | undefined> {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    // A sheet whose part is missing (a chart sheet pointing nowhere) reads as an empty sheet.
    if (!entry.part || !partFile(this.zip, entry.part)) return emptySheet();
    const key = `${styles ? "s" : "v"}:${entry.part}`;
    let sheet = this.parsed.get(key);
    if (!sheet) {
      sheet = this.readSheet(entry.part, styles);
      this.parsed.set(key, sheet);
      // A failed read is not kept: the next call names the part again.
      sheet.catch(() => this.parsed.delete(key));
    }
    return sheet;
  }

  private async readSheet(part: string, styles: boolean): Promise<SheetXml> {
    return readSheetXml(await partText(this.zip, part), part, {
      sharedStrings: this.sharedStrings,
      date1904: this.parts.date1904,
      styles,
    });
  }

  /**
   * The fill of every cell of the rectangle (the sheet's values, or those padded further), from the
   * cells' formats (read with `styles`).
   */
  async fillsOf(
    sheet: SheetXml,
    rectangle: readonly (readonly CellValue[])[] = sheet.values
  ): Promise<Fill[][]> {
    if (!sheet.styles) throw new Error("Het blad is gelezen zonder celopmaak.");
    const byFormat = await this.cellFills();
    return rectangle.map((row, r) => {
      const styles = sheet.styles?.[r];
      return row.map((_v, c) => {
        const s = styles?.[c];
        return s === undefined ? NO_FILL : (byFormat[s] ?? NO_FILL);
      });
    });
  }

  private async cellFills(): Promise<Fill[]> {
    if (this.fills) return this.fills;
    const part = this.parts.styles;
    this.fills =
      part && partFile(this.zip, part) ? readCellFills(await partText(this.zip, part), part) : [];
    return this.fills;
  }
}

function emptySheet(): SheetXml {
  return {
    protected: false,
    ...shapeOf([]),
    values: [],
    merges: [],
    hiddenRows: [],
    formulas: [],
    uncalculated: [],
    styles: [],
  };
}
