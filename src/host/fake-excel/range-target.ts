import { cellCount } from "./a1";
import { officeErrors } from "./errors";
import type { Area, SheetModel } from "./model";

/** What a Range proxy is bound to: an area of a sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

/** What a RangeAreas proxy is bound to: several areas of one sheet. */
export interface AreasTarget {
  sheet: SheetModel;
  areas: Area[];
}

/**
 * A response of at least `bytesPerCell` per cell cannot fit: fail the way Excel on the web does, before
 * the fake builds a huge array (reading a whole column's values, say).
 */
export function guardResponse(area: Area, bytesPerCell: number, limit: number): void {
  const least = cellCount(area) * bytesPerCell;
  if (least > limit) throw officeErrors.responseTooLarge(least);
}

export function shift(area: Area, rows: number, columns: number): Area {
  return {
    top: area.top + rows,
    left: area.left + columns,
    bottom: area.bottom + rows,
    right: area.right + columns,
  };
}

export function checkInSheet(area: Area, maxRows: number, maxColumns: number): Area {
  if (
    area.top < 0 ||
    area.left < 0 ||
    area.bottom >= maxRows ||
    area.right >= maxColumns ||
    area.bottom < area.top ||
    area.right < area.left
  )
    throw officeErrors.invalidArgument("The range is outside the worksheet or has no cells.");
  return area;
}
