import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WriteOp } from "../../../src/app/ports";
import { werkmap } from "../../support/xlsx";
import { parseXml } from "../../../src/host/xlsx/xml";
import { all, expectConsistent, part, parts, relationships, saveAndOpen } from "./package";

const DASHBOARD = "Dashboard mijlpalen";
const FASEN = ["Opname", "Advies", "Ontwerp", "Vergunning", "Uitvoering", "Gereed"];
const KWARTALEN = ["2025 K1", "2025 K2", "2025 K3", "2025 K4"];
/** Rows 7-10: per quarter the count per phase. */
const AANTALLEN = KWARTALEN.map((_, q) => FASEN.map((_, f) => q * 10 + f + 1));

type ChartOp = Extract<WriteOp, { kind: "chart" }>;

function dashboardOps(sheet: string, extra: Partial<ChartOp> = {}): WriteOp[] {
  return [
    { kind: "addSheet", sheet },
    { kind: "values", sheet, address: "A1", values: [["Mijlpalen per kwartaal"]] },
    {
      kind: "values",
      sheet,
      address: "A6",
      values: [["Kwartaal", ...FASEN], ...KWARTALEN.map((k, q) => [k, ...AANTALLEN[q]])],
    },
    { kind: "table", sheet, address: "A6:G10", name: "Mijlpalen", style: "TableStyleMedium2" },
    {
      kind: "chart",
      sheet,
      source: "A6:G10",
      name: "Mijlpalen per fase",
      type: "ColumnStacked",
      title: "Mijlpalen per kwartaal",
      seriesBy: "Columns",
      from: "K6",
      to: "S26",
      ...extra,
    },
  ];
}

/** The sheet's part, through workbook.xml and its rels, as Excel finds it. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await part(zip, "xl/workbook.xml");
  const escaped = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map(([t]) => t)
    .find((t) => t.replace(/&apos;/g, "'").includes(`name="${escaped}"`));
  const id = /r:id="([^"]+)"/.exec(tag!)![1];
  return (await relationships(zip, "xl/workbook.xml"))[id];
}

/** sheet -> drawing -> charts, by following the relationships. */
async function chartsOf(zip: JSZip, sheet: string) {
  const path = await sheetPath(zip, sheet);
  const sheetXml = await part(zip, path);
  const [drawingId] = all(sheetXml, /<drawing\b[^>]*r:id="([^"]+)"/g);
  const drawingPath = (await relationships(zip, path))[drawingId];
  const drawing = await part(zip, drawingPath);
  const drawingRels = await relationships(zip, drawingPath);
  const charts = await Promise.all(
    all(drawing, /<c:chart\b[^>]*r:id="([^"]+)"/g).map((id) => part(zip, drawingRels[id]))
  );
  return { sheetXml, drawingPath, drawing, charts };
}

const series = (chart: string) => all(chart, /<c:ser>([\s\S]*?)<\/c:ser>/g);
const formulas = (xml: string) => all(xml, /<c:f>([^<]*)<\/c:f>/g);
const points = (xml: string) => all(xml, /<c:v>([^<]*)<\/c:v>/g);

describe("saveAs writes the stacked column chart exceljs cannot", () => {
  let zip: JSZip;
  let path: string;

  beforeAll(async () => {
    const wb = werkmap();
    await wb.write(dashboardOps(DASHBOARD));
    ({ zip, path } = await saveAndOpen(wb));
  });

  test("the chart part: stacked columns, touching, title, legend at the bottom, two crossing axes", async () => {
    const [chart] = (await chartsOf(zip, DASHBOARD)).charts;
    expect(chart).toMatch(/<c:barChart><c:barDir val="col"\/><c:grouping val="stacked"\/>/);
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:gapWidth val="60"/>');
    expect(all(chart, /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)).toEqual(["Mijlpalen per kwartaal"]);
    expect(chart).toMatch(/<c:legend><c:legendPos val="b"\/>/);
    const catAx = /<c:catAx><c:axId val="(\d+)"\/>[\s\S]*?<c:crossAx val="(\d+)"\/>/.exec(chart)!;
    const valAx = /<c:valAx><c:axId val="(\d+)"\/>[\s\S]*?<c:crossAx val="(\d+)"\/>/.exec(chart)!;
    expect([catAx[2], valAx[2]]).toEqual([valAx[1], catAx[1]]);
    const bars = /<c:barChart>[\s\S]*<\/c:barChart>/.exec(chart)![0];
    expect(all(bars, /<c:axId val="(\d+)"\/>/g)).toEqual([catAx[1], valAx[1]]);
  });

  test("one series per phase column: header as name, quarters as categories, counts as numbers", async () => {
    const [chart] = (await chartsOf(zip, DASHBOARD)).charts;
    const sers = series(chart);
    expect(sers).toHaveLength(FASEN.length);
    expect(formulas(sers[0])).toEqual([
      "&apos;Dashboard mijlpalen&apos;!$B$6",
      "&apos;Dashboard mijlpalen&apos;!$A$7:$A$10",
      "&apos;Dashboard mijlpalen&apos;!$B$7:$B$10",
    ]);
    expect(formulas(sers[5])[2]).toBe("&apos;Dashboard mijlpalen&apos;!$G$7:$G$10");
    expect(sers.map((s) => points(s)[0])).toEqual(FASEN);
    expect(points(sers[0]).slice(1, 5)).toEqual(KWARTALEN);
    const values = sers.map((s) => /<c:numCache>([\s\S]*)<\/c:numCache>/.exec(s)![1]);
    expect(values[2]).toMatch(/^<c:formatCode>General<\/c:formatCode><c:ptCount val="4"\/>/);
    expect(values.map((v) => points(v).map(Number))).toEqual(
      FASEN.map((_, f) => AANTALLEN.map((row) => row[f]))
    );
  });

  test("the drawing anchors the chart over K6 through S26, under its name", async () => {
    const { drawing } = await chartsOf(zip, DASHBOARD);
    const anchors = all(drawing, /<xdr:twoCellAnchor>([\s\S]*?)<\/xdr:twoCellAnchor>/g);
    expect(anchors).toHaveLength(1);
    const corner = (tag: string) =>
      /<xdr:col>(\d+)<\/xdr:col>.*<xdr:row>(\d+)<\/xdr:row>/
        .exec(new RegExp(`<xdr:${tag}>(.*?)</xdr:${tag}>`).exec(anchors[0])![1])!
        .slice(1)
        .map(Number);
    // K6 is column 10, row 5; the chart covers S26 (18, 25), so it ends where T27 begins.
    expect(corner("from")).toEqual([10, 5]);
    expect(corner("to")).toEqual([19, 26]);
    expect(anchors[0]).toContain('name="Mijlpalen per fase"');
  });

  test("the sheet links its drawing once, before the table parts, as the schema orders them", async () => {
    const { sheetXml } = await chartsOf(zip, DASHBOARD);
    expect(all(sheetXml, /<(drawing)\b/g)).toHaveLength(1);
    expect(sheetXml.indexOf("<drawing")).toBeLessThan(sheetXml.indexOf("<tableParts"));
    expect(sheetXml.indexOf("<drawing")).toBeGreaterThan(sheetXml.indexOf("<pageMargins"));
  });

  test("every relationship and content type resolves; every XML part is well-formed", async () => {
    await expectConsistent(zip);
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
  });

  test("exceljs reads the file back with its values and table", async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const ws = back.getWorksheet(DASHBOARD)!;
    expect(ws.getCell("A1").value).toBe("Mijlpalen per kwartaal");
    expect(ws.getCell("B6").value).toBe("Opname");
    expect(ws.getCell("G10").value).toBe(AANTALLEN[3][5]);
    const table = ws.getTable("Mijlpalen") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A6:G10");
  });
});

/** The local names of each c:ser's own children, in document order. */
function serieKinderen(chart: string): string[][] {
  const result: string[][] = [];
  let diepte = -1;
  const open: string[] = [];
  parseXml(chart, "chart", {
    open: (tag) => {
      if (tag.local === "ser") {
        result.push([]);
        diepte = open.length + 1;
      } else if (open.length === diepte) result[result.length - 1].push(tag.local);
      open.push(tag.local);
    },
    close: () => {
      if (open.pop() === "ser") diepte = -1;
    },
  });
  return result;
}

/** CT_BarSer's sequence (ECMA-376 Part 1, dml-chart.xsd). */
const BAR_SER = [
  "idx",
  "order",
  "tx",
  "spPr",
  "invertIfNegative",
  "pictureOptions",
  "dPt",
  "dLbls",
  "trendline",
  "errBars",
  "cat",
  "val",
  "shape",
  "extLst",
];

describe("a colour per series (the phase colours)", () => {
  const KLEUREN = ["#B3B3B3", "#56B4E9", "#E69F00", "#0072B2", "#D55E00", "#009E73"];

  test("each series gets its solid fill as c:spPr, right after c:tx as CT_BarSer orders it", async () => {
    const wb = werkmap();
    await wb.write(dashboardOps(DASHBOARD, { seriesColors: KLEUREN }));
    const { zip } = await saveAndOpen(wb);
    const [chart] = (await chartsOf(zip, DASHBOARD)).charts;
    expect(
      series(chart).map((s) =>
        all(s, /<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/><\/a:solidFill><\/c:spPr>/g)
      )
    ).toEqual(KLEUREN.map((k) => [k.slice(1)]));
    for (const kinderen of serieKinderen(chart)) {
      expect(kinderen).toEqual(["idx", "order", "tx", "spPr", "invertIfNegative", "cat", "val"]);
      const plaatsen = kinderen.map((k) => BAR_SER.indexOf(k));
      expect(plaatsen).toEqual([...plaatsen].sort((a, b) => a - b));
    }
    await expectConsistent(zip);
  });

  test("without colours no c:spPr: the host picks, as before", async () => {
    const wb = werkmap();
    await wb.write(dashboardOps(DASHBOARD));
    const { zip } = await saveAndOpen(wb);
    const [chart] = (await chartsOf(zip, DASHBOARD)).charts;
    expect(chart).not.toContain("<c:spPr>");
    expect(serieKinderen(chart)[0]).toEqual([
      "idx",
      "order",
      "tx",
      "invertIfNegative",
      "cat",
      "val",
    ]);
  });

  test("a colour that is not #RRGGBB fails in write(), before anything is saved", async () => {
    const wb = werkmap();
    await expect(
      wb.write(dashboardOps(DASHBOARD, { seriesColors: ["grijs"] }))
    ).rejects.toMatchObject({ name: "HostError", code: "sync-failed" });
  });
});

describe("names that need quoting and escaping, several charts on several sheets", () => {
  // A space and an apostrophe need the quotes ('' inside them); & < > need escaping in the XML.
  const NOORD = "Noord 't Zandt & <Oost>";
  let zip: JSZip;
  let path: string;

  beforeAll(async () => {
    const wb = werkmap();
    await wb.write([
      ...dashboardOps(DASHBOARD),
      ...dashboardOps(NOORD, {
        name: `Fasen "Noord" & 'Oost'`,
        title: "Per fase <Noord> & 'Oost'",
        seriesBy: "Rows",
        from: "B14",
        to: "H30",
      }).map((op) => (op.kind === "table" ? { ...op, name: "MijlpalenNoord" } : op)),
    ]);
    ({ zip, path } = await saveAndOpen(wb));
  });

  test("each sheet gets its own drawing and chart part", async () => {
    const names = parts(zip);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    const dashboard = await chartsOf(zip, DASHBOARD);
    const noord = await chartsOf(zip, NOORD);
    expect(dashboard.drawingPath).not.toBe(noord.drawingPath);
    expect([dashboard.charts.length, noord.charts.length]).toEqual([1, 1]);
    await expectConsistent(zip);
  });

  test("references quote the sheet name, apostrophe doubled, and the XML escapes it", async () => {
    const [chart] = (await chartsOf(zip, NOORD)).charts;
    const sheet = "&apos;Noord &apos;&apos;t Zandt &amp; &lt;Oost&gt;&apos;";
    const sers = series(chart);
    // seriesBy Rows: one series per quarter row, the phases of the header row as categories.
    expect(sers).toHaveLength(KWARTALEN.length);
    expect(formulas(sers[1])).toEqual([
      `${sheet}!$A$8`,
      `${sheet}!$B$6:$G$6`,
      `${sheet}!$B$8:$G$8`,
    ]);
    expect(points(sers[1])).toEqual(["2025 K2", ...FASEN, ...AANTALLEN[1].map(String)]);
    expect(chart).toContain("<a:t>Per fase &lt;Noord&gt; &amp; &apos;Oost&apos;</a:t>");
    const { drawing } = await chartsOf(zip, NOORD);
    expect(drawing).toContain('name="Fasen &quot;Noord&quot; &amp; &apos;Oost&apos;"');
  });

  test("exceljs reads both sheets back", async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.worksheets.map((ws) => ws.name)).toEqual([DASHBOARD, NOORD]);
    expect(back.getWorksheet(NOORD)!.getCell("C8").value).toBe(AANTALLEN[1][1]);
  });
});

describe("charts next to what exceljs already draws", () => {
  test("two charts on one sheet share its drawing; a picture's drawing is joined, not doubled", async () => {
    const wb = werkmap();
    await wb.write(dashboardOps(DASHBOARD));
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64"
    );
    const image = wb.workbook.addImage({
      buffer: png as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    wb.workbook.getWorksheet(DASHBOARD)!.addImage(image, "A12:C20");
    await wb.write([
      { ...(dashboardOps(DASHBOARD)[4] as ChartOp), name: "Tweede", from: "K30", to: "S50" },
    ]);
    const { zip } = await saveAndOpen(wb);
    const { sheetXml, drawing, charts } = await chartsOf(zip, DASHBOARD);
    expect(all(sheetXml, /<(drawing)\b/g)).toHaveLength(1);
    expect(drawing).toContain("<xdr:pic>");
    expect(charts).toHaveLength(2);
    // Shape ids are unique in the drawing: the picture's 1, then the charts.
    expect(all(drawing, /<xdr:cNvPr id="(\d+)"/g)).toEqual(["1", "2", "3"]);
    await expectConsistent(zip);
  });
});

describe("what the chart shows is read at save time", () => {
  test("values changed after the chart op are cached; empty and text cells are gaps", async () => {
    const wb = werkmap();
    await wb.write(dashboardOps(DASHBOARD));
    const ws = wb.workbook.getWorksheet(DASHBOARD)!;
    ws.getCell("B7").value = { formula: "2*21", result: 42 };
    ws.getCell("B8").value = null;
    ws.getCell("B9").value = "n.v.t.";
    ws.getCell("B6").value = "Intake";
    const { zip } = await saveAndOpen(wb);
    const [first] = series((await chartsOf(zip, DASHBOARD)).charts[0]);
    expect(points(first)[0]).toBe("Intake");
    const cache = /<c:numCache>([\s\S]*)<\/c:numCache>/.exec(first)![1];
    expect(cache).toContain('<c:ptCount val="4"/>');
    expect(all(cache, /<c:pt idx="(\d+)">/g)).toEqual(["0", "3"]);
    expect(points(cache)).toEqual(["42", String(AANTALLEN[3][0])]);
  });
});

describe("without charts nothing changes", () => {
  test("a workbook without charts is exactly what exceljs writes", async () => {
    const wb = werkmap({ name: "Blad1", values: [["a", 1]] });
    const { zip } = await saveAndOpen(wb);
    const plain = await JSZip.loadAsync(await wb.workbook.xlsx.writeBuffer());
    expect(parts(zip)).toEqual(parts(plain));
    for (const name of parts(plain))
      expect({ name, xml: await part(zip, name) }).toEqual({ name, xml: await part(plain, name) });
    expect(parts(zip).some((n) => /chart|drawing/.test(n))).toBe(false);
  });

  test("a chart whose sheet was deleted goes with it", async () => {
    const wb = werkmap({ name: "Blad1", values: [["a", 1]] });
    await wb.write([...dashboardOps(DASHBOARD), { kind: "deleteSheet", sheet: DASHBOARD }]);
    await wb.write([{ kind: "addSheet", sheet: DASHBOARD }]);
    const { zip } = await saveAndOpen(wb);
    expect(parts(zip).some((n) => /chart|drawing/.test(n))).toBe(false);
  });

  test.each([
    ["an unreadable source", { source: "A6:" }],
    ["a source without values", { source: "A6:A10" }],
    ["an unreadable corner", { to: "tot S26" }],
  ])("%s fails in write(), before anything is saved", async (_label, bad) => {
    const wb = werkmap();
    await expect(wb.write(dashboardOps(DASHBOARD, bad))).rejects.toMatchObject({
      name: "HostError",
      code: "sync-failed",
    });
  });
});
