import { NO_FILL, type Fill, type SheetRead } from "../../app/ports";
import { parseArea } from "../../core/address";
import type { CellValue, MergedArea } from "../../core/grid";
import { FillsAnswer, parseAnswer, RowsAnswer, ValuesAnswer } from "./excel-answers";
import type { CellFillProperties, RangeAreasLike } from "./excel-types";
import type { SheetProbe } from "./sheet-probe";

/** The data of one sheet as loaded, whole or assembled from bands. */
export interface LoadedSheet {
  values: CellValue[][];
  /** Merged areas gathered band by band (a sheet with more than 512); otherwise the probe's own. */
  merges?: MergedArea[];
  fills: CellFillProperties[][] | null;
  rowHidden: Array<{ rowHidden?: boolean }>;
}

/** Builds the port's SheetRead; a blank sheet (its used range is an empty A1) reads as no rows at all. */
export function toSheetRead(probe: SheetProbe, loaded: LoadedSheet): SheetRead {
  const values = parseAnswer(ValuesAnswer, loaded.values, "values", probe.request.sheet);
  const blank = values.length === 1 && values[0].length === 1 && values[0][0] === "";
  const grid = {
    sheet: probe.sheet.name,
    values: blank ? [] : values,
    merges: blank ? [] : (loaded.merges ?? areasOf(probe.merged)),
  };
  const rows = parseAnswer(RowsAnswer, loaded.rowHidden, "hidden-rows", probe.request.sheet);
  const read: SheetRead = {
    grid,
    hiddenRows: blank ? [] : rows.flatMap((row, i) => (row.rowHidden ? [i] : [])),
  };
  if (probe.request.formulas) read.formulas = blank ? [] : areasOf(probe.formulas);
  if (probe.request.fills) {
    const fills = parseAnswer(FillsAnswer, loaded.fills ?? [], "fills", probe.request.sheet);
    read.fills = blank ? [] : fills.map((row) => row.map(toFill));
  }
  return read;
}

/** The rectangles of a RangeAreas answer; a null object (Excel's "none found") is none. */
export function areasOf(areas: RangeAreasLike | null): MergedArea[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items
    .map((a) => parseArea(a.address))
    .filter((a): a is MergedArea => a !== null);
}

function toFill(cell: CellFillProperties): Fill {
  const fill = cell.format?.fill;
  return { pattern: fill?.pattern ?? NO_FILL.pattern, color: fill?.color ?? NO_FILL.color };
}
