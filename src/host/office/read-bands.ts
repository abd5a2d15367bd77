import type { ReadRequest, SheetRead } from "../../app/ports";
import type { CellValue } from "../../core/grid";
import { withDateSystem } from "./date-system";
import { isMergeLimit, isResponseTooLarge, mayBeTooLarge, tooLarge } from "./errors";
import type {
  CellFillProperties,
  ClientResultLike,
  ExcelContext,
  RangeAreasLike,
  RangeLike,
} from "./excel-types";
import { CHUNK_BYTES, jsonSize } from "./payload";
import { exists, FILL_PROPERTIES, probeSheet, type SheetProbe } from "./sheet-probe";
import { areasOf, toSheetRead, type LoadedSheet } from "./sheet-result";

/** Bands aim below the 4 MB chunk size, since rows further down may be longer than the ones measured. */
const BAND_TARGET = CHUNK_BYTES * 0.9;

/** Excel's limit on the cells of one get, on every platform (Performance optimization, Excel JS API). */
const MAX_READ_CELLS = 5_000_000;

/**
 * Below this many bytes (at the first guess per cell) a read is not large: a generic error on it is not
 * taken for a size refusal (5 MB would take over 400 bytes per cell; assumption).
 */
const LARGE_READ_BYTES = CHUNK_BYTES / 8;

/** First guess of the JSON bytes per cell before anything was measured (values; plus fills). */
const GUESS_VALUE_BYTES = 40;
const GUESS_FILL_BYTES = 60;

/**
 * The read for sheets too big for one response: one sync for every sheet's size and merged areas,
 * then row bands packed across sheets into syncs of under 4 MB each, so that eight sheets of 2 MB
 * take four round trips rather than eight or more. Each answer's measured size sets the bytes per
 * cell used to plan the next sync; a sync Excel still refuses is planned again at half the budget.
 */
export async function readInBands(
  context: ExcelContext,
  requests: readonly ReadRequest[],
  /** Merged areas per band: a sheet has more than Excel's 512 per getMergedAreas call. */
  mergesPerBand = false,
  /** The generic error (mayBeTooLarge) that sent the read here: thrown again if the sheets are small. */
  unexplained?: unknown
): Promise<(SheetRead | null)[]> {
  const probes = requests.map((request) => probeSheet(context, request, false, !mergesPerBand));
  try {
    await context.sync();
  } catch (error) {
    if (mergesPerBand || !isMergeLimit(error)) throw error;
    return readInBands(context, requests, true, unexplained);
  }
  const sheets = probes.filter(exists).map((probe) => new BandedSheet(probe, mergesPerBand));
  const cells = sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
  const bytes = sheets.reduce((n, s) => n + s.rowCount * s.bytesPerRow(), 0);
  if (unexplained !== undefined && bytes < LARGE_READ_BYTES && cells <= MAX_READ_CELLS)
    throw unexplained;
  let budget = BAND_TARGET;
  for (let plan = planSync(sheets, budget); plan.length > 0; plan = planSync(sheets, budget)) {
    const bands = plan.map((b) => b.sheet.query(b.top, b.rows));
    try {
      // Bands exist only above the payload limit: one sync per 4 MB of data, linear in the data.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const singleRow = plan.length === 1 && plan[0].rows === 1;
      // A generic error counts as "too large" only for a large band (the size is all bands vary in).
      const planned = plan.reduce((n, b) => n + b.rows * b.sheet.bytesPerRow(), 0);
      const size =
        isResponseTooLarge(error) || (mayBeTooLarge(error) && planned >= LARGE_READ_BYTES);
      if (!(size || isMergeLimit(error))) throw error;
      if (singleRow) throw size ? tooLarge(error) : error;
      // Too many merged areas in a band: smaller bands for that sheet from now on (merges cluster).
      if (isMergeLimit(error))
        for (const b of plan) b.sheet.maxRows = Math.max(1, Math.floor(b.rows / 2));
      else budget = budget / 2;
      continue;
    }
    plan.forEach((b, i) => b.sheet.receive(bands[i]));
    budget = BAND_TARGET;
  }
  const reads = probes.map((probe) => {
    const sheet = sheets.find((b) => b.probe === probe);
    return sheet ? toSheetRead(probe, sheet.loaded) : null;
  });
  return withDateSystem(context, probes, reads);
}

interface Band {
  sheet: BandedSheet;
  top: number;
  rows: number;
}

/** Bands from the sheets still unread, in order, until the sync's budget is spent. */
function planSync(sheets: readonly BandedSheet[], budget: number): Band[] {
  const plan: Band[] = [];
  let over = budget;
  for (const sheet of sheets) {
    let top = sheet.nextRow;
    while (top < sheet.rowCount && over > 0) {
      const rows = Math.min(
        sheet.rowCount - top,
        Math.max(1, Math.floor(MAX_READ_CELLS / Math.max(1, sheet.columnCount))),
        sheet.maxRows,
        Math.max(1, Math.floor(over / sheet.bytesPerRow()))
      );
      if (plan.length > 0 && rows * sheet.bytesPerRow() > over) return plan;
      plan.push({ sheet, top, rows });
      over -= rows * sheet.bytesPerRow();
      top += rows;
    }
    if (over <= 0) break;
  }
  return plan;
}

type BandQuery = {
  band: RangeLike;
  merged: RangeAreasLike | null;
  fills: ClientResultLike<CellFillProperties[][]> | null;
  hidden: ClientResultLike<Array<{ rowHidden?: boolean }>>;
  rows: number;
};

/** One sheet being read in bands: what has arrived, and how big its rows turned out to be. */
class BandedSheet {
  readonly loaded: LoadedSheet;
  readonly rowCount: number;
  readonly columnCount: number;
  nextRow = 0;
  /** Rows per band at most; lowered when a band held more merged areas than Excel returns at once. */
  maxRows = Infinity;
  private bytesPerCell: number;

  constructor(
    readonly probe: SheetProbe,
    private readonly mergesPerBand: boolean
  ) {
    this.rowCount = probe.whole.rowCount;
    this.columnCount = probe.whole.columnCount;
    const fills = probe.request.fills === true;
    this.loaded = { values: [], fills: fills ? [] : null, rowHidden: [] };
    if (mergesPerBand) this.loaded.merges = [];
    this.bytesPerCell = GUESS_VALUE_BYTES + (fills ? GUESS_FILL_BYTES : 0);
  }

  bytesPerRow(): number {
    return Math.max(1, this.columnCount * this.bytesPerCell);
  }

  query(top: number, rows: number): BandQuery {
    const band = this.probe.sheet.getRangeByIndexes(top, 0, rows, this.columnCount);
    band.load("values");
    const fills = this.loaded.fills ? band.getCellProperties(FILL_PROPERTIES) : null;
    // Each merged area has its top-left cell in exactly one band: the bands' answers add up.
    const merged = this.mergesPerBand ? band.getMergedAreasOrNullObject() : null;
    merged?.areas.load("address");
    return { band, merged, fills, hidden: band.getRowProperties({ rowHidden: true }), rows };
  }

  /** Bands arrive in the order they were asked for within a sheet. */
  receive(v: BandQuery): void {
    // `hidden` and `fills` are ClientResults, filled by the sync.
    const hiddenRows = v.hidden.value;
    const fills = v.fills?.value ?? null;
    append(this.loaded, v.band.values, fills, hiddenRows);
    if (this.loaded.merges) for (const area of areasOf(v.merged)) this.loaded.merges.push(area);
    const bytes = jsonSize(v.band.values) + (fills ? jsonSize(fills) : 0) + jsonSize(hiddenRows);
    // A little margin: rows further down may be longer than the ones measured.
    this.bytesPerCell = Math.max(1, (bytes / Math.max(1, v.rows * this.columnCount)) * 1.1);
    this.nextRow += v.rows;
  }
}

function append(
  loaded: LoadedSheet,
  values: CellValue[][],
  fills: CellFillProperties[][] | null,
  hidden: Array<{ rowHidden?: boolean }>
): void {
  for (const row of values) loaded.values.push(row);
  if (loaded.fills && fills) for (const row of fills) loaded.fills.push(row);
  for (const row of hidden) loaded.rowHidden.push(row);
}
