import { formatAddress } from "./a1";
import type { Area, SheetModel } from "./model";
import { cellKey } from "./model";

/** The part of Excel.CellPropertiesLoadOptions the stand-in answers. */
export interface CellPropertiesOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; italic?: boolean; color?: boolean };
    horizontalAlignment?: boolean;
    wrapText?: boolean;
  };
}

export interface StandInCellProperties {
  address?: string;
  format?: {
    fill?: { color?: string; pattern?: string };
    font?: { bold?: boolean; italic?: boolean; color?: string };
    horizontalAlignment?: string;
    wrapText?: boolean;
  };
}

/** Range.getCellProperties: only the requested properties, per cell; no fill reads as white, pattern None. */
export function cellProperties(
  sheet: SheetModel,
  area: Area,
  options: CellPropertiesOptions
): StandInCellProperties[][] {
  const rows: StandInCellProperties[][] = [];
  const f = options.format;
  for (let r = area.top; r <= area.bottom; r++) {
    const row: StandInCellProperties[] = [];
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      const props: StandInCellProperties = {};
      if (options.address)
        props.address = formatAddress(sheet.name, { top: r, left: c, bottom: r, right: c });
      if (f) {
        props.format = {};
        if (f.fill)
          props.format.fill = pick(f.fill, {
            color: cell?.fill?.color ?? "#FFFFFF",
            pattern: cell?.fill?.pattern ?? "None",
          });
        if (f.font)
          props.format.font = pick(
            f.font,
            cell?.font ?? { bold: false, italic: false, color: "#000000" }
          );
        if (f.horizontalAlignment)
          props.format.horizontalAlignment = cell?.horizontalAlignment ?? "General";
        if (f.wrapText) props.format.wrapText = cell?.wrapText ?? false;
      }
      row.push(props);
    }
    rows.push(row);
  }
  return rows;
}

export interface RowPropertiesOptions {
  address?: boolean;
  rowIndex?: boolean;
  rowHidden?: boolean;
}

/** Range.getRowProperties: one entry per row of the range. */
export function rowProperties(
  sheet: SheetModel,
  area: Area,
  options: RowPropertiesOptions
): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const props: Record<string, unknown> = {};
    if (options.address) props.address = formatAddress(sheet.name, { ...area, top: r, bottom: r });
    if (options.rowIndex) props.rowIndex = r;
    if (options.rowHidden) props.rowHidden = sheet.hiddenRows.has(r);
    rows.push(props);
  }
  return rows;
}

function pick<T extends object>(
  wanted: Partial<Record<keyof T, boolean | undefined>>,
  all: T
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(all) as Array<keyof T>) if (wanted[key]) out[key] = all[key];
  return out;
}
