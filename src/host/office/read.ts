import type { ReadRequest, SheetRead } from "../../app/ports";
import { withDateSystem } from "./date-system";
import { isMergeLimit, isResponseTooLarge, mayBeTooLarge } from "./errors";
import type { ExcelContext } from "./excel-types";
import { readInBands } from "./read-bands";
import { exists, probeSheet, type SheetProbe } from "./sheet-probe";
import { toSheetRead } from "./sheet-result";

/**
 * Reads the requested sheets in ONE sync when the answer fits Excel's 5 MB response limit (the usual
 * case, even for sheets of thousands of rows): sizes cannot be known before a sync, so the first
 * attempt asks for everything at once. Only if Excel refuses the response as too large does it fall
 * back to one sync for the sizes plus one per row band of under 4 MB: linear in the data.
 */
export async function readSheets(
  context: ExcelContext,
  requests: readonly ReadRequest[],
  /** True when the sizes already say the answer will not fit: no doomed first attempt. */
  tooLarge = false
): Promise<(SheetRead | null)[]> {
  if (tooLarge) return readInBands(context, requests);
  const probes = requests.map((request) => probeSheet(context, request, true));
  try {
    await context.sync();
  } catch (error) {
    if (isMergeLimit(error)) return readInBands(context, requests, true);
    // A host that answers an oversize read with a generic error: once in bands, if the sheets are large.
    if (mayBeTooLarge(error)) return readInBands(context, requests, false, error);
    if (!isResponseTooLarge(error)) throw error;
    return readInBands(context, requests);
  }
  return withDateSystem(
    context,
    probes,
    probes.map((probe) => (exists(probe) ? toSheetRead(probe, loadedWhole(probe)) : null))
  );
}

function loadedWhole(probe: SheetProbe) {
  return {
    values: probe.whole.values,
    fills: probe.fills?.value ?? null,
    rowHidden: probe.rows?.value ?? [],
  };
}
