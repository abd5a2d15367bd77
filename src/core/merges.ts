import type { MergedArea } from "./grid";

/**
 * Finds the merged area a cell lies in without expanding areas cell by cell (a sheet may merge
 * a whole column). Areas are indexed per column, sorted by top row.
 */
export class MergeIndex {
  private readonly perKolom = new Map<number, MergedArea[]>();

  constructor(merges: readonly MergedArea[], columns?: readonly number[]) {
    const wanted = columns ? new Set(columns) : null;
    for (const m of merges) {
      const cols = wanted
        ? [...wanted].filter((c) => c >= m.left && c <= m.right)
        : range(m.left, m.right);
      for (const c of cols) {
        const list = this.perKolom.get(c) ?? [];
        list.push(m);
        this.perKolom.set(c, list);
      }
    }
    for (const list of this.perKolom.values()) list.sort((a, b) => a.top - b.top);
  }

  /** The merged area holding (row, col), or null. */
  areaAt(row: number, col: number): MergedArea | null {
    const list = this.perKolom.get(col);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    // Areas in one column do not overlap, so the last area starting at or above the row is the only candidate.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= row) lo = mid + 1;
      else hi = mid - 1;
    }
    const candidate = hi >= 0 ? list[hi] : null;
    return candidate && candidate.bottom >= row ? candidate : null;
  }

  /** The top-left cell whose value (row, col) shows. */
  source(row: number, col: number): [number, number] {
    const area = this.areaAt(row, col);
    return area ? [area.top, area.left] : [row, col];
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= Math.min(to, from + 16383); i++) out.push(i);
  return out;
}
