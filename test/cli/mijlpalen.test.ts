import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { mijlpalenJsonSchema } from "../../src/cli/mijlpalen-json";
import { FASE_KLEUREN, FASEN } from "../../src/core/mijlpalen";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli } from "../support/cli";
import { fixture, fixtureJson } from "../support/fixtures";
import { werkmap } from "../support/xlsx";

const verwacht = fixtureJson<{
  quarters: { label: string; end: string; counts: object; total: number }[];
}>("mijlpalen-groningen.expected.json");

describe("regie mijlpalen", () => {
  test.each(["mijlpalen-groningen-kwartalen.xlsx", "mijlpalen-groningen-datums.xlsx"])(
    "%s --json: the kwartalen of the memo",
    async (bestand) => {
      const { code, out } = await cli(
        "mijlpalen",
        fixture(bestand),
        "--peildatum",
        "2020-03-31",
        "--json"
      );
      expect(code).toBe(0);
      const json = mijlpalenJsonSchema.parse(JSON.parse(out));
      expect(Object.keys(JSON.parse(out))).toEqual([
        "quarters",
        "duplicates",
        "regressions",
        "anomalies",
        "movements",
      ]);
      for (const q of verwacht.quarters)
        expect(json.quarters.find((x) => x.label === q.label)).toEqual(q);
      expect(json.quarters[json.quarters.length - 1].label).toBe("Q1 2020");
    }
  );

  test.each(["mijlpalen-groningen-kwartalen.xlsx", "mijlpalen-groningen-datums.xlsx"])(
    "%s --json: the doorstroom Q4 2019 -> Q1 2020 is 67 from Nog niet gestart to Opname",
    async (bestand) => {
      const { out } = await cli(
        "mijlpalen",
        fixture(bestand),
        "--peildatum",
        "2020-03-31",
        "--json"
      );
      const json = mijlpalenJsonSchema.parse(JSON.parse(out));
      const paar = json.movements.find((m) => m.to === "Q1 2020");
      expect(paar).toMatchObject({
        from: "Q4 2019",
        end: "2020-03-31",
        moves: [{ from: "Nog niet gestart", to: "Opname", count: 67 }],
        reachedVoltooid: 0,
      });
      // matrix[from][to] by phase: 67 out of Nog niet gestart into Opname, the rest stayed.
      expect(paar!.matrix[0]).toEqual([2820, 67, 0, 0, 0, 0]);
      expect(paar!.matrix[5][5]).toBe(346);
      expect(json.movements[json.movements.length - 1].to).toBe("Q1 2020");
      expect(json.movements.length).toBe(json.quarters.length - 1);
    }
  );

  test("report: Doorstroom per kwartaal with the moves and Voltooid bereikt", async () => {
    const { out } = await cli(
      "mijlpalen",
      fixture("mijlpalen-groningen-kwartalen.xlsx"),
      "--peildatum",
      "2020-05-12"
    );
    const na = out.slice(out.indexOf("Doorstroom per kwartaal (nieuwste eerst):"));
    expect(na.split("\n").slice(0, 4)).toEqual([
      "Doorstroom per kwartaal (nieuwste eerst):",
      "  Q4 2019 -> Q1 2020",
      "    Nog niet gestart -> Opname  67",
      "    Voltooid bereikt             0",
    ]);
  });

  test("report: new and vanished addresses are listed by name", async () => {
    const bestand = join(mkdtempSync(join(tmpdir(), "regie-")), "kwartalen.xlsx");
    const kop = ["Adres-ID", "Fase"];
    await werkmap(
      { name: "Q4 2019", values: [kop, ["1", "Opname"], ["2", "Uitvoering"], ["3", "Opname"]] },
      { name: "Q1 2020", values: [kop, ["1", "Beoordeling"], ["2", "Voltooid"], ["4", "Opname"]] }
    ).saveAs(bestand);
    const { out } = await cli("mijlpalen", bestand, "--peildatum", "2020-03-31");
    expect(out).toMatch(
      /Q4 2019 -> Q1 2020\n {4}Opname -> Beoordeling\s+1\n {4}Uitvoering -> Voltooid\s+1\n {4}Nieuw in de lijst -> Opname\s+1\n {4}Opname -> Niet meer in de lijst\s+1\n {4}Voltooid bereikt\s+1\n/
    );
  });

  test("report: quarters and movements newest first, as on the dashboard sheet", async () => {
    const bestand = join(mkdtempSync(join(tmpdir(), "regie-")), "drie.xlsx");
    const kop = ["Adres-ID", "Fase"];
    await werkmap(
      { name: "Q3 2019", values: [kop, ["1", "Opname"]] },
      { name: "Q4 2019", values: [kop, ["1", "Beoordeling"]] },
      { name: "Q1 2020", values: [kop, ["1", "Uitvoering"]] }
    ).saveAs(bestand);
    const { out } = await cli("mijlpalen", bestand, "--peildatum", "2020-03-31");
    const regels = out.split("\n");
    const kwartalen = regels.filter((r) => /^Q\d \d{4} \d/.test(r)).map((r) => r.slice(0, 7));
    expect(kwartalen).toEqual(["Q1 2020", "Q4 2019", "Q3 2019"]);
    const paren = regels.filter((r) => / -> Q/.test(r)).map((r) => r.trim());
    expect(paren).toEqual(["Q4 2019 -> Q1 2020", "Q3 2019 -> Q4 2019"]);
  });

  test("readable report with Dutch thousands separators", async () => {
    const { out } = await cli(
      "mijlpalen",
      fixture("mijlpalen-groningen-kwartalen.xlsx"),
      "--peildatum",
      "2020-05-12"
    );
    expect(out).toMatch(/Q4 2019 31-12-2019\s+2\.887\s+546\s+701\s+402\s+61\s+346\s+4\.943/);
  });

  test("--out writes a copy with the dashboard sheet; the input stays byte for byte the same", async () => {
    const invoer = fixture("mijlpalen-groningen-kwartalen.xlsx");
    const voor = readFileSync(invoer);
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "dashboard.xlsx");
    expect((await cli("mijlpalen", invoer, "--peildatum", "2020-05-12", "--out", out)).code).toBe(
      0
    );
    expect(readFileSync(invoer).equals(voor)).toBe(true);
    const kopie = await XlsxWorkbook.open(out);
    expect((await kopie.summary()).sheets.map((s) => s.name)).toEqual([
      "Q4 2019",
      "Q1 2020",
      "Dashboard mijlpalen",
    ]);
    // The chart in the copy: one series per phase, each in its phase's colour (as the pane and Excel).
    const zip = await JSZip.loadAsync(readFileSync(out));
    const grafiek = await zip.file(/^xl\/charts\/chart\d+\.xml$/)[0].async("string");
    const series = [...grafiek.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, x]) => ({
      naam: /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(x)?.[1],
      kleur: /<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/.exec(x)?.[1],
    }));
    expect(series).toEqual(FASEN.map((f) => ({ naam: f, kleur: FASE_KLEUREN[f].slice(1) })));
    // Printed as the pane's sheet: A4 landscape, table and chart on one page, the chart under the
    // table (rows 10-27, A to I), rows of Excel's 15 pt also in LibreOffice.
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="2">&apos;Dashboard mijlpalen&apos;!$A$1:$I$32</definedName>`
    );
    const blad = await zip.file(/^xl\/worksheets\/sheet3\.xml$/)[0].async("string");
    expect(blad).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>'
    );
    expect(blad).toContain('<sheetFormatPr defaultRowHeight="15"/>');
    expect(blad).not.toContain("<rowBreaks");
    const tekening = await zip.file(/^xl\/drawings\/drawing\d+\.xml$/)[0].async("string");
    expect(tekening).toMatch(
      /<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>9<\/xdr:row>/
    );
    expect(tekening).toMatch(
      /<xdr:to><xdr:col>9<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>27<\/xdr:row>/
    );
  });

  test("duplicate addresses, regressions and errors: reported, exit by severity", async () => {
    const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "meldingen.xlsx");
    await werkmap(
      {
        name: "Q4 2019",
        values: [
          ["Adres-ID", "Fase"],
          ["1", "Uitvoering"],
          ["2", "Opname"],
          ["2", "Opname"],
        ],
      },
      {
        name: "Q1 2020",
        values: [
          ["Adres-ID", "Fase"],
          ["1", "Opname"],
          ["2", "Beoordeling"],
          ["", "Opname"],
        ],
      }
    ).saveAs(pad);
    const r = await cli("mijlpalen", pad, "--peildatum", "2020-05-12", "--json");
    const json = JSON.parse(r.out);
    expect(json.duplicates).toEqual([{ sheet: "Q4 2019", adresId: "2" }]);
    expect(json.regressions).toEqual([
      { adresId: "1", from: "Uitvoering", to: "Opname", quarter: "Q1 2020" },
    ]);
    expect(
      json.anomalies.some(
        (a: { cell: string; sheet: string }) => a.sheet === "Q1 2020" && a.cell === "A4"
      )
    ).toBe(true);
    expect([0, 1]).toContain(r.code);
  });

  test.each([
    [["mijlpalen", fixture("actielijst-duo-2021.xlsx")], /adres/i],
    [["mijlpalen", "nergens.xlsx"], /Bestand niet gevonden/],
  ])("unusable %j: exit 2", async (argv, melding) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(melding);
  });
});
