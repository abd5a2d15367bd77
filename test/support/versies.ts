import { cellText, type CellValue, type Grid, type MergedArea } from "../../src/core/grid";
import { valideerActielijst } from "../../src/core/actielijst/validate";
import { actieVersie, type ActieVersie } from "../../src/core/actielijst/versie";
import { addDays, datumNederlands } from "../../src/core/dates/iso";
import { verschuif } from "./verschuif";
import { werkmap } from "./xlsx";
import { areaAddress } from "../../src/core/address";

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
  return zet(grid, row, KOLOM.deadline, datumNederlands(addDays(due, dagen)));
}

/** What `laterVersie` did, in the earlier version's rows: what a comparison must find. */
export interface Afgeleid {
  grid: Grid;
  /** Earlier row -> days its due date moved. */
  uitgesteld: Map<number, number>;
  /** Earlier rows set to Gereed or Verstuurd. */
  gesloten: number[];
  /** Earlier row -> its new owner. */
  eigenaar: Map<number, string>;
  /** Earlier rows whose action text was rewritten so much that the match is unsure. */
  onzeker: number[];
  /** Action texts of the rows added. */
  toegevoegd: string[];
  /** Earlier rows deleted. */
  verwijderd: number[];
}

/**
 * A later version of the list, as after the next meeting: renumbered, two rows in another order, one shifted a column, texts edited (one slightly, one heavily),
 * two deadlines postponed, one action closed, an owner changed, a row added and one deleted.
 */
export function laterVersie(grid: Grid, peildatum = PEIL): Afgeleid {
  const oud = versie(grid, peildatum);
  const rij = (row: number) => oud.find((a) => a.row === row)!;
  // Deadlines in a cell of their own (not a merged one shared by several actions).
  const gedeeld = (row: number) =>
    grid.merges.some(
      (m) =>
        m.left <= KOLOM.deadline && m.right >= KOLOM.deadline && m.top < row && m.bottom >= row - 1
    );
  const metDatum = oud.filter(
    (a) => a.due && !/verzonden/i.test(a.deadlineTekst) && !gedeeld(a.row)
  );
  const [eerste, tweede] = [metDatum[4], metDatum[9]];
  const uitgesteld = new Map([
    [eerste.row, 14],
    [tweede.row, 28],
  ]);
  let g = grid;
  for (const [row, dagen] of uitgesteld) g = verschuifDeadline(g, row, dagen, rij(row).due!);
  const open = oud.filter((a) => a.status === "In uitvoering");
  const gesloten = [open[open.length - 3].row];
  g = zet(g, gesloten[0], KOLOM.status, "Gereed");
  const eigenaar = new Map([[open[3].row, "Peter"]]);
  for (const [row, naam] of eigenaar) g = zet(g, row, KOLOM.eigenaar, naam);
  const lang = oud.filter((a) => a.actie.length > 40);
  g = bewerk(g, lang[0].row, KOLOM.actie, (t) => t.replace(/\s+(\S+)$/, " $1 (bijgewerkt)"));
  const onzeker = [lang[lang.length - 1].row];
  g = bewerk(
    g,
    onzeker[0],
    KOLOM.actie,
    (t) => `${t.slice(0, Math.ceil(t.length * 0.6))} (herzien na overleg)`
  );
  g = verschuif(g, 3, 2, "rechts");
  g = hernummer(g);
  // Rows 27 and 28 have goal and topic of their own: they can trade places.
  g = herorden(g, [27, 28], [28, 27]);
  const toegevoegd = ["Nazorg na oplevering van de eerste adressen plannen"];
  g = voegIn(g, 41, [
    "#12 Nazorg",
    "Afronding",
    toegevoegd[0],
    "Anja",
    "Nog niet gestart",
    "",
    "Q3 2021",
    "",
  ]);
  const verwijderd = [oud[oud.length - 3].row];
  g = verwijder(g, verwijderd[0]);
  return { grid: g, uitgesteld, gesloten, eigenaar, onzeker, toegevoegd, verwijderd };
}

/** The grid as sheet "Actielijst" of an .xlsx file at `pad` (for the CLI and the pane's file picker). */
export async function schrijfVersie(grid: Grid, pad: string): Promise<string> {
  const w = werkmap({
    name: grid.sheet,
    values: grid.values,
    merges: grid.merges.map(areaAddress),
  });
  await w.workbook.xlsx.writeFile(pad);
  return pad;
}

/**
 * An earlier version of the list, for comparing the list as it is now (the fixture, the demo's
 * workbook) against: in it one action was still open, two deadlines were two weeks earlier, another
 * owner had one action, the last action did not exist yet, one action since dropped was there, and
 * one text read quite differently. Expectations in rows of the list as it is now.
 */
export function eerdereVersie(
  grid: Grid,
  peildatum = PEIL
): Omit<Afgeleid, "verwijderd" | "toegevoegd" | "onzeker"> & {
  /** Rows now that the earlier version lacked. */
  nieuw: number[];
  /** Action texts only the earlier version has. */
  vervallen: string[];
  /** Rows now whose match is unsure. */
  onzeker: number[];
} {
  const nu = versie(grid, peildatum);
  const rij = (row: number) => nu.find((a) => a.row === row)!;
  let g = grid;
  const gesloten = nu
    .filter((a) => a.status === "Verstuurd" && a.eigenaren.length > 0)
    .map((a) => a.row)
    .slice(0, 1);
  for (const row of gesloten) g = zet(g, row, KOLOM.status, "In uitvoering");
  const eigen = (row: number) =>
    !grid.merges.some(
      (m) =>
        m.left <= KOLOM.deadline &&
        m.right >= KOLOM.deadline &&
        m.top <= row - 1 &&
        m.bottom >= row - 1 &&
        m.bottom > m.top
    );
  const metDatum = nu.filter(
    (a) => a.due && a.status !== "Gereed" && a.status !== "Verstuurd" && eigen(a.row)
  );
  const uitgesteld = new Map([
    [metDatum[0].row, 14],
    [metDatum[3].row, 21],
  ]);
  for (const [row, dagen] of uitgesteld) g = verschuifDeadline(g, row, -dagen, rij(row).due!);
  const eenEigenaar = nu.find((a) => a.eigenaren.length === 1 && a.eigenaren[0] === "Henk")!;
  const eigenaar = new Map([[eenEigenaar.row, eenEigenaar.eigenaren[0]]]);
  g = zet(g, eenEigenaar.row, KOLOM.eigenaar, "Anja");
  const lang = nu.filter(
    (a) => a.actie.length > 50 && !gesloten.includes(a.row) && !uitgesteld.has(a.row)
  );
  const onzeker = [lang[lang.length - 1].row];
  g = bewerk(
    g,
    onzeker[0],
    KOLOM.actie,
    (t) => `${t.slice(0, Math.ceil(t.length * 0.55))} (eerste opzet)`
  );
  const vervallen = ["Vervallen: overleg met de provincie over de startdatum"];
  const laatste = nu[nu.length - 1].row;
  g = verwijder(g, laatste);
  g = voegIn(g, laatste, [
    "",
    "Burgerparticipatie",
    vervallen[0],
    "Henk",
    "In uitvoering",
    "",
    "1 maart 2021",
    "",
  ]);
  return {
    grid: hernummer(g),
    gesloten,
    uitgesteld,
    eigenaar,
    onzeker,
    nieuw: [laatste],
    vervallen,
  };
}
