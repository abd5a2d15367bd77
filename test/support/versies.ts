import { cellText, type CellValue, type Grid, type MergedArea } from "../../src/core/grid";
import { valideerActielijst } from "../../src/core/actielijst/validate";
import { actieVersie, type ActieVersie } from "../../src/core/actielijst/versie";
import { addDays, formatDutch } from "../../src/core/dates/iso";

/**
 * Later versions of an action list made from a grid in memory, as the secretariaat makes them from
 * one meeting to the next: every function returns a new grid and leaves its input alone. Rows are
 * 1-based sheet rows, columns 0-based in the DUO order (A goal, B topic, C action, D owner,
 * E status, F decision, G deadline, H remark).
 */
export const KOLOM = { doel: 0, onderwerp: 1, actie: 2, eigenaar: 3, status: 4, deadline: 6 };

export const PEIL = "2021-02-24";

/** The list's actions as `verschil` compares them. */
export function versie(grid: Grid, peildatum = PEIL): ActieVersie[] {
  return valideerActielijst(grid, { peildatum, binnenkortDagen: 14 })!.acties.map(actieVersie);
}

function kopie(grid: Grid): Grid {
  return {
    ...grid,
    values: grid.values.map((r) => [...r]),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}

/** One cell set (text or a value). */
export function zet(grid: Grid, row: number, col: number, waarde: CellValue): Grid {
  const g = kopie(grid);
  const rij = g.values[row - 1] ?? (g.values[row - 1] = []);
  while (rij.length <= col) rij.push("");
  rij[col] = waarde;
  return g;
}

/** A cell's text changed by `f`. */
export function bewerk(grid: Grid, row: number, col: number, f: (t: string) => string): Grid {
  return zet(grid, row, col, f(cellText(grid.values[row - 1]?.[col])));
}

/**
 * Merged cells undone: every cell of a merged area gets its value, and goal and topic are written
 * out on every action row instead of carrying down. The list means the same.
 */
export function ontvouw(grid: Grid): Grid {
  const g = kopie(grid);
  for (const m of g.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) g.values[r][c] = grid.values[m.top][m.left];
  g.merges = [];
  const kop = (r: number) => /openstaande acties/i.test(cellText(g.values[r]?.[KOLOM.actie]));
  const vorige: CellValue[] = ["", ""];
  g.values.forEach((rij, r) => {
    if (kop(r) || rij.every((v) => cellText(v) === "")) return vorige.fill("");
    for (const c of [KOLOM.doel, KOLOM.onderwerp]) {
      if (cellText(rij[c]) === "") rij[c] = vorige[c];
      else vorige[c] = rij[c];
    }
  });
  return g;
}

/** The letters before the actions move on one ("a." -> "b."), and "#01" becomes "#1". */
export function hernummer(grid: Grid): Grid {
  const g = kopie(grid);
  g.values.forEach((rij) => {
    const actie = cellText(rij[KOLOM.actie]);
    const m = /^([a-y])\.(\s*)/.exec(actie);
    if (m) rij[KOLOM.actie] = `${String.fromCharCode(m[1].charCodeAt(0) + 1)}.${actie.slice(2)}`;
    const doel = cellText(rij[KOLOM.doel]);
    if (/^#0\d/.test(doel)) rij[KOLOM.doel] = "#" + doel.slice(2);
  });
  return g;
}

/** Rows `van` (1-based, in this order) put where `naar` were: a reordering of those rows. */
export function herorden(grid: Grid, rijen: readonly number[], volgorde: readonly number[]): Grid {
  const g = kopie(grid);
  rijen.forEach((naar, i) => (g.values[naar - 1] = [...grid.values[volgorde[i] - 1]]));
  return g;
}

/** A new row inserted before `row`; merged areas below move down, one around it grows. */
export function voegIn(grid: Grid, row: number, cellen: CellValue[]): Grid {
  const g = kopie(grid);
  const r = row - 1;
  g.values.splice(r, 0, cellen);
  g.merges = g.merges.map((m) =>
    m.top >= r
      ? { ...m, top: m.top + 1, bottom: m.bottom + 1 }
      : m.bottom >= r
        ? { ...m, bottom: m.bottom + 1 }
        : m
  );
  return g;
}

/** The row deleted; merged areas below move up, one around it shrinks (and goes when one row is left). */
export function verwijder(grid: Grid, row: number): Grid {
  const g = kopie(grid);
  const r = row - 1;
  g.values.splice(r, 1);
  g.merges = g.merges.flatMap((m): MergedArea[] => {
    if (m.top > r) return [{ ...m, top: m.top - 1, bottom: m.bottom - 1 }];
    if (m.bottom < r) return [m];
    const kleiner = { ...m, bottom: m.bottom - 1 };
    // Its value stays with the area: the row below becomes its top-left cell.
    if (m.top === r && g.values[r]) g.values[r][m.left] = grid.values[r][m.left];
    return kleiner.bottom > kleiner.top || kleiner.right > kleiner.left ? [kleiner] : [];
  });
  return g;
}

/** The deadline written as a date `dagen` days after (or before) the action's due date. */
export function verschuifDeadline(grid: Grid, row: number, dagen: number, due: string): Grid {
  return zet(grid, row, KOLOM.deadline, formatDutch(addDays(due, dagen)));
}
