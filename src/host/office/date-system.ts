import type { SheetRead } from "../../app/ports";
import { datumstelselUitWeergave, type GetoondeCel } from "../../core/dates/datumstelsel";
import { parseAnswer, TextsAnswer } from "./excel-answers";
import type { RangeLike } from "./excel-types";
import type { SheetProbe } from "./sheet-probe";

/**
 * The cells whose `text` is read with every sheet, in the same sync: 40 rows by 30 columns, where
 * an action list's or milestone sheet's first dates stand. Empty cells cost a few bytes each.
 */
const SHOWN = "A1:AD40";

/**
 * Queues the shown text of a sheet's top-left cells, cut to its used range (`whole` always holds
 * A1, so they overlap): an empty column costs nothing.
 */
export function queueShown(whole: RangeLike): RangeLike {
  const shown = whole.getIntersection(SHOWN);
  shown.load("text");
  return shown;
}

/**
 * Sets the workbook's date system on every grid read, told by the date cells Excel shows: a date
 * cell's `text` is formatted in the workbook's date system while `values` gives the bare serial
 * (Range.text, Range.values: Office.js reference). Office.js has no stable property for it
 * (`Workbook.use1904DateSystem` is a preview API, absent from the library Regie loads). One
 * workbook, one system: every sheet's cells vote together. When none tells, 1900 is assumed and
 * a grid holding numbers says so.
 */
export function withDateSystem(
  probes: readonly SheetProbe[],
  reads: (SheetRead | null)[]
): (SheetRead | null)[] {
  const cellen = probes.flatMap((probe, i) => {
    const read = reads[i];
    return read ? shownDates(probe, read) : [];
  });
  const stelsel = datumstelselUitWeergave(cellen);
  for (const read of reads) {
    if (!read) continue;
    if (stelsel === "1904") read.grid.date1904 = true;
    // Only a number can be a date serial: a grid without one needs no date system.
    if (stelsel === null && read.grid.values.some((row) => row.some((v) => typeof v === "number")))
      read.grid.dateSystemAssumed = true;
  }
  return reads;
}

/** Number cells of the shown area with the text Excel shows for them. */
function shownDates(probe: SheetProbe, read: SheetRead): GetoondeCel[] {
  const texts = parseAnswer(TextsAnswer, probe.shown.text, "values", probe.request.sheet);
  const cellen: GetoondeCel[] = [];
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      const serial = read.grid.values[r]?.[c];
      if (typeof serial === "number") cellen.push({ serial, text });
    })
  );
  return cellen;
}
