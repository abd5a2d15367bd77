import { FakeClientObject } from "./client-object";
import { cellKey, type CellModel } from "./model";
import type { RangeTarget } from "./range-target";
import { updateCells } from "./sheet-ops";

export type Targets = RangeTarget[];

/** Reads a cell property over all targets: the common value, or null when cells differ (as Excel does). */
export function uniform<V>(targets: Targets, pick: (cell: CellModel | undefined) => V): V | null {
  let first: { value: V } | undefined;
  for (const { sheet, area } of targets)
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const value = pick(sheet.cells.get(cellKey(r, c)));
        if (!first) first = { value };
        else if (first.value !== value) return null;
      }
  return first ? first.value : null;
}

/** Shared by the format objects: writes to every cell of every target, on the targets' sheet. */
export abstract class FormatPart extends FakeClientObject<Targets> {
  protected change(kind: string, value: unknown, apply: (cell: CellModel) => void): void {
    this.queueWrite(
      kind,
      value,
      (t) => t[0]?.sheet ?? null,
      (t) => t.forEach(({ sheet, area }) => updateCells(sheet, area, apply))
    );
  }
}
