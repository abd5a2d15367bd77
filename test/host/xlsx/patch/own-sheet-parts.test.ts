import type { WriteOp } from "../../../../src/app/ports";
import {
  ownSheetParts,
  PartNames,
  validTableName,
} from "../../../../src/host/xlsx/patch/own-sheet-parts";

const chart: Extract<WriteOp, { kind: "chart" }> = {
  kind: "chart",
  sheet: "Dashboard",
  source: "A1:C3",
  name: "Grafiek",
  type: "ColumnStacked",
  title: "Per fase",
  seriesBy: "Columns",
  from: "E1",
  to: "J12",
};

describe("the parts of Regie's own sheet: tables and a chart", () => {
  test("a table with column names from the header row, unique, text in the header cells", () => {
    const values = [
      ["Kwartaal", 2020, "", "kwartaal"],
      ["Q1", 1, 2, 3],
    ];
    const names = new PartNames(["xl/tables/table1.xml"], [1, 4]);
    const own = ownSheetParts(
      "xl/worksheets/sheet3.xml",
      "Dashboard",
      values,
      [
        {
          kind: "table",
          sheet: "Dashboard",
          address: "A1:D2",
          name: "T",
          style: "TableStyleMedium2",
        },
      ],
      [],
      names
    );
    const table = own.parts.get("xl/tables/table2.xml")!;
    expect(table).toContain(`id="5" name="T" displayName="T" ref="A1:D2"`);
    expect(table).toContain(
      `<tableColumn id="1" name="Kwartaal"/><tableColumn id="2" name="2020"/><tableColumn id="3" name="Kolom3"/><tableColumn id="4" name="kwartaal2"/>`
    );
    expect(values[0]).toEqual(["Kwartaal", "2020", "Kolom3", "kwartaal2"]);
    expect(own.tableParts).toBe(`<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`);
    expect(own.drawing).toBe("");
    expect(own.parts.get("xl/worksheets/_rels/sheet3.xml.rels")).toContain(
      `Target="../tables/table2.xml"`
    );
  });

  test("a chart: drawing and chart as parts of their own, the values from the sheet", () => {
    const values = [
      ["Kwartaal", "Opname", "Voltooid"],
      ["Q4 2019", 546, 346],
      ["Q1 2020", 613, 346],
    ];
    const own = ownSheetParts(
      "xl/worksheets/sheet3.xml",
      "Dashboard",
      values,
      [],
      [chart],
      new PartNames([], [])
    );
    expect([...own.parts.keys()].sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet3.xml.rels",
    ]);
    const xml = own.parts.get("xl/charts/chart1.xml")!;
    expect(xml).toContain(`<c:f>&apos;Dashboard&apos;!$B$2:$B$3</c:f>`);
    expect(xml).toContain(`<c:v>613</c:v>`);
    expect(own.parts.get("xl/drawings/drawing1.xml")).toContain(`<xdr:col>10</xdr:col>`);
    expect(own.drawing).toBe(`<drawing r:id="rId1"/>`);
    expect(own.overrides.map((o) => o.part).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
    ]);
  });

  test.each([
    ["RegieMijlpalen", true],
    ["_eigen.naam", true],
    ["Tabel 1", false],
    ["1Tabel", false],
    ["A1", false],
    ["XFD100", false],
    ["", false],
  ])("table name %s: %s", (naam, geldig) => {
    expect(validTableName(naam)).toBe(geldig);
  });
});
