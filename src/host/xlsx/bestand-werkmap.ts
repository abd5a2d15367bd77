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
import type { SheetXml } from "./sheet-reader";
import { WorkbookReader } from "./workbook-reader";
import { PartError } from "./xml";

/**
 * A workbook file opened from its bytes, read-only: what the task pane compares the open list with
 * when the user picks a file. The same reader as the command line (WorkbookReader, straight from
 * the XML), without Node; the pane loads this module only when a file is picked.
 */
export async function openBestand(bytes: Uint8Array, naam: string): Promise<WorkbookPort> {
  let reader: WorkbookReader;
  try {
    reader = await WorkbookReader.open(await JSZip.loadAsync(bytes));
  } catch (error) {
    throw onleesbaar(naam, error);
  }
  return new BestandWerkmap(reader, naam);
}

class BestandWerkmap implements WorkbookPort {
  private readonly bladen = new Map<string, SheetXml>();

  constructor(
    private readonly reader: WorkbookReader,
    private readonly naam: string
  ) {}

  async summary(window: HeadWindow = DEFAULT_HEAD_WINDOW): Promise<WorkbookSummary> {
    const sheets = [];
    for (const s of this.reader.sheets) {
      const blad = await this.blad(s.name);
      sheets.push({
        name: s.name,
        visibility: zichtbaarheid(s.state),
        protected: blad.protected,
        rowCount: blad.values.length,
        columnCount: blad.values[0]?.length ?? 0,
        head: blad.values.slice(0, window.rows).map((row) => row.slice(0, window.columns)),
      });
    }
    const actief = this.reader.sheets[this.reader.activeTab] ?? this.reader.sheets[0];
    return { sheets, activeSheet: actief ? actief.name : null };
  }

  async read(requests: readonly ReadRequest[]): Promise<(SheetRead | null)[]> {
    const uit: (SheetRead | null)[] = [];
    for (const request of requests) {
      if (!this.reader.sheets.some((s) => s.name === request.sheet)) {
        if (request.optional) uit.push(null);
        else
          throw new HostError(
            "missing-sheet",
            hostDetail("sheet-not-in-file", { sheet: request.sheet, file: this.naam })
          );
        continue;
      }
      const blad = await this.blad(request.sheet);
      uit.push({
        grid: {
          sheet: request.sheet,
          values: blad.values,
          merges: blad.merges,
          ...(this.reader.date1904 && { date1904: true }),
        },
        hiddenRows: blad.hiddenRows,
        ...(request.formulas && { formulas: blad.formulas }),
      });
    }
    return uit;
  }

  async write(): Promise<void> {
    throw new HostError("unreadable", hostDetail("file-read-only", { file: this.naam }), {
      nothingWritten: true,
    });
  }

  async select(): Promise<void> {
    // A file picked for comparing has no selection to move.
  }

  private async blad(naam: string): Promise<SheetXml> {
    let blad = this.bladen.get(naam);
    if (!blad) {
      try {
        blad = (await this.reader.sheet(naam)) as SheetXml;
      } catch (error) {
        throw onleesbaar(this.naam, error, naam);
      }
      this.bladen.set(naam, blad);
    }
    return blad;
  }
}

function zichtbaarheid(state: string): SheetVisibility {
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

/** What could not be read, naming the file (and the part or sheet). */
function onleesbaar(naam: string, error: unknown, sheet?: string): HostError {
  const part =
    error instanceof PartError ? { part: error.part, reason: error.reason, sheet } : undefined;
  return new HostError("unreadable", hostDetail("file-unreadable", { file: naam, part }), {
    nothingWritten: true,
  });
}
