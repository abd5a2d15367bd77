import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import {
  DEFAULT_HEAD_WINDOW,
  HostError,
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
import { bladRijen } from "./dimensies";
import { readFills, readSheet, type GelezenBlad } from "./read-sheet";
import { applyWriteOp } from "./write-ops";

/**
 * A workbook file through exceljs, for the CLI and the tests. It answers like the Office adapter
 * does, so use-cases cannot tell them apart; nothing is written to disk until saveAs.
 */
export class XlsxWorkbook implements WorkbookPort {
  private readonly cache = new Map<string, GelezenBlad>();

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /**
   * Opens a workbook file. With `maxRijen`, a sheet whose used range runs past that row is refused
   * before the file is loaded (see dimensies.ts).
   */
  static async open(path: string, opties: { maxRijen?: number } = {}): Promise<XlsxWorkbook> {
    let rijen: Map<string, number>;
    try {
      rijen = await bladRijen(path);
    } catch {
      throw new HostError(
        "unreadable",
        `Het bestand ${path} is geen leesbare Excel-werkmap (.xlsx).`
      );
    }
    const max = opties.maxRijen ?? Infinity;
    const groot = [...rijen].find(([, n]) => n > max);
    if (groot)
      throw new HostError(
        "too-large",
        `Blad "${groot[0]}" loopt tot rij ${groot[1].toLocaleString("nl-NL")}; Regie leest bladen tot ${max.toLocaleString("nl-NL")} rijen. Er is niets gelezen of gewijzigd.`
      );
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(path);
    } catch {
      throw new HostError(
        "unreadable",
        `Het bestand ${path} is geen leesbare Excel-werkmap (.xlsx).`
      );
    }
    return new XlsxWorkbook(workbook);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook);
  }

  async summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    const sheets = this.workbook.worksheets.map((ws) => {
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
    const activeIndex = this.workbook.views?.[0]?.activeTab ?? 0;
    const active = this.workbook.worksheets[activeIndex] ?? this.workbook.worksheets[0];
    return { sheets, activeSheet: active ? active.name : null };
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    return requests.map((request) => {
      const ws = this.workbook.getWorksheet(request.sheet);
      if (!ws) {
        if (request.optional) return null;
        throw new HostError("missing-sheet", `Het blad "${request.sheet}" bestaat niet (meer).`);
      }
      const blad = this.blad(ws);
      const read: SheetRead = { grid: blad.grid, hiddenRows: blad.hiddenRows };
      if (request.fills) read.fills = readFills(ws, blad.grid);
      return read;
    });
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    for (const op of ops) {
      const ws = this.workbook.getWorksheet(op.sheet);
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
    for (const op of ops) {
      applyWriteOp(this.workbook, op);
      this.cache.delete(op.sheet);
    }
  }

  async select(): Promise<void> {
    // A file has no selection to move; the CLI reports addresses instead.
  }

  /** exceljs writes everything but the charts; those are added to its output (chart-parts.ts). */
  async saveAs(path: string): Promise<void> {
    const charts = chartsToSave(this.workbook);
    if (charts.length === 0) return this.workbook.xlsx.writeFile(path);
    const xlsx = await this.workbook.xlsx.writeBuffer();
    await writeFile(path, await addChartParts(xlsx, charts));
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
