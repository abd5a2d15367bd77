import JSZip from "jszip";
import { attributes, relationships, relsPath, sheetPart, text } from "./package";
import { posix } from "node:path";
import {
  anchorXml,
  chartXml,
  emptyDrawingXml,
  emptyRelsXml,
  NS,
  relationshipXml,
  type PlacedChart,
} from "./chart-xml";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/**
 * Puts the charts into a file exceljs wrote: a chart part each, one drawing per sheet that anchors
 * them, and the links (sheet -> drawing -> chart) with their content types. Only the text exceljs
 * itself writes has to be understood here, so plain string surgery is enough.
 */
export async function addChartParts(
  xlsx: ArrayBuffer | Uint8Array,
  charts: readonly PlacedChart[]
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [sheet, onSheet] of groupBySheet(charts)) {
    const drawing = await drawingOf(zip, await sheetPart(zip, sheet));
    const xml = await text(zip, drawing);
    // Shape ids must be unique within the drawing, which may already hold exceljs's pictures.
    let shapeId = Math.max(0, ...[...xml.matchAll(/<xdr:cNvPr\b[^>]*?\bid="(\d+)"/g)].map(group1));
    const anchors: string[] = [];
    for (const chart of onSheet) {
      const part = `xl/charts/chart${nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/)}.xml`;
      zip.file(part, chartXml(chart.spec));
      await addOverride(zip, part, CHART_TYPE);
      const rId = await addRelationship(zip, drawing, "chart", part);
      anchors.push(anchorXml(chart.anchor, ++shapeId, chart.name, rId));
    }
    zip.file(drawing, xml.replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function groupBySheet(charts: readonly PlacedChart[]): Map<string, PlacedChart[]> {
  const groups = new Map<string, PlacedChart[]>();
  for (const chart of charts) groups.set(chart.sheet, [...(groups.get(chart.sheet) ?? []), chart]);
  return groups;
}

/**
 * The sheet's drawing part. A sheet has at most one <drawing>: when exceljs already made one (for
 * pictures) the charts join it; otherwise a new one is linked at the schema's place in the sheet.
 */
async function drawingOf(zip: JSZip, sheet: string): Promise<string> {
  const xml = await text(zip, sheet);
  const existing = topLevelElements(xml).find((e) => e.name === "drawing");
  if (existing) {
    const part = (await relationships(zip, sheet)).get(attributes(existing.tag).get("r:id") ?? "");
    if (part) return part;
  }
  const part = `xl/drawings/drawing${nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/)}.xml`;
  zip.file(part, emptyDrawingXml());
  await addOverride(zip, part, DRAWING_TYPE);
  const rId = await addRelationship(zip, sheet, "drawing", part);
  const at = drawingPosition(xml);
  zip.file(sheet, `${xml.slice(0, at)}<drawing xmlns:r="${NS.r}" r:id="${rId}"/>${xml.slice(at)}`);
  return part;
}

// CT_Worksheet's children that must come after <drawing>; everything else comes before it.
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Before the first top-level child that follows <drawing>, else before </worksheet>. */
function drawingPosition(sheetXml: string): number {
  const next = topLevelElements(sheetXml).find((e) => AFTER_DRAWING.has(e.name));
  return next ? next.start : sheetXml.lastIndexOf("</");
}

/**
 * The root's direct children with their offsets. Depth is counted so that a nested element of the
 * same name (an <extLst> inside a conditional format's rule) is not taken for a top-level one.
 */
function topLevelElements(xml: string): { name: string; tag: string; start: number }[] {
  const found = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [tag, closing, qname, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 1) found.push({ name: qname.replace(/^.*:/, ""), tag, start: m.index });
      if (!selfClosing) depth++;
    }
  }
  return found;
}

/** Adds a relationship from `source` to `target` (both zip paths) and returns its new id. */
async function addRelationship(
  zip: JSZip,
  source: string,
  type: "drawing" | "chart",
  target: string
): Promise<string> {
  const rels = relsPath(source);
  const xml = zip.file(rels) ? await text(zip, rels) : emptyRelsXml();
  const used = [...xml.matchAll(/\bId="rId(\d+)"/g)].map(group1);
  const id = `rId${Math.max(0, ...used) + 1}`;
  const relative = posix.relative(posix.dirname(source), target);
  zip.file(
    rels,
    xml.replace("</Relationships>", `${relationshipXml(id, type, relative)}</Relationships>`)
  );
  return id;
}

async function addOverride(zip: JSZip, part: string, contentType: string): Promise<void> {
  const types = "[Content_Types].xml";
  const override = `<Override PartName="/${part}" ContentType="${contentType}"/>`;
  zip.file(types, (await text(zip, types)).replace("</Types>", `${override}</Types>`));
}

/** One more than the highest N among the zip's names matching `pattern` (whose group 1 is N). */
function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).map((name) => Number(pattern.exec(name)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

const group1 = (m: RegExpMatchArray): number => Number(m[1]);
