import { cellCount } from "./a1";
import { hostErrors } from "./errors";
import type { Area, SheetModel } from "./model";
import type { Profile } from "./profiles";

/** A range on the host side: an area of a sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

/**
 * Before a read builds its answer: more than 5 million cells fail on every platform; on the web an
 * answer of at least `bytesPerCell` per cell that cannot fit 5 MB fails before the emulator builds a
 * huge array (a whole column's values, say).
 */
export function guardRead(area: Area, bytesPerCell: number, profile: Profile): void {
  const cells = cellCount(area);
  if (cells > profile.maxReadCells) throw hostErrors.rangeExceedsLimit(cells);
  const least = cells * bytesPerCell;
  if (profile.payloadLimit !== null && least > profile.payloadLimit)
    throw hostErrors.responseTooLarge(least);
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
    throw hostErrors.invalidArgument("The range is outside the worksheet or has no cells.");
  return area;
}
