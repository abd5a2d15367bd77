import { cellText, type CellValue } from "../grid";
import { recogniseColumn, type ActieColumn } from "./columns";

/** A header row and where each column sits below it (0-based column indexes). */
export interface KopBlok {
  /** 0-based row index of the header row. */
  row: number;
  kolommen: Partial<Record<ActieColumn, number>>;
}

/** Columns without which there is no action list to check. */
export const VERPLICHTE_KOLOMMEN: readonly ActieColumn[] = ["actie"];

/**
 * A header also names at least one column that is checked: a data row can easily mention a goal, a
 * topic and an action ("#01 Doel | I. Onderwerp | a. Actie 0") but not a status or deadline header.
 */
const GECONTROLEERDE_KOLOMMEN: readonly ActieColumn[] = ["status", "deadline", "accounthouder"];

/** A row names at least this many distinct columns before it counts as a header. */
const MIN_KOLOMMEN = 3;

/**
 * Every header row of the sheet, in order. Hand-kept lists repeat their header further down (with
 * typos or in another column order); each block maps its own columns.
 */
export function vindKopBlokken(values: readonly (readonly CellValue[])[]): KopBlok[] {
  const blokken: KopBlok[] = [];
  values.forEach((row, index) => {
    const kolommen = recogniseHeaderRow(row);
    if (kolommen) blokken.push({ row: index, kolommen });
  });
  return blokken;
}

/** The column mapping when the row is a header row, else null. */
export function recogniseHeaderRow(
  row: readonly CellValue[]
): Partial<Record<ActieColumn, number>> | null {
  const kolommen: Partial<Record<ActieColumn, number>> = {};
  let aantal = 0;
  row.forEach((value, col) => {
    // Header cells are short text; a long cell is data and needs no look-up at all.
    if (typeof value !== "string" || value.length > 80) return;
    const kolom = recogniseColumn(cellText(value));
    // The first column of a kind wins; a second "Opmerking" column is data, not a second mapping.
    if (kolom && kolommen[kolom] === undefined) {
      kolommen[kolom] = col;
      aantal++;
    }
  });
  if (aantal < MIN_KOLOMMEN) return null;
  if (VERPLICHTE_KOLOMMEN.some((k) => kolommen[k] === undefined)) return null;
  if (GECONTROLEERDE_KOLOMMEN.every((k) => kolommen[k] === undefined)) return null;
  return kolommen;
}

/** True when the sheet's first rows hold an action-list header: enough to pick the sheet. */
export function heeftActieKop(head: readonly (readonly CellValue[])[]): boolean {
  return head.some((row) => recogniseHeaderRow(row) !== null);
}
