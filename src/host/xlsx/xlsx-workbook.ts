import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import {
  controleerVerwachtingen,
  DEFAULT_HEAD_WINDOW,
  HostError,
  type VerwachtOp,
  type HeadWindow,
  type ReadRequest,
  type SheetRead,
  type SheetVisibility,
  type WorkbookPort,
  type WorkbookSummary,
  type WriteOp,
} from "../../app/ports";
import { chartsToSave } from "./chart";
import { addChartParts } from "./chart-parts";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { bladRijen } from "./dimensies";
import { SnelleWerkmap, type SnelBlad } from "./snel-lezen";
import { readFills, readSheet, type GelezenBlad } from "./read-sheet";
import { applyWriteOp } from "./write-ops";
import { toCellValue } from "./cell-values";

/**
 * A workbook file through exceljs, for the CLI and the tests. It answers like the Office adapter
 * does, so use-cases cannot tell them apart; nothing is written to disk until saveAs.
 */
export class XlsxWorkbook implements WorkbookPort {
  private readonly cache = new Map<string, GelezenBlad>();
  private readonly snelCache = new Map<string, SnelBlad>();

  private constructor(
    private excel: ExcelJS.Workbook | null,
    private readonly pad: string | null,
    private readonly snel: SnelleWerkmap | null
  ) {}

  /**
   * Opens a workbook file. Values are read straight from the file's XML (fast, little memory); the
   * exceljs model is loaded only when fills are asked for, something is written, or a copy saved.
   * With `maxRijen`, a sheet whose used range runs past that row is refused before anything is read.
   */
  static async open(path: string, opties: { maxRijen?: number } = {}): Promise<XlsxWorkbook> {
    const onleesbaar = () =>
      new HostError("unreadable", `Het bestand ${path} is geen leesbare Excel-werkmap (.xlsx).`);
    let zip: JSZip;
    let rijen: Map<string, number>;
    let snel: SnelleWerkmap;
    try {
      zip = await JSZip.loadAsync(await readFile(path));
      rijen = await bladRijen(zip);
      snel = await SnelleWerkmap.open(zip);
    } catch {
      throw onleesbaar();
    }
    const max = opties.maxRijen ?? Infinity;
    const groot = [...rijen].find(([, n]) => n > max);
    if (groot)
      throw new HostError(
        "too-large",
        `Blad "${groot[0]}" loopt tot rij ${groot[1].toLocaleString("nl-NL")}; Regie leest bladen tot ${max.toLocaleString("nl-NL")} rijen. Er is niets gelezen of gewijzigd.`
      );
    return new XlsxWorkbook(null, path, snel);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook, null, null);
  }

  /** The exceljs model, for tests that prepare a workbook in memory. */
  get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error("De werkmap is (nog) niet als exceljs-model geladen.");
    return this.excel;
  }

  async summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    if (!this.excel && this.snel) return this.snelleSummary(this.snel, window);
    const excel = await this.laadExcel();
    const sheets = excel.worksheets.map((ws) => {
      const { grid } = this.blad(ws);
      const width = grid.values[0]?.length ?? 0;
      return {
        name: ws.name,
        visibility: visibility(ws.state),
        protected: Boolean(
          (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
        ),
        rowCount: grid.values.length,
        columnCount: width,
        head: grid.values.slice(0, window.rows).map((row) => row.slice(0, window.columns)),
      };
    });
    const activeIndex = excel.views?.[0]?.activeTab ?? 0;
    const active = excel.worksheets[activeIndex] ?? excel.worksheets[0];
    return { sheets, activeSheet: active ? active.name : null };
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    if (!this.excel && this.snel && !requests.some((r) => r.fills))
      return this.snelLezen(this.snel, requests);
    const excel = await this.laadExcel();
    return requests.map((request) => {
      const ws = excel.getWorksheet(request.sheet);
      if (!ws) {
        if (request.optional) return null;
        throw new HostError("missing-sheet", `Het blad "${request.sheet}" bestaat niet (meer).`);
      }
      const blad = this.blad(ws);
      const read: SheetRead = { grid: blad.grid, hiddenRows: blad.hiddenRows };
      if (request.fills) read.fills = readFills(ws, blad.grid);
      if (request.formulas) read.formulas = blad.formulas;
      return read;
    });
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    const excel = await this.laadExcel();
    for (const op of ops) {
      const ws = excel.getWorksheet(op.sheet);
      if (
        ws &&
        op.kind !== "addSheet" &&
        (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
      )
        throw new HostError(
          "protected",
          `Het blad "${op.sheet}" is beveiligd; er is niets gewijzigd.`
        );
    }
    const guards = ops.filter((op): op is VerwachtOp => op.kind === "expect");
    controleerVerwachtingen(
      guards,
      guards.map((g) => {
        const ws = excel.getWorksheet(g.sheet);
        return ws ? toCellValue(ws.getCell(g.cell).value) : "";
      })
    );
    for (const op of ops) {
      applyWriteOp(excel, op);
      this.cache.delete(op.sheet);
    }
  }

  async select(): Promise<void> {
    // A file has no selection to move; the CLI reports addresses instead.
  }

  /** exceljs writes everything but the charts; those are added to its output (chart-parts.ts). */
  async saveAs(path: string): Promise<void> {
    const excel = await this.laadExcel();
    const charts = chartsToSave(excel);
    if (charts.length === 0) return excel.xlsx.writeFile(path);
    const xlsx = await excel.xlsx.writeBuffer();
    await writeFile(path, await addChartParts(xlsx, charts));
  }

  private async laadExcel(): Promise<ExcelJS.Workbook> {
    if (this.excel) return this.excel;
    const excel = new ExcelJS.Workbook();
    try {
      await excel.xlsx.readFile(this.pad as string);
    } catch {
      throw new HostError(
        "unreadable",
        `Het bestand ${this.pad} is geen leesbare Excel-werkmap (.xlsx).`
      );
    }
    this.excel = excel;
    return excel;
  }

  private async snelBlad(snel: SnelleWerkmap, name: string): Promise<SnelBlad> {
    let blad = this.snelCache.get(name);
    if (!blad) {
      blad = await snel.lees(name);
      this.snelCache.set(name, blad);
    }
    return blad;
  }

  private async snelleSummary(snel: SnelleWerkmap, window: HeadWindow): Promise<WorkbookSummary> {
    const sheets = [];
    for (const b of snel.bladen) {
      const blad = await this.snelBlad(snel, b.name);
      sheets.push({
        name: b.name,
        visibility: visibility(b.state),
        protected: blad.protected,
        rowCount: blad.values.length,
        columnCount: blad.values[0]?.length ?? 0,
        head: blad.values.slice(0, window.rows).map((row) => row.slice(0, window.columns)),
      });
    }
    const active = snel.bladen[snel.actief] ?? snel.bladen[0];
    return { sheets, activeSheet: active ? active.name : null };
  }

  private async snelLezen(
    snel: SnelleWerkmap,
    requests: readonly ReadRequest[]
  ): Promise<(SheetRead | null)[]> {
    const uit: (SheetRead | null)[] = [];
    for (const request of requests) {
      if (!snel.bladen.some((b) => b.name === request.sheet)) {
        if (request.optional) {
          uit.push(null);
          continue;
        }
        throw new HostError("missing-sheet", `Het blad "${request.sheet}" bestaat niet (meer).`);
      }
      const blad = await this.snelBlad(snel, request.sheet);
      const read: SheetRead = {
        grid: { sheet: request.sheet, values: blad.values, merges: blad.merges },
        hiddenRows: blad.hiddenRows,
      };
      if (request.formulas) read.formulas = blad.formulas;
      uit.push(read);
    }
    return uit;
  }

  private blad(ws: ExcelJS.Worksheet): GelezenBlad {
    let blad = this.cache.get(ws.name);
    if (!blad) {
      blad = readSheet(ws);
      this.cache.set(ws.name, blad);
    }
    return blad;
  }
}

function visibility(state: string | undefined): SheetVisibility {
  if (state === "hidden") return "Hidden";
  if (state === "veryHidden") return "VeryHidden";
  return "Visible";
}
