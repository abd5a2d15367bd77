import { overlaps } from "./a1";
import { existingCells } from "./sheet-ops";
import { emptyCell, MAX_COLUMNS, type Area, type CellModel, type SheetModel } from "./model";

/**
 * The used range: the smallest rectangle holding every cell with a value (valuesOnly) or with a value
 * or formatting. Null when there is none (getUsedRange then returns A1, the OrNullObject variant null).
 */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!(hasValue(cell) || (!valuesOnly && hasFormat(cell)))) continue;
    const [r, c] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
    if (!area) area = { top: r, left: c, bottom: r, right: c };
    else {
      area.top = Math.min(area.top, r);
      area.left = Math.min(area.left, c);
      area.bottom = Math.max(area.bottom, r);
      area.right = Math.max(area.right, c);
    }
  }
  return area;
}

export type ClearScope = "All" | "Contents" | "Formats";

/** Range.clear: contents, formats (which also unmerges, as in Excel) or both. */
export function clearArea(sheet: SheetModel, area: Area, scope: ClearScope): void {
  for (const [r, c, cell] of existingCells(sheet, area)) {
    if (scope !== "Formats") {
      cell.value = "";
      delete cell.formula;
    }
    if (scope !== "Contents") resetFormat(cell);
    if (!hasValue(cell) && !hasFormat(cell)) sheet.cells.delete(r * MAX_COLUMNS + c);
  }
  if (scope !== "Contents") sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
}

/** Range.merge: overlapping merges are replaced; only the top-left value survives, as in Excel. */
export function mergeArea(sheet: SheetModel, area: Area, across: boolean): void {
  const parts = across
    ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
        ...area,
        top: area.top + i,
        bottom: area.top + i,
      }))
    : [area];
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
  for (const part of parts) {
    if (part.top === part.bottom && part.left === part.right) continue;
    for (const [r, c, cell] of existingCells(sheet, part)) {
      if (r === part.top && c === part.left) continue;
      cell.value = "";
      delete cell.formula;
    }
    sheet.merges.push({ ...part });
  }
}

function resetFormat(cell: CellModel): void {
  const blank = emptyCell();
  cell.numberFormat = blank.numberFormat;
  cell.fill = null;
  cell.font = null;
  cell.horizontalAlignment = blank.horizontalAlignment;
  cell.verticalAlignment = blank.verticalAlignment;
  cell.wrapText = false;
  cell.locked = true;
}

export function hasValue(cell: CellModel): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

export function hasFormat(cell: CellModel): boolean {
  return (
    cell.numberFormat !== "General" ||
    cell.fill !== null ||
    cell.font !== null ||
    cell.horizontalAlignment !== "General" ||
    cell.verticalAlignment !== "Bottom" ||
    cell.wrapText ||
    !cell.locked
  );
}

/**
 * The cells of `area` that hold a formula, as rectangles: runs along each row, and a run joined with
 * the one above when it spans the same columns (Excel groups special cells into rectangles too).
 */
export function formulaAreas(sheet: SheetModel, area: Area): Area[] {
  const cells = [...existingCells(sheet, area)]
    .filter(([, , cell]) => cell.formula !== undefined)
    .map(([r, c]) => [r, c] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Area[] = [];
  for (const [r, c] of cells) {
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.right === c - 1) last.right = c;
    else runs.push({ top: r, left: c, bottom: r, right: c });
  }
  const out: Area[] = [];
  const open = new Map<string, Area>();
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const fresh = { ...run };
      out.push(fresh);
      open.set(key, fresh);
    }
  }
  return out;
}
