import type { CellValue } from "../../core/grid";
import type { ExcelContext } from "./excel-types";

/**
 * One writer at a time, on the workbook itself. Office offers no lock an add-in can take: settings
 * are per add-in and saved with saveAsync, and coauthors share only the workbook's content
 * ("Coauthoring in Excel add-ins", Office Add-ins docs). What Excel does give is an atomic
 * create-if-absent: WorksheetCollection.add with a name already in use fails with ItemAlreadyExists
 * (Office Add-ins error codes for Excel), and an action that fails stops the rest of its request
 * (OfficeExtension.Error.traceMessages lists "all trace messages that were executed before the error
 * occurred"; assumption beyond that). So the writer that adds this sheet holds the lock, and whatever
 * it queued after the add never runs for the one that could not. The sheet also carries the batch's
 * journal, so a pane closed mid-write leaves its way back behind. Within one Excel session (panes,
 * the ribbon, several windows) requests run one at a time (assumption); between coauthors on
 * different machines the lock holds only as far as coauthoring merges sheets, and the guards remain.
 */
export const SLOT_BLAD = "Regie-schrijfslot";

/**
 * A lock not written to for this long is taken for a writer that is gone: every sync of a write
 * refreshes it, and one sync of a batch lasts seconds, not a minute (assumption: Excel on the web's
 * requests are limited to 5 MB, Office.js "Resource limits and performance optimization").
 */
export const VERLOPEN_MS = 60_000;

/** Characters per journal cell: below Excel's 32,767 per cell (Excel specifications and limits). */
const JOURNAAL_CEL = 30_000;

/** A larger journal is not kept (its request would approach the 5 MB limit): only that there was one. */
export const MAX_JOURNAAL = 2_000_000;

const DEEL = "¶";

const WAARSCHUWING = "Regie schrijft in deze werkmap. Dit blad verdwijnt vanzelf; wijzig het niet.";

export interface Claim {
  id: string;
  begonnen: number;
  laatst: number;
}

export interface GelezenSlot extends Claim {
  /** The journal's JSON as stored, parsed (untrusted), or null when none or unreadable. */
  journaal: unknown;
  /**
   * Whether the batch got as far as its writes. A guarded batch takes the lock with its guard read
   * and marks it in its first write request; a lock left unmarked is a batch that stopped before
   * writing anything (its guards refused it, and the pane closed before it gave the lock back).
   * A lock without the mark (an older Regie's) counts as written.
   */
  schrijft: boolean;
}

/**
 * Queues taking the lock: the sheet (VeryHidden: the user has no business with it; adding it does
 * not activate it, so the user stays where they are: "If you wish to activate the newly added
 * worksheet, call .activate() on it", Office.js reference, WorksheetCollection.add), the claim and
 * the journal. Queued first in the batch's first write request, a lock held by another writer
 * fails the request here, before any of the batch's writes.
 */
export function queueClaim(
  context: ExcelContext,
  claim: Claim,
  journaal: string | null,
  schrijft = true
): void {
  const sheet = context.workbook.worksheets.add(SLOT_BLAD);
  sheet.visibility = "VeryHidden";
  const delen = journaal === null ? [] : chunks(journaal);
  const rows: CellValue[][] = [
    [WAARSCHUWING, "", "", "", ""],
    [`id-${claim.id}`, claim.begonnen, claim.laatst, delen.length, schrijft],
    // A mark no locale reads as a number, date or boolean, so Excel keeps each part as text.
    ...delen.map((d) => [`${DEEL}${d}`, "", "", "", ""]),
  ];
  sheet.getRangeByIndexes(0, 0, rows.length, 5).values = rows;
}

/**
 * Queues the mark that a guarded batch passed its guards and writes now: first in its first write
 * request, so that no write of it lands without the mark.
 */
export function queueSchrijft(context: ExcelContext): void {
  context.workbook.worksheets.getItem(SLOT_BLAD).getRange("E2").values = [[true]];
}

/** Queues the heartbeat at the start of each later request: the lock's writer is still at work. */
export function queueHeartbeat(context: ExcelContext, now: number): void {
  context.workbook.worksheets.getItem(SLOT_BLAD).getRange("C2").values = [[now]];
}

/**
 * Queues giving the lock back, journal and all. Worksheet.delete() fails on a VeryHidden sheet
 * (Office.js reference, Worksheet.delete), so it is made Hidden first.
 */
export function queueRelease(context: ExcelContext): void {
  const sheet = context.workbook.worksheets.getItem(SLOT_BLAD);
  sheet.visibility = "Hidden";
  sheet.delete();
}

/** Queues reading the lock; after the sync, the claim and journal, or null when nobody holds it. */
export function queueReadSlot(context: ExcelContext): () => GelezenSlot | null {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SLOT_BLAD);
  const probe = {
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load(["values", "rowIndex", "columnIndex"]),
  };
  // A lock sheet without cells (its add landed, its claim did not) is a lock without a claim.
  // The used range starts at the first filled cell, so its rows are placed from A1 again.
  return () => {
    if (probe.sheet.isNullObject) return null;
    if (probe.used.isNullObject) return parseSlot([]);
    const { rowIndex, columnIndex, values } = probe.used;
    const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
    for (const row of values) rows.push([...Array<CellValue>(columnIndex).fill(""), ...row]);
    return parseSlot(rows);
  };
}

/** The lock sheet's cells as a claim; a sheet by that name that Regie did not write reads as held. */
export function parseSlot(values: readonly (readonly CellValue[])[]): GelezenSlot {
  const [id, begonnen, laatst, aantal, schrijft] = values[1] ?? [];
  const claim = {
    id: typeof id === "string" && id.startsWith("id-") ? id.slice(3) : "",
    begonnen: typeof begonnen === "number" ? begonnen : 0,
    laatst: typeof laatst === "number" ? laatst : 0,
  };
  const delen = values.slice(2, 2 + (typeof aantal === "number" ? aantal : 0));
  let journaal: unknown = null;
  if (delen.length > 0 && delen.every((r) => typeof r[0] === "string" && r[0].startsWith(DEEL)))
    try {
      journaal = JSON.parse(delen.map((r) => (r[0] as string).slice(1)).join(""));
    } catch {
      journaal = null;
    }
  return { ...claim, journaal, schrijft: schrijft !== false };
}

/** Whether a lock is a writer that is gone rather than one at work. */
export function verlopen(slot: Claim, now: number): boolean {
  return now - Math.max(slot.begonnen, slot.laatst) > VERLOPEN_MS;
}

function chunks(text: string): string[] {
  const delen: string[] = [];
  for (let i = 0; i < text.length; i += JOURNAAL_CEL) delen.push(text.slice(i, i + JOURNAAL_CEL));
  return delen;
}
