import { cellAddress } from "../../../core/address";
import { applyEdits, applyEditsToBytes, prefixOf, type Edit } from "./edits";

/** A cell as the part holds it: its start tag's `s` and its whole element (null: not there yet). */
export interface CellNow {
  s: number | undefined;
  element: string | null;
}

/** The cell's new element from the cell as it is; `p` is the part's prefix, `ref` the cell's A1. */
export type CellChange = (now: CellNow, ref: string, p: string) => string;

/**
 * Changes cells of a worksheet part, editing only those cells' elements; cells (and rows) that the
 * part does not hold yet are inserted in their place; rows and cells without an r follow the
 * previous one, as the reader takes them. The rest of the part, every other cell included, stays
 * as written. Throws when the part's cells cannot be placed with certainty (comments or CDATA
 * among the cells).
 */
export function patchCells(
  xml: string,
  cells: ReadonlyMap<number, ReadonlyMap<number, CellChange>>
): string {
  return applyEdits(xml, cellEdits(xml, cells));
}

/** As patchCells, straight into UTF-8 bytes: a large sheet is not held twice as text. */
export function patchCellsToBytes(
  xml: string,
  cells: ReadonlyMap<number, ReadonlyMap<number, CellChange>>
): Buffer {
  return applyEditsToBytes(xml, cellEdits(xml, cells));
}

function cellEdits(
  xml: string,
  cells: ReadonlyMap<number, ReadonlyMap<number, CellChange>>
): Edit[] {
  const p = prefixOf(xml, "worksheet");
  const dataOpen = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!dataOpen) throw new Error("geen <sheetData>");
  const dataStart = dataOpen.index + dataOpen[0].length;
  const dataEnd = dataOpen[1] ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
  const data = xml.slice(dataStart, dataEnd);
  if (data.includes("<!--") || data.includes("<![CDATA["))
    throw new Error("commentaar tussen de cellen");
  const edits: Edit[] = [];
  const at = (offset: number, length: number, text: string) =>
    edits.push({ at: dataStart + offset, length, text });
  if (dataOpen[1])
    edits.push({
      at: dataOpen.index,
      length: dataOpen[0].length,
      text: dataOpen[0].replace(/\s*\/>$/, ">"),
    });
  const wanted = [...cells.keys()].sort((a, b) => a - b);
  const rows = rowsOf(data, p, wanted);
  let ri = 0;
  for (const row of wanted) {
    while (ri < rows.length && rows[ri].row < row) ri++;
    const changes = cells.get(row)!;
    const existing = rows[ri]?.row === row ? rows[ri] : undefined;
    if (!existing) {
      const cols = [...changes.keys()].sort((a, b) => a - b);
      const inner = cols.map((c) =>
        changes.get(c)!({ s: undefined, element: null }, cellAddress(row, c), p)
      );
      at(rows[ri]?.start ?? data.length, 0, `<${p}row r="${row + 1}">${inner.join("")}</${p}row>`);
      continue;
    }
    const present = cellsOf(data, p, existing);
    const cols = [...changes.keys()].sort((a, b) => a - b);
    const inserts = cols.some((c) => !present.some((x) => x.col === c));
    // A row that gets new cells loses its spans (an optional hint that would no longer hold).
    if (existing.selfClosing || inserts) {
      let tag = existing.selfClosing ? existing.tag.replace(/\s*\/>$/, ">") : existing.tag;
      if (inserts) tag = tag.replace(/\sspans="[^"]*"/, "");
      at(existing.start, existing.tag.length, tag);
    }
    let ci = 0;
    for (const col of cols) {
      while (ci < present.length && present[ci].col < col) ci++;
      const change = changes.get(col)!;
      const cell = present[ci]?.col === col ? present[ci] : undefined;
      const ref = cellAddress(row, col);
      if (cell) {
        const s = /\ss="(\d+)"/.exec(cell.tag);
        const now = { s: s ? Number(s[1]) : undefined, element: data.slice(cell.start, cell.end) };
        at(cell.start, cell.end - cell.start, change(now, ref, p));
      } else {
        const where =
          present[ci]?.start ?? (existing.selfClosing ? existing.openEnd : existing.end);
        at(where, 0, change({ s: undefined, element: null }, ref, p));
      }
    }
    if (existing.selfClosing) at(existing.openEnd, 0, `</${p}row>`);
  }
  if (dataOpen[1]) edits.push({ at: dataStart, length: 0, text: `</${p}sheetData>` });
  return edits;
}

interface RowAt {
  row: number;
  start: number;
  tag: string;
  openEnd: number;
  /** Where </row> starts (the row's cells end there); openEnd for a self-closing row. */
  end: number;
  selfClosing: boolean;
}

/**
 * The part's rows that the changes need: the wanted rows it holds, and the row before which a
 * wanted row it lacks is inserted. Every row is checked for its r, but only these are kept, so a
 * sheet of 50,000 rows does not become 50,000 objects for a few changed cells.
 */
function rowsOf(data: string, p: string, wanted: readonly number[]): RowAt[] {
  const found: RowAt[] = [];
  const pattern = new RegExp(`<${p}row\\b([^>]*?)(/?)>`, "g");
  let wi = 0;
  let row = -1;
  for (let m = pattern.exec(data); m; m = pattern.exec(data)) {
    // A row without r follows the previous one (ECMA-376 Part 1, §18.3.1.73: r is optional).
    const r = R_ATTRIBUTE.exec(m[1]);
    row = r ? Number(r[1]) - 1 : row + 1;
    const before = wi;
    while (wi < wanted.length && wanted[wi] < row) wi++;
    const keep = wi > before || wanted[wi] === row;
    if (!keep) continue;
    const selfClosing = m[2] === "/";
    const openEnd = m.index + m[0].length;
    const end = selfClosing ? openEnd : data.indexOf(`</${p}row>`, openEnd);
    found.push({ row, start: m.index, tag: m[0], openEnd, end, selfClosing });
  }
  return found;
}

/** The row's cells with their extent in `data` (a cell holds no other cell, so </c> ends it). */
function cellsOf(data: string, p: string, row: RowAt) {
  if (row.selfClosing) return [];
  const inner = data.slice(row.openEnd, row.end);
  let col = -1;
  return [...inner.matchAll(new RegExp(`<${p}c\\b([^>]*?)(/?)>`, "g"))].map((m) => {
    // A cell without r follows the previous one (ECMA-376 Part 1, §18.3.1.4: r is optional; the
    // default as Office reads it: MS-OI29500, https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/2fd4e47f-0965-4c60-95bd-cff980b6c325).
    const ref = CELL_REF.exec(m[1]);
    col = ref ? columnOf(ref[1]) : col + 1;
    const start = row.openEnd + m.index;
    const tagEnd = start + m[0].length;
    const close = `</${p}c>`;
    const end = m[2] === "/" ? tagEnd : data.indexOf(close, tagEnd) + close.length;
    return { col, start, end, tag: m[0] };
  });
}

/** An r attribute, either quote (XML 1.0 §3.1 allows both). */
const R_ATTRIBUTE = /\sr\s*=\s*["'](\d+)["']/;
const CELL_REF = /\sr\s*=\s*["']([A-Z]+)\d+["']/;

function columnOf(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}
