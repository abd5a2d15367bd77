import type { SheetRead } from "../../app/ports";
import { datumstelselUitWeergave, type GetoondeCel } from "../../core/dates/datumstelsel";
import { cellAddress } from "../../core/address";
import type { CellValue } from "../../core/grid";
import { parseAnswer, TextsAnswer } from "./excel-answers";
import type { ExcelContext, RangeLike } from "./excel-types";
import type { SheetProbe } from "./sheet-probe";

/**
 * The cells whose `text` is read with every sheet, in the same sync: 40 rows by 30 columns, where
 * an action list's or milestone sheet's first dates stand. Empty cells cost a few bytes each.
 */
const SHOWN = "A1:AD40";
const SHOWN_ROWS = 40;
const SHOWN_COLUMNS = 30;

/**
 * Queues the shown text of a sheet's top-left cells, cut to its used range (`whole` always holds
 * A1, so they overlap): an empty column costs nothing.
 */
export function queueShown(whole: RangeLike): RangeLike {
  const shown = whole.getIntersection(SHOWN);
  shown.load("text");
  return shown;
}

/** Number cells read once more, one by one, when the top-left cells tell nothing: one extra sync. */
const MORE_CELLS = 24;

/**
 * Sets the workbook's date system on every grid read, told by the date cells Excel shows: a date
 * cell's `text` is formatted in the workbook's date system while `values` gives the bare serial
 * (Range.text, Range.values: Office.js reference). Office.js has no stable property for it
 * (`Workbook.use1904DateSystem` is a preview API, absent from the library Regie loads). One
 * workbook, one system: every sheet's cells vote together. When the top-left cells tell nothing
 * but a grid holds numbers further down (a milestone sheet's first date in row 900), the text of
 * the first number cells below and beside them is read in one more sync. When none tells, 1900 is
 * assumed and a grid holding numbers says so.
 */
export async function withDateSystem(
  context: ExcelContext,
  probes: readonly SheetProbe[],
  reads: (SheetRead | null)[]
): Promise<(SheetRead | null)[]> {
  const cellen = probes.flatMap((probe, i) => {
    const read = reads[i];
    return read ? shownDates(probe, read) : [];
  });
  let stelsel = datumstelselUitWeergave(cellen);
  if (stelsel === null) {
    const meer = queueMoreCells(probes, reads);
    if (meer.length > 0) {
      await context.sync();
      stelsel = datumstelselUitWeergave(
        meer.map(({ serial, range, sheet }) => ({
          serial,
          text: parseAnswer(TextsAnswer, range.text, "values", sheet)[0]?.[0] ?? "",
        }))
      );
    }
  }
  for (const read of reads) {
    if (!read) continue;
    if (stelsel === "1904") read.grid.date1904 = true;
    // Only a number can be a date serial: a grid without one needs no date system.
    if (stelsel === null && hasNumber(read)) read.grid.dateSystemAssumed = true;
  }
  return reads;
}

const hasNumber = (read: SheetRead) =>
  read.grid.values.some((row) => row.some((v) => typeof v === "number"));

/**
 * Queues the text of the first number cell of each column outside the shown area, then the next
 * ones, up to MORE_CELLS over all sheets: a date column's first date is among them, and a column
 * of other numbers costs one or two cells.
 */
function queueMoreCells(
  probes: readonly SheetProbe[],
  reads: readonly (SheetRead | null)[]
): { serial: number; range: RangeLike; sheet: string }[] {
  const gekozen: { serial: number; range: RangeLike; sheet: string }[] = [];
  probes.forEach((probe, i) => {
    const read = reads[i];
    if (!read) return;
    for (const [r, c, serial] of numbersOutsideShown(read.grid.values)) {
      if (gekozen.length >= MORE_CELLS) return;
      const range = probe.sheet.getRange(cellAddress(r, c));
      range.load("text");
      gekozen.push({ serial, range, sheet: probe.request.sheet });
    }
  });
  return gekozen;
}

/**
 * A serial of a date from 1955 to 2119 in either system: the programme's deadlines and milestones
 * all are. Counts, house numbers and amounts below 20,000 cost no extra sync (assumption about the
 * data, not about Excel).
 */
const mayBeDate = (v: CellValue): v is number => typeof v === "number" && v >= 20_000 && v < 80_000;

/** Number cells below or right of the shown area: each column's first, then each column's second. */
function* numbersOutsideShown(
  values: readonly (readonly CellValue[])[]
): Generator<[number, number, number]> {
  const perKolom = new Map<number, [number, number][]>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!mayBeDate(v) || (r < SHOWN_ROWS && c < SHOWN_COLUMNS)) return;
      const cellen = perKolom.get(c) ?? [];
      if (cellen.length < 2) perKolom.set(c, [...cellen, [r, v]]);
    })
  );
  for (const ronde of [0, 1])
    for (const [c, cellen] of [...perKolom].sort(([a], [b]) => a - b))
      if (cellen[ronde]) yield [cellen[ronde][0], c, cellen[ronde][1]];
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
