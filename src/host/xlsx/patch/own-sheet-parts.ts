import { posix } from "node:path";
import { areaAddress, parseArea } from "../../../core/address";
import type { CellValue } from "../../../core/grid";
import { chartPlacement, chartSpec, type ChartOp } from "../chart-spec";
import {
  anchorXml,
  chartXml,
  emptyDrawingXml,
  emptyRelsXml,
  escapeXml,
  NS,
  relationshipXml,
} from "../chart-xml";
import type { WriteOp } from "../../../app/ports";

export type TableOp = Extract<WriteOp, { kind: "table" }>;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const CONTENT_TYPE = {
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** Hands out part names and table ids not yet used in the package (nor earlier in this copy). */
export class PartNames {
  private readonly taken: Set<string>;
  private tableId: number;

  constructor(parts: Iterable<string>, tableIds: Iterable<number>) {
    this.taken = new Set(parts);
    this.tableId = Math.max(0, ...tableIds);
  }

  /** xl/tables/table{N}.xml and the like: the lowest free N. */
  next(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const part = `${folder}/${stem}${n}.xml`;
      if (!this.taken.has(part)) {
        this.taken.add(part);
        return part;
      }
    }
  }

  /** Table ids are unique across the workbook (ECMA-376 18.5.1.2). */
  nextTableId(): number {
    return ++this.tableId;
  }
}

/** What one of Regie's own sheets needs beside its part: tables, a drawing with its charts. */
export interface OwnSheetParts {
  /** New parts and their text, the sheet's .rels among them when it has any. */
  parts: Map<string, string>;
  /** Content types to declare, by part. */
  overrides: { part: string; type: string }[];
  /** The sheet's <drawing> and <tableParts> elements, "" when it has none. */
  drawing: string;
  tableParts: string;
}

/**
 * The tables and charts of Regie's own sheet as parts of their own, linked from the sheet. The
 * header cells of a table become the text of its column names, as Excel's tables.add makes them
 * (a table's header row holds text; names are unique, an empty one is "Kolom<n>").
 */
export function ownSheetParts(
  sheetPart: string,
  sheetName: string,
  values: CellValue[][],
  tables: readonly TableOp[],
  charts: readonly ChartOp[],
  names: PartNames
): OwnSheetParts {
  const parts = new Map<string, string>();
  const overrides: OwnSheetParts["overrides"] = [];
  const sheetRels: string[] = [];
  const link = (type: string, target: string) => {
    const id = `rId${sheetRels.length + 1}`;
    sheetRels.push(relationshipXml(id, type, posix.relative(posix.dirname(sheetPart), target)));
    return id;
  };
  const tableIds: string[] = [];
  for (const op of tables) {
    const part = names.next("xl/tables", "table");
    parts.set(part, tableXml(op, names.nextTableId(), headerNames(values, op.address)));
    overrides.push({ part, type: CONTENT_TYPE.table });
    tableIds.push(link("table", part));
  }
  let drawing = "";
  if (charts.length > 0) {
    const drawingPart = names.next("xl/drawings", "drawing");
    const drawingRels: string[] = [];
    const anchors = charts.map((op, i) => {
      const { source, anchor } = chartPlacement(op);
      const spec = chartSpec(sheetName, op, source, (r, c) => values[r]?.[c] ?? "");
      const chartPart = names.next("xl/charts", "chart");
      parts.set(chartPart, chartXml(spec));
      overrides.push({ part: chartPart, type: CONTENT_TYPE.chart });
      const id = `rId${i + 1}`;
      const target = posix.relative(posix.dirname(drawingPart), chartPart);
      drawingRels.push(relationshipXml(id, "chart", target));
      return anchorXml(anchor, i + 2, op.name, id);
    });
    parts.set(
      drawingPart,
      emptyDrawingXml().replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`)
    );
    parts.set(relsOf(drawingPart), withRelationships(drawingRels));
    overrides.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
    drawing = `<drawing r:id="${link("drawing", drawingPart)}"/>`;
  }
  if (sheetRels.length > 0) parts.set(relsOf(sheetPart), withRelationships(sheetRels));
  const tableParts =
    tableIds.length > 0
      ? `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
      : "";
  return { parts, overrides, drawing, tableParts };
}

/**
 * The header row's cells as column names, written back into `values` as text. Names are unique
 * ignoring case, as Excel requires; a repeat gets a number, as Excel gives it.
 */
function headerNames(values: CellValue[][], address: string): string[] {
  const a = parseArea(address)!;
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = a.left; c <= a.right; c++) {
    const v = values[a.top]?.[c];
    const base = v === null || v === undefined || v === "" ? `Kolom${c - a.left + 1}` : String(v);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
    (values[a.top] ??= [])[c] = name;
  }
  return names;
}

function tableXml(op: TableOp, id: number, columns: string[]): string {
  const ref = areaAddress(parseArea(op.address)!);
  const name = escapeXml(op.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">` +
    columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("") +
    `</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(op.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

function withRelationships(rels: string[]): string {
  return emptyRelsXml().replace("</Relationships>", `${rels.join("")}</Relationships>`);
}

function relsOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/**
 * Whether a table name is one Excel accepts: a letter, _ or \ first, then letters, digits, _ and .;
 * at most 255 characters, not a cell reference (the defined-name grammar, [MS-XLSB] 2.5.166
 * XLNameWideString; a table name is a defined name).
 */
export function validTableName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
}

export { NS };
