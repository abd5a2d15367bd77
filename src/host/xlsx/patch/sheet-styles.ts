import { cellAddress } from "../../../core/address";
import { applyEdits, prefixOf, withAttribute, type Edit } from "./edits";

/** A cell's new format from its current one (undefined: the cell has no s). */
export type NewStyle = (current: number | undefined) => number;

/**
 * Gives cells of a worksheet part a new format (`s`), editing only those cells' start tags; cells
 * (and rows) that the part does not hold yet are inserted in their place, empty. The rest of the
 * part, every other cell included, stays as written. Throws when the part's cells cannot be placed
 * with certainty (a row or cell without its r, comments or CDATA among the cells): the caller then
 * writes through exceljs.
 */
export function setCellStyles(
  xml: string,
  cells: ReadonlyMap<number, ReadonlyMap<number, NewStyle>>
): string {
  const p = prefixOf(xml, "worksheet");
  const dataOpen = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!dataOpen) throw new Error("geen <sheetData>");
  const dataStart = dataOpen.index + dataOpen[0].length;
  const dataEnd = dataOpen[1] ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
  const data = xml.slice(dataStart, dataEnd);
  if (data.includes("<!--") || data.includes("<![CDATA["))
    throw new Error("commentaar tussen de cellen");
  const edits: Edit[] = [];
  if (dataOpen[1])
    edits.push({
      at: dataOpen.index,
      length: dataOpen[0].length,
      text: dataOpen[0].replace(/\/>$/, ">"),
    });
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(/?)>`, "g");
  const cellPattern = new RegExp(`<${p}c\\b([^>]*?)(/?)>`, "g");
  const rows = [...data.matchAll(rowPattern)].map((m) => {
    const r = /\sr="(\d+)"/.exec(m[1]);
    if (!r) throw new Error("rij zonder r");
    const selfClosing = m[2] === "/";
    const openEnd = m.index + m[0].length;
    const end = selfClosing ? openEnd : data.indexOf(`</${p}row>`, openEnd);
    return { row: Number(r[1]) - 1, start: m.index, tag: m[0], openEnd, end, selfClosing };
  });
  const wanted = [...cells.keys()].sort((a, b) => a - b);
  let ri = 0;
  for (const row of wanted) {
    while (ri < rows.length && rows[ri].row < row) ri++;
    const styles = cells.get(row)!;
    const existing = rows[ri]?.row === row ? rows[ri] : undefined;
    if (!existing) {
      const at = dataStart + (rows[ri]?.start ?? data.length);
      edits.push({ at, length: 0, text: newRow(p, row, styles) });
      continue;
    }
    const inner = existing.selfClosing ? "" : data.slice(existing.openEnd, existing.end);
    const present = [...inner.matchAll(cellPattern)].map((m) => {
      const ref = /\sr="([A-Z]+)\d+"/.exec(m[1]);
      if (!ref) throw new Error("cel zonder r");
      return { col: columnOf(ref[1]), at: existing.openEnd + m.index, tag: m[0] };
    });
    const cols = [...styles.keys()].sort((a, b) => a - b);
    const inserts = cols.some((c) => !present.some((x) => x.col === c));
    // A row that gets new cells loses its spans (an optional hint that would no longer hold).
    if (existing.selfClosing || inserts) {
      let tag = existing.selfClosing ? existing.tag.replace(/\s*\/>$/, ">") : existing.tag;
      if (inserts) tag = tag.replace(/\sspans="[^"]*"/, "");
      edits.push({ at: dataStart + existing.start, length: existing.tag.length, text: tag });
    }
    let ci = 0;
    for (const col of cols) {
      while (ci < present.length && present[ci].col < col) ci++;
      const style = styles.get(col)!;
      const cell = present[ci]?.col === col ? present[ci] : undefined;
      if (cell) {
        const s = /\ss="(\d+)"/.exec(cell.tag);
        const tag = withAttribute(cell.tag, "s", String(style(s ? Number(s[1]) : undefined)));
        edits.push({ at: dataStart + cell.at, length: cell.tag.length, text: tag });
      } else {
        const at =
          dataStart + (present[ci]?.at ?? (existing.selfClosing ? existing.openEnd : existing.end));
        edits.push({
          at,
          length: 0,
          text: `<${p}c r="${cellAddress(row, col)}" s="${style(undefined)}"/>`,
        });
      }
    }
    if (existing.selfClosing)
      edits.push({ at: dataStart + existing.openEnd, length: 0, text: `</${p}row>` });
  }
  if (dataOpen[1]) edits.push({ at: dataStart, length: 0, text: `</${p}sheetData>` });
  return applyEdits(xml, edits);
}

function newRow(p: string, row: number, styles: ReadonlyMap<number, NewStyle>): string {
  const cells = [...styles.keys()]
    .sort((a, b) => a - b)
    .map((col) => `<${p}c r="${cellAddress(row, col)}" s="${styles.get(col)!(undefined)}"/>`);
  return `<${p}row r="${row + 1}">${cells.join("")}</${p}row>`;
}

function columnOf(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}
