import { parseArea } from "../../src/core/address";
import type { ExcelEmulator } from "../../src/excel-stand-in";

export interface Verschil {
  sheet: string;
  cell: string;
  /** What changed in the cell: its value, formula, fill or other formatting. */
  wat: string[];
}

type Snapshot = ReturnType<ExcelEmulator["snapshot"]>;

/** Every cell that differs between two snapshots of the same workbook, sheet by sheet. */
export function verschillen(voor: Snapshot, na: Snapshot): Verschil[] {
  const uit: Verschil[] = [];
  const namen = new Set([...voor.sheets, ...na.sheets].map((s) => s.name));
  for (const naam of namen) {
    const a = voor.sheets.find((s) => s.name === naam)?.cells ?? {};
    const b = na.sheets.find((s) => s.name === naam)?.cells ?? {};
    for (const cell of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = zonderLegeWaarde((a as unknown as Record<string, Record<string, unknown>>)[cell]);
      const y = zonderLegeWaarde((b as unknown as Record<string, Record<string, unknown>>)[cell]);
      const wat = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
        (k) => JSON.stringify(x[k]) !== JSON.stringify(y[k])
      );
      if (wat.length > 0) uit.push({ sheet: naam, cell, wat });
    }
  }
  return uit;
}

/** True when the cell lies in one of the addresses ("C5", "A2:H3"). */
export function binnen(cell: string, adressen: readonly string[]): boolean {
  const c = parseArea(cell)!;
  return adressen.some((a) => {
    const g = parseArea(a);
    return !!g && c.top >= g.top && c.top <= g.bottom && c.left >= g.left && c.left <= g.right;
  });
}

/** An empty value and no cell at all are the same to the user. */
function zonderLegeWaarde(cel: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!cel) return {};
  const { value, ...rest } = cel;
  return value === "" || value === null || value === undefined ? rest : { value, ...rest };
}
