import JSZip from "jszip";
import {
  DEFAULT_HEAD_WINDOW,
  hostDetail,
  HostError,
  type HeadWindow,
  type ReadRequest,
  type SheetRead,
  type SheetVisibility,
  type WorkbookPort,
  type WorkbookSummary,
} from "../../app/ports";
import { refuseCompoundFile } from "./package-limits";
import { packageRefusal } from "./read-errors";
import type { SheetXml } from "./sheet-reader";
import { WorkbookReader } from "./workbook-reader";
import { PartError } from "./xml";

/**
 * A workbook file opened from its bytes, read-only: what the task pane compares the open list with
 * when the user picks a file. The same reader as the command line (WorkbookReader, straight from
 * the XML), without Node; the pane loads this module only when a file is picked.
 */
export async function openFile(bytes: Uint8Array, name: string): Promise<WorkbookPort> {
  let reader: WorkbookReader;
  try {
    refuseCompoundFile(bytes);
    reader = await WorkbookReader.open(await JSZip.loadAsync(bytes));
  } catch (error) {
    throw unreadable(name, error);
  }
  return new FileWorkbook(reader, name);
}

class FileWorkbook implements WorkbookPort {
  private readonly sheets = new Map<string, SheetXml>();

  constructor(
    private readonly reader: WorkbookReader,
    private readonly name: string
  ) {}

  async summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    const sheets = [];
    for (const s of this.reader.sheets) {
      const sheet = await this.sheetXml(s.name);
      sheets.push({
        name: s.name,
        visibility: visibilityOf(s.state),
        protected: sheet.protected,
        rowCount: sheet.rowCount,
        columnCount: sheet.columnCount,
        head: sheet.head(window.rows, window.columns),
      });
    }
    const active = this.reader.sheets[this.reader.activeTab] ?? this.reader.sheets[0];
    return { sheets, activeSheet: active ? active.name : null };
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    const reads: (SheetRead | null)[] = [];
    for (const request of requests) {
      if (!this.reader.hasSheet(request.sheet)) {
        if (request.optional) reads.push(null);
        else
          throw new HostError(
            "missing-sheet",
            hostDetail("sheet-not-in-file", { sheet: request.sheet, file: this.name })
          );
        continue;
      }
      const sheet = await this.sheetXml(request.sheet);
      reads.push({
        grid: {
          sheet: request.sheet,
          values: sheet.values,
          merges: sheet.merges,
          ...(this.reader.date1904 && { date1904: true }),
        },
        hiddenRows: sheet.hiddenRows,
        ...(request.formulas && { formulas: sheet.formulas }),
      });
    }
    return reads;
  }

  async write(): Promise<void> {
    throw new HostError("unreadable", hostDetail("file-read-only", { file: this.name }), {
      nothingWritten: true,
    });
  }

  /** A file has one writer, the command that opened it: no lock, so nothing left unfinished. */
  async onderbroken(): Promise<null> {
    return null;
  }

  async select(): Promise<void> {
    // A file picked for comparing has no selection to move.
  }

  private async sheetXml(name: string): Promise<SheetXml> {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      try {
        sheet = (await this.reader.sheet(name)) as SheetXml;
      } catch (error) {
        throw unreadable(this.name, error, name);
      }
      this.sheets.set(name, sheet);
    }
    return sheet;
  }
}

function visibilityOf(state: string): SheetVisibility {
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

/** What could not be read, naming the file (and the part or sheet). */
function unreadable(name: string, error: unknown, sheet?: string): HostError {
  const refusal = packageRefusal(name, error);
  if (refusal) return refusal;
  const part =
    error instanceof PartError
      ? { part: error.part, reason: error.reason, sheet, reference: error.reference }
      : undefined;
  return new HostError("unreadable", hostDetail("file-unreadable", { file: name, part }), {
    nothingWritten: true,
  });
}
