import type { ReadRequest, SheetRead } from "../../app/ports";
import type { CellValue } from "../../core/grid";
import { isResponseTooLarge } from "./errors";
import type { CellFillProperties, ExcelContext } from "./excel-types";
import { CHUNK_BYTES, jsonSize } from "./payload";
import { exists, FILL_PROPERTIES, probeSheet, type SheetProbe } from "./sheet-probe";
import { toSheetRead, type LoadedSheet } from "./sheet-result";

/** Bands aim below the 4 MB chunk size, since rows further down may be longer than the ones measured. */
const BAND_TARGET = CHUNK_BYTES * 0.9;

/** First guess of the JSON bytes per cell before anything was measured (values; plus fills). */
const GUESS_VALUE_BYTES = 40;
const GUESS_FILL_BYTES = 60;

/**
 * The read for sheets too big for one response: one sync for every sheet's size and merged areas, then
 * per sheet row bands of under 4 MB. Each band's measured size sets the next band's height; a band that
 * Excel still refuses is halved and asked again.
 */
export async function readInBands(
  context: ExcelContext,
  requests: readonly ReadRequest[]
): Promise<(SheetRead | null)[]> {
  const probes = requests.map((request) => probeSheet(context, request, false));
  await context.sync();
  const results: (SheetRead | null)[] = [];
  for (const probe of probes)
    results.push(exists(probe) ? toSheetRead(probe, await readBands(context, probe)) : null);
  return results;
}

async function readBands(context: ExcelContext, probe: SheetProbe): Promise<LoadedSheet> {
  const [rowCount, columnCount] = [probe.whole.rowCount, probe.whole.columnCount];
  const withFills = probe.request.fills === true;
  const loaded: LoadedSheet = { values: [], fills: withFills ? [] : null, rowHidden: [] };
  let height = Math.max(
    1,
    Math.floor(
      BAND_TARGET / (columnCount * (GUESS_VALUE_BYTES + (withFills ? GUESS_FILL_BYTES : 0)))
    )
  );
  for (let top = 0; top < rowCount;) {
    const rows = Math.min(height, rowCount - top);
    const band = probe.sheet.getRangeByIndexes(top, 0, rows, columnCount);
    band.load("values");
    const fills = withFills ? band.getCellProperties(FILL_PROPERTIES) : null;
    const hidden = band.getRowProperties({ rowHidden: true });
    try {
      // Bands exist only when Excel refused the whole sheet at once: one sync per band under 4 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || rows === 1) throw error;
      height = Math.ceil(rows / 2);
      continue;
    }
    // `hidden` is a ClientResult, filled by the sync above; the rule only knows proxy objects.
    // eslint-disable-next-line office-addins/load-object-before-read
    const hiddenRows = hidden.value;
    append(loaded, band.values, fills?.value ?? null, hiddenRows);
    const bytes =
      jsonSize(band.values) + (fills ? jsonSize(fills.value) : 0) + jsonSize(hiddenRows);
    height = Math.max(1, Math.floor((BAND_TARGET * rows) / Math.max(bytes, 1)));
    top += rows;
  }
  return loaded;
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
