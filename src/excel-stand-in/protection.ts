import { cellCount } from "./a1";
import type { HostObject, OnProtected } from "./host-object";
import type { Area, SheetModel } from "./model";
import { existingCells } from "./sheet-ops";

/**
 * Whether a change to `target` goes through on its protected sheet (README: host rules). Protection
 * follows locked cells: content may be written where every touched cell is unlocked, cell formats
 * only when the protection allows formatting cells, and anything else is refused.
 */
export function allowedOnProtected(
  target: HostObject,
  sheet: SheetModel,
  rule: OnProtected | undefined
): boolean {
  const unlocked = () => {
    const areas = areasOf(target);
    return areas !== null && areas.every((area) => allUnlocked(sheet, area));
  };
  switch (rule) {
    case "allowed":
      return true;
    case "unlocked-cells":
      return unlocked();
    case "format-cells":
      return sheet.allowFormatCells;
    case "both":
      return sheet.allowFormatCells && unlocked();
    default:
      return false;
  }
}

/** Every cell of the area is unlocked; a cell never touched is locked, Excel's default. */
export function allUnlocked(sheet: SheetModel, area: Area): boolean {
  let unlocked = 0;
  for (const [, , cell] of existingCells(sheet, area)) {
    if (cell.locked) return false;
    unlocked++;
  }
  return unlocked === cellCount(area);
}

function areasOf(target: HostObject): Area[] | null {
  switch (target.type) {
    case "Range":
      return [target.area];
    case "RangeAreas":
      return target.areas;
    case "RangeFormat":
    case "RangeFill":
    case "RangeFont":
    case "FormatProtection":
      return target.targets.map((t) => t.area);
    default:
      return null;
  }
}
