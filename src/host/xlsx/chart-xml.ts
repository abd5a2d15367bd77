/**
 * The DrawingML text of a stacked column chart and of the drawing that places it, built from a
 * typed spec. Pure strings: chart-parts.ts puts them into the saved file, chart.ts fills the spec.
 */

/** Cells the chart points at, as a sheet-qualified formula, with the values seen at save time. */
export interface CellsRef<T> {
  ref: string;
  cache: T[];
}

export interface ChartSpec {
  /** "" gives a chart without a title, as Excel does for an empty title. */
  title: string;
  categories: CellsRef<string>;
  /**
   * Each series: its name (one header cell) and its values; null is an empty or non-number cell.
   * `color` ("#RRGGBB") fills its columns; without it Excel and LibreOffice each pick their own.
   */
  series: { name: CellsRef<string>; values: CellsRef<number | null>; color?: string }[];
}

/** 0-based cells; `to` is the corner cell the chart's bottom-right edge touches (exclusive). */
export interface Anchor {
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface PlacedChart {
  sheet: string;
  name: string;
  anchor: Anchor;
  spec: ChartSpec;
}

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Axis ids only have to be unique within one chart part.
const CAT_AX = 1001;
const VAL_AX = 1002;

/** Text and attribute values; control characters XML 1.0 cannot hold are dropped, as exceljs does. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, "") // eslint-disable-line no-control-regex
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** 'Dashboard mijlpalen'!$A$7:$A$10: always quoted, an apostrophe in the name doubled. */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/** xl/charts/chartN.xml: one bar chart, columns stacked and touching their series above each other. */
export function chartXml(spec: ChartSpec): string {
  const title = spec.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>` +
      `<a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
      `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : `<c:autoTitleDeleted val="1"/>`;
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    // Absent, roundedCorners means true: Excel would draw the chart's border rounded.
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    spec.series.map((s, i) => seriesXml(s, i, spec.categories)).join("") +
    `<c:gapWidth val="60"/><c:overlap val="100"/>` +
    `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/>${axisCommon("b")}<c:crossAx val="${VAL_AX}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    // Counts on the value axis as in the table (#,##0: 6.000 in Dutch); Excel links it to the cells.
    `<c:valAx><c:axId val="${VAL_AX}"/>${axisCommon("l", "<c:majorGridlines/>", "#,##0")}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    `</c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function seriesXml(series: ChartSpec["series"][number], i: number, cat: CellsRef<string>): string {
  const values = series.values.cache
    .map((v, idx) => (v === null ? "" : `<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx>${strRef(series.name)}</c:tx>${solidFill(series.color)}<c:invertIfNegative val="0"/>` +
    `<c:cat>${strRef(cat)}</c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(series.values.ref)}</c:f><c:numCache>` +
    `<c:formatCode>General</c:formatCode><c:ptCount val="${series.values.cache.length}"/>` +
    `${values}</c:numCache></c:numRef></c:val></c:ser>`
  );
}

/**
 * The series' shape properties: a solid fill. CT_BarSer (ECMA-376 Part 1, dml-chart.xsd) orders its
 * children idx, order, tx, spPr, invertIfNegative, ..., cat, val: spPr goes right after tx.
 */
function solidFill(color: string | undefined): string {
  if (color === undefined) return "";
  const hex = /^#?([0-9A-Fa-f]{6})$/.exec(color);
  // chartPlacement refuses such an op when it is written; this only keeps bad XML out.
  if (!hex) throw new Error(`not a #RRGGBB colour: ${color}`);
  return `<c:spPr><a:solidFill><a:srgbClr val="${hex[1].toUpperCase()}"/></a:solidFill></c:spPr>`;
}

function strRef(cells: CellsRef<string>): string {
  const points = cells.cache
    .map((text, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(text)}</c:v></c:pt>`)
    .join("");
  return (
    `<c:strRef><c:f>${escapeXml(cells.ref)}</c:f><c:strCache>` +
    `<c:ptCount val="${cells.cache.length}"/>${points}</c:strCache></c:strRef>`
  );
}

/** The children both axes share, in the schema's order (gridlines sit between axPos and numFmt). */
function axisCommon(position: "b" | "l", gridlines = "", numFmt = "General"): string {
  return (
    `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${gridlines}<c:numFmt formatCode="${escapeXml(numFmt)}" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
  );
}

/** xl/drawings/drawingN.xml without anchors yet; anchorXml's are added before its end tag. */
export function emptyDrawingXml(): string {
  return DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
}

/**
 * One chart on the sheet. The c and r namespaces are declared on c:chart itself, as Excel writes it,
 * so the anchor also fits into a drawing that exceljs made for pictures.
 */
export function anchorXml(anchor: Anchor, shapeId: number, name: string, chartRId: string): string {
  const cell = (tag: "from" | "to", at: Anchor["from"]) =>
    `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${cell("from", anchor.from)}${cell("to", anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${NS.r}/${type}" Target="${escapeXml(target)}"/>`;
}

export function emptyRelsXml(): string {
  return DECLARATION + `<Relationships xmlns="${NS.rels}"></Relationships>`;
}
