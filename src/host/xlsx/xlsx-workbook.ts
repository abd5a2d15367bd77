import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile, stat } from "node:fs/promises";
import {
  checkGuards,
  checkSheetGuards,
  type SheetGuardOp,
  DEFAULT_HEAD_WINDOW,
  hostDetail,
  HostError,
  type GuardOp,
  type HeadWindow,
  type ReadRequest,
  type SheetRead,
  type SheetVisibility,
  type WorkbookPort,
  type WorkbookSummary,
  type WriteOp,
} from "../../app/ports";
import { cellAddress, parseArea, parseCell } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import { chartsToSave } from "./chart";
import { addChartParts } from "./chart-parts";
import { sheetRowCounts } from "./dimensions";
import { readFills, readSheet, type ParsedSheet } from "./read-sheet";
import { applyWriteOp } from "./write-ops";
import { toCellValue } from "./cell-values";
import { WorkbookReader } from "./workbook-reader";
import type { SheetXml } from "./sheet-reader";
import { shapeOf, type SheetShape } from "./rectangle";
import { refuseCompoundFile } from "./package-limits";
import { packageRefusal } from "./read-errors";
import { PartError } from "./xml";
import { loadForWriting } from "./exceljs-load";
import { copyMode, writeAtomically } from "./safe-output";
import { PackagePatch, type ExistingTable } from "./patch/package-patch";

/**
 * A workbook file for the CLI and the tests. It answers like the Office adapter does, so use-cases
 * cannot tell them apart; nothing is written to disk until saveAs.
 *
 * Every value, fill and formula of the file is read by one reader (WorkbookReader, straight from the
 * XML), with or without --out. Writes go into a copy of the package patched in place (patch/) as
 * long as it can take them all (highlighting, applying edits); otherwise, and for a read after a
 * write, every write so far is replayed into exceljs's model, which then answers for the sheets
 * Regie wrote.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Sheets read from exceljs's model (written ones, and every sheet of an in-memory workbook). */
  private readonly cache = new Map<string, ParsedSheet>();
  /** Sheets read from the file. */
  private readonly fileCache = new Map<string, SheetXml>();
  /** Sheets whose content Regie changed since the file was read. */
  private readonly written = new Set<string>();
  /** Every write so far, in order: replayed into exceljs when the in-place copy cannot take one. */
  private readonly log: WriteOp[] = [];
  /** The copy patched in place, while every write so far allowed it. */
  private patch: PackagePatch | null = null;
  /** The file's tables (names are unique across a workbook), read at the first write. */
  private tables: ExistingTable[] | undefined;

  private constructor(
    private excel: ExcelJS.Workbook | null,
    private readonly filePath: string | null,
    private readonly file: { reader: WorkbookReader; bytes: Buffer } | null,
    private readonly inPlace = true
  ) {}

  /**
   * Opens a workbook file and reads its outline (sheets, date system, shared strings); sheets are
   * read when asked for. With `maxRows`, a sheet whose used range runs past that row is refused
   * before anything is read.
   */
  static async open(
    path: string,
    options: {
      maxRows?: number;
      /** false: write every copy through exceljs (to compare; the default patches in place). */
      inPlace?: boolean;
    } = {}
  ): Promise<XlsxWorkbook> {
    let bytes: Buffer;
    let zip: JSZip;
    try {
      bytes = await readFile(path);
      refuseCompoundFile(bytes);
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw (
        packageRefusal(path, error) ??
        new HostError("unreadable", hostDetail("path-unreadable", { path }))
      );
    }
    let reader: WorkbookReader;
    let rowCounts: Map<string, number>;
    try {
      reader = await WorkbookReader.open(zip);
      rowCounts = await sheetRowCounts(zip, reader.sheets);
    } catch (error) {
      throw unreadable(path, error);
    }
    const max = options.maxRows ?? Infinity;
    const tooLong = [...rowCounts].find(([, n]) => n > max);
    if (tooLong)
      throw new HostError(
        "too-large",
        hostDetail("sheet-too-long", { sheet: tooLong[0], rows: tooLong[1], max })
      );
    return new XlsxWorkbook(null, path, { reader, bytes }, options.inPlace ?? true);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook, null, null);
  }

  /** The exceljs model, for tests that prepare a workbook in memory. */
  get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error("De werkmap is (nog) niet als exceljs-model geladen.");
    return this.excel;
  }

  /**
   * Formula cells of the sheets read so far whose result the file does not hold (a producer that
   * cannot calculate, such as openpyxl, wrote them): they read as empty. A1 addresses per sheet.
   */
  uncalculated(): { sheet: string; cells: string[] }[] {
    return [...this.fileCache]
      .filter(([, sheet]) => sheet.uncalculated.length > 0)
      .map(([sheet, parsed]) => ({
        sheet,
        cells: parsed.uncalculated.map((a) => cellAddress(a.top, a.left)),
      }));
  }

  async summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    if (this.patch) await this.toExceljs();
    const excel = this.excel;
    if (this.file && !excel) {
      const { reader } = this.file;
      const sheets = [];
      for (const s of reader.sheets)
        sheets.push(
          sheetSummary(s.name, visibility(s.state), await this.fileSheet(s.name), window)
        );
      const active = reader.sheets[reader.activeTab] ?? reader.sheets[0];
      return { sheets, activeSheet: active ? active.name : null };
    }
    const model = excel as ExcelJS.Workbook;
    const sheets = [];
    for (const ws of model.worksheets) {
      const fromFile = await this.fromFile(ws.name);
      // The file's own shape where it has one: its full grid is built only when read.
      const shape = fromFile ?? shapeOf(this.parsedSheet(ws).grid.values);
      sheets.push(
        sheetSummary(
          ws.name,
          visibility(ws.state),
          {
            protected: fromFile
              ? fromFile.protected
              : Boolean(
                  (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection
                    ?.sheet
                ),
            rowCount: shape.rowCount,
            columnCount: shape.columnCount,
            head: shape.head,
          },
          window
        )
      );
    }
    const activeIndex = model.views?.[0]?.activeTab ?? 0;
    const active = model.worksheets[activeIndex] ?? model.worksheets[0];
    return { sheets, activeSheet: active ? active.name : null };
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    // What Regie wrote is read back from exceljs's model; the in-place copy has none to read.
    if (this.patch) await this.toExceljs();
    const out: (SheetRead | null)[] = [];
    for (const request of requests) {
      const fromFile = await this.fromFile(request.sheet);
      if (fromFile) {
        const read: SheetRead = {
          grid: metMinstens(this.grid(request.sheet, fromFile), request),
          hiddenRows: fromFile.hiddenRows,
        };
        if (request.fills) read.fills = await this.reader().fillsOf(fromFile, read.grid.values);
        if (request.formulas) read.formulas = fromFile.formulas;
        if (fromFile.uncalculated.length > 0) read.uncalculated = fromFile.uncalculated;
        out.push(read);
        continue;
      }
      const ws = this.excel?.getWorksheet(request.sheet);
      if (!ws) {
        if (request.optional) {
          out.push(null);
          continue;
        }
        throw new HostError("missing-sheet", hostDetail("sheet-gone", { sheet: request.sheet }));
      }
      const sheet = this.parsedSheet(ws);
      const read: SheetRead = {
        grid: metMinstens(sheet.grid, request),
        hiddenRows: sheet.hiddenRows,
      };
      if (request.fills) read.fills = readFills(ws, read.grid);
      if (request.formulas) read.formulas = sheet.formulas;
      out.push(read);
    }
    return out;
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    // Sheet guards first, as the Office adapter reads them before anything is written. Counted by
    // summary(), as the preview counted them (after an in-place write that means exceljs from here).
    const sheetGuards = ops.filter((op): op is SheetGuardOp => op.kind === "expectSheet");
    if (sheetGuards.length > 0) {
      const summary = await this.summary({ rows: 0, columns: 0 });
      checkSheetGuards(
        sheetGuards,
        sheetGuards.map((g) => summary.sheets.find((s) => s.name === g.sheet)?.rowCount ?? null)
      );
    }
    const patch = this.excel ? null : await this.patchFor(ops);
    if (patch) return this.writeInPlace(patch, ops);
    const excel = await this.loadExcel();
    for (const op of ops) {
      const ws = excel.getWorksheet(op.sheet);
      if (
        ws &&
        op.kind !== "addSheet" &&
        (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
      )
        throw new HostError("protected", hostDetail("file-sheet-protected", { sheet: op.sheet }), {
          nothingWritten: true,
        });
    }
    const guards = ops.filter((op): op is GuardOp => op.kind === "expect");
    const current: CellValue[] = [];
    for (const g of guards) current.push(await this.cellValue(excel, g.sheet, g.cell));
    checkGuards(guards, current);
    for (const op of ops) {
      applyWriteOp(excel, op);
      this.log.push(op);
      this.markWritten(op);
    }
  }

  /**
   * The in-place copy with `ops` applied after every earlier write, when it can take them all;
   * null otherwise (and for in-memory workbooks, or with inPlace off).
   */
  private async patchFor(ops: readonly WriteOp[]): Promise<PackagePatch | null> {
    if (!this.file || !this.inPlace) return null;
    const zip = await JSZip.loadAsync(this.file.bytes);
    const outline = this.file.reader.outline;
    this.tables ??= await PackagePatch.tablesOf(zip, outline);
    const trial = new PackagePatch(zip, outline, this.tables);
    for (const op of [...this.log, ...ops]) {
      if (!trial.accepts(op)) return null;
      trial.apply(op);
    }
    return trial;
  }

  /** The same checks as through exceljs, before anything is taken: protection, addresses, guards. */
  private async writeInPlace(patch: PackagePatch, ops: readonly WriteOp[]): Promise<void> {
    for (const op of ops) {
      if (op.kind === "addSheet") continue;
      if ((await this.fromFile(op.sheet))?.protected)
        throw new HostError("protected", hostDetail("file-sheet-protected", { sheet: op.sheet }), {
          nothingWritten: true,
        });
      for (const address of op.kind === "fill" ? op.addresses : [])
        if (!parseArea(address))
          throw new HostError("sync-failed", hostDetail("cell-address-invalid", { address }));
    }
    const guards = ops.filter((op): op is GuardOp => op.kind === "expect");
    const current: CellValue[] = [];
    for (const g of guards) current.push(await this.cellValueInPatch(g.sheet, g.cell));
    checkGuards(guards, current);
    this.patch = patch;
    for (const op of ops) {
      this.log.push(op);
      this.markWritten(op);
    }
  }

  private markWritten(op: WriteOp): void {
    if (op.kind === "expect" || op.kind === "expectSheet" || op.kind === "activate") return;
    this.cache.delete(op.sheet);
    this.written.add(op.sheet);
  }

  /** From the in-place copy to exceljs: the file loaded, every write so far applied to it. */
  private async toExceljs(): Promise<ExcelJS.Workbook> {
    const excel = await loadForWriting(this.file?.bytes ?? Buffer.alloc(0), this.filePath ?? "");
    for (const op of this.log) applyWriteOp(excel, op);
    this.excel = excel;
    this.patch = null;
    return excel;
  }

  /** A file has one writer, the command that opened it: no lock, so nothing left unfinished. */
  async onderbroken(): Promise<null> {
    return null;
  }

  async select(): Promise<void> {
    // A file has no selection to move; the CLI reports addresses instead.
  }

  /**
   * The copy: patched in place when every write allowed it (every part Regie did not change is
   * the input's, byte for byte; no write at all copies the file), else through exceljs, which writes
   * everything but the charts; those are added to its output (chart-parts.ts). Written atomically
   * (safe-output.ts): `path` holds the whole copy or what it held before, never a partial file.
   * With `replace: false` a file at `path` is left alone (EEXIST).
   */
  /** What kind of package the file is (for a copy's name and parts); null for a new workbook. */
  packageKind(): { macro: boolean; strict: boolean } | null {
    if (!this.file) return null;
    const { macro, strict } = this.file.reader.outline;
    return { macro, strict };
  }

  async saveAs(path: string, { replace = true }: { replace?: boolean } = {}): Promise<void> {
    const mode = copyMode(this.filePath ? await stat(this.filePath) : null);
    await writeAtomically(path, await this.copyBytes(), { replace, mode });
  }

  /** The copy's bytes, as saveAs says. */
  private async copyBytes(): Promise<Uint8Array> {
    if (!this.excel && this.file && this.inPlace && (this.patch || this.log.length === 0))
      return this.patch ? await this.patch.bytes() : this.file.bytes;
    const excel = await this.loadExcel();
    const charts = chartsToSave(excel);
    const xlsx = await excel.xlsx.writeBuffer();
    // exceljs gives a Node Buffer (a Uint8Array) where its types say ArrayBuffer: no copy then.
    if (charts.length === 0) return xlsx instanceof Uint8Array ? xlsx : new Uint8Array(xlsx);
    return addChartParts(xlsx, charts);
  }

  /** A guarded cell's value as the preview saw it: from the file while Regie has not written the sheet. */
  private async cellValue(
    excel: ExcelJS.Workbook,
    sheet: string,
    cell: string
  ): Promise<CellValue> {
    if (await this.fromFile(sheet)) return this.cellValueFromFile(sheet, cell);
    const ws = excel.getWorksheet(sheet);
    return ws ? toCellValue(ws.getCell(cell).value) : "";
  }

  /**
   * What a cell holds in the in-place copy: the last value Regie wrote there in this session, else
   * the file's. A sheet written before (marking fills it) still has the file's values for its guards.
   */
  private async cellValueInPatch(sheet: string, cell: string): Promise<CellValue> {
    const at = parseCell(cell);
    if (!at) return "";
    for (let i = this.log.length - 1; i >= 0; i--) {
      const op = this.log[i];
      if (op.kind === "deleteSheet" && op.sheet === sheet) return "";
      if (op.kind === "clearSheet" && op.sheet === sheet) return "";
      if (op.kind !== "values" || op.sheet !== sheet) continue;
      const from = parseCell(op.address.split(":")[0]);
      const v = from ? op.values[at.row - from.row]?.[at.col - from.col] : undefined;
      if (v !== undefined) return v;
    }
    if (!this.file?.reader.hasSheet(sheet)) return "";
    return (await this.fileSheet(sheet)).values[at.row]?.[at.col] ?? "";
  }

  private async cellValueFromFile(sheet: string, cell: string): Promise<CellValue> {
    const fromFile = await this.fromFile(sheet);
    const at = parseCell(cell);
    return fromFile && at ? (fromFile.values[at.row]?.[at.col] ?? "") : "";
  }

  /** The sheet as the file holds it, when the file has it and Regie has not changed or removed it. */
  private async fromFile(name: string): Promise<SheetXml | undefined> {
    if (!this.file || this.written.has(name)) return undefined;
    if (!this.file.reader.hasSheet(name)) return undefined;
    return this.fileSheet(name);
  }

  /**
   * The sheet as the file holds it, read once: with the cells' formats always, since marking asks
   * for the fills after the values were read, and parsing a 50,000-row part twice costs more time
   * and memory than keeping one format index per cell.
   */
  private async fileSheet(name: string): Promise<SheetXml> {
    let sheet = this.fileCache.get(name);
    if (!sheet) {
      try {
        sheet = (await this.reader().sheet(name, true)) as SheetXml;
      } catch (error) {
        throw unreadable(this.filePath ?? "", error, name);
      }
      this.fileCache.set(name, sheet);
    }
    return sheet;
  }

  private grid(sheet: string, xml: SheetXml) {
    return {
      sheet,
      values: xml.values,
      merges: xml.merges,
      ...(this.reader().date1904 && { date1904: true }),
    };
  }

  private reader(): WorkbookReader {
    if (!this.file) throw new Error("Geen bestand geopend.");
    return this.file.reader;
  }

  private async loadExcel(): Promise<ExcelJS.Workbook> {
    return this.excel ?? this.toExceljs();
  }

  private parsedSheet(ws: ExcelJS.Worksheet): ParsedSheet {
    let sheet = this.cache.get(ws.name);
    if (!sheet) {
      sheet = readSheet(ws);
      this.cache.set(ws.name, sheet);
    }
    return sheet;
  }
}

function sheetSummary(
  name: string,
  vis: SheetVisibility,
  sheet: SheetShape & { protected: boolean },
  window: HeadWindow
) {
  return {
    name,
    visibility: vis,
    protected: sheet.protected,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    head: sheet.head(window.rows, window.columns),
  };
}

/** What could not be read, naming the part (and the sheet), and that nothing was written. */
function unreadable(path: string, error: unknown, sheet?: string): HostError {
  const refusal = packageRefusal(path, error);
  if (refusal) return refusal;
  if (!(error instanceof PartError)) throw error;
  return new HostError(
    "unreadable",
    hostDetail("path-unreadable", {
      path,
      part: { part: error.part, reason: error.reason, sheet, reference: error.reference },
    }),
    { nothingWritten: true }
  );
}

function visibility(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "Hidden";
  if (state === "veryHidden") return "VeryHidden";
  return "Visible";
}

/**
 * The grid padded with empty cells to the read's fillsAtLeast, as Excel's bounding rectangle
 * gives them (sheet-probe.ts); a copy, since the parsed sheet is cached.
 */
function metMinstens(grid: Grid, request: ReadRequest): Grid {
  const min = request.fills ? request.fillsAtLeast : undefined;
  if (!min) return grid;
  const breedte = Math.max(min.columns, grid.values[0]?.length ?? 0);
  if (min.rows <= grid.values.length && breedte === (grid.values[0]?.length ?? 0)) return grid;
  const values: CellValue[][] = [];
  for (let r = 0; r < Math.max(min.rows, grid.values.length); r++) {
    const row = grid.values[r] ?? [];
    values.push(
      row.length === breedte ? row : [...row, ...new Array<"">(breedte - row.length).fill("")]
    );
  }
  return { ...grid, values };
}
