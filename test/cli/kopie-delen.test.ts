import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as exceljsLaden from "../../src/host/xlsx/exceljs-load";
import { cli } from "../support/cli";
import { delenVan } from "../support/herschrijf";
import { bronPad, producentenCorpus, type Producent } from "../support/producenten";

jest.setTimeout(300_000);

/** Parts whose bytes differ between two packages, and parts only the second has. */
async function verschil(voor: string, na: string) {
  const a = await delenVan(voor);
  const b = await delenVan(na);
  return {
    gewijzigd: [...a.keys()].filter((k) => b.has(k) && !a.get(k)!.equals(b.get(k)!)).sort(),
    weg: [...a.keys()].filter((k) => !b.has(k)),
    nieuw: [...b.keys()].filter((k) => !a.has(k)),
  };
}

// Every copy of a file is patched in place: exceljs is never loaded to write one.
const viaExceljs = jest.spyOn(exceljsLaden, "loadForWriting");
beforeEach(() => viaExceljs.mockClear());
afterEach(() => expect(viaExceljs).not.toHaveBeenCalled());

let map = "";
let lijsten: Producent[] = [];
let mijlpalen: Producent[] = [];
beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-kopie-"));
  const alle = await producentenCorpus();
  const metBron = (bron: Producent["bron"]): Producent[] => [
    { naam: `fixture ${bron}`, bron, pad: bronPad(bron) },
    ...alle.filter((p) => p.bron === bron),
  ];
  lijsten = metBron("actielijst-duo-2021");
  mijlpalen = [
    ...metBron("mijlpalen-groningen-kwartalen"),
    ...metBron("mijlpalen-groningen-datums"),
  ];
});

const REGISTER = bronPad("accounthouders-duo");
/** The list's sheet, the styles (new formats), the sheet list (Regie's sheet added). */
const TOEGESTAAN =
  /^(xl\/worksheets\/[^/]+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

describe("--out changes only what Regie says it changes", () => {
  test.each([
    ["validate (markeren)", ["validate", "--peildatum", "2021-02-24"]],
    [
      "normaliseer (met Wijzigingslog)",
      ["normaliseer", "--peildatum", "2021-02-24", "--register", REGISTER],
    ],
  ])(
    "%s: every other part stays byte for byte the same, for every producer",
    async (_naam, [opdracht, ...opties]) => {
      const afwijkend: string[] = [];
      for (const p of lijsten) {
        const out = join(map, `${opdracht}-${p.naam.replace(/\W+/g, "-")}.xlsx`);
        const r = await cli(opdracht, p.pad, ...opties, "--out", out);
        if (r.code > 1) {
          afwijkend.push(`${p.naam}: exit ${r.code} ${r.err.trim()}`);
          continue;
        }
        const v = await verschil(p.pad, out);
        const bladen = v.gewijzigd.filter((d) => d.startsWith("xl/worksheets/"));
        if (
          v.weg.length ||
          v.nieuw.length !== 1 ||
          bladen.length !== 1 ||
          v.gewijzigd.some((d) => !TOEGESTAAN.test(d))
        )
          afwijkend.push(`${p.naam}: ${JSON.stringify(v)}`);
      }
      expect(afwijkend).toEqual([]);
    }
  );

  test("marking again on the copy: only its own sheet, the list and the formatting", async () => {
    const eerste = join(map, "eerste.xlsx");
    const tweede = join(map, "tweede.xlsx");
    await cli(
      "validate",
      bronPad("actielijst-duo-2021"),
      "--peildatum",
      "2021-02-24",
      "--out",
      eerste
    );
    const r = await cli("validate", eerste, "--peildatum", "2021-03-31", "--out", tweede);
    expect(r.code).toBe(0);
    expect(await verschil(eerste, tweede)).toEqual({
      gewijzigd: ["xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"],
      weg: [],
      nieuw: [],
    });
  });
});

/**
 * The dashboard's own parts: its sheet with its links, its tables (the counts and the movement
 * between quarters), the drawing with its chart.
 */
const DASHBOARD_DELEN: [RegExp, number][] = [
  [/^xl\/worksheets\/sheet\d+\.xml$/, 1],
  [/^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/, 1],
  [/^xl\/tables\/table\d+\.xml$/, 2],
  [/^xl\/drawings\/drawing\d+\.xml$/, 1],
  [/^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/, 1],
  [/^xl\/charts\/chart\d+\.xml$/, 1],
];
/** Besides its own parts the dashboard changes the sheet list, the content types and the formats. */
const LIJSTEN =
  /^(xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

const alleenDashboard = (delen: string[]) =>
  delen.length === DASHBOARD_DELEN.reduce((n, [, aantal]) => n + aantal, 0) &&
  DASHBOARD_DELEN.every(([p, aantal]) => delen.filter((d) => p.test(d)).length === aantal);

describe("mijlpalen --out: the dashboard in the copy itself, the rest byte for byte", () => {
  test("for every producer: only its own sheet with table and chart added, nothing removed", async () => {
    // Both layouts, each from LibreOffice, openpyxl (with a user's chart) and the XML rewrites.
    expect(mijlpalen.map((p) => p.naam)).toEqual(
      expect.arrayContaining([
        "openpyxl extra mijlpalen-groningen-kwartalen",
        "x-voorvoegsel mijlpalen-groningen-datums",
        "libreoffice mijlpalen-groningen-datums.via-ods.xlsx",
      ])
    );
    const afwijkend: string[] = [];
    for (const p of mijlpalen) {
      const out = join(map, `mijlpalen-${p.naam.replace(/\W+/g, "-")}.xlsx`);
      const r = await cli("mijlpalen", p.pad, "--peildatum", "2020-12-31", "--out", out);
      if (r.code !== 0) {
        afwijkend.push(`${p.naam}: exit ${r.code} ${r.err.trim()}`);
        continue;
      }
      const v = await verschil(p.pad, out);
      if (v.weg.length || !alleenDashboard(v.nieuw) || v.gewijzigd.some((d) => !LIJSTEN.test(d)))
        afwijkend.push(`${p.naam}: ${JSON.stringify(v)}`);
    }
    expect(afwijkend).toEqual([]);
  });

  test("again on the copy: the old dashboard goes with all its parts, the new one takes its place", async () => {
    const eerste = join(map, "dashboard-1.xlsx");
    const tweede = join(map, "dashboard-2.xlsx");
    const bron = bronPad("mijlpalen-groningen-kwartalen");
    expect((await cli("mijlpalen", bron, "--peildatum", "2020-12-31", "--out", eerste)).code).toBe(
      0
    );
    expect(
      (await cli("mijlpalen", eerste, "--peildatum", "2020-12-31", "--out", tweede)).code
    ).toBe(0);
    const v = await verschil(eerste, tweede);
    expect(alleenDashboard(v.weg)).toBe(true);
    expect(alleenDashboard(v.nieuw)).toBe(true);
    expect(v.gewijzigd.filter((d) => !LIJSTEN.test(d))).toEqual([]);
    // Nothing the old dashboard used stays behind: every part is listed in the content types.
    const delen = await delenVan(tweede);
    const types = delen.get("[Content_Types].xml")!.toString("utf8");
    for (const oud of v.weg) expect(types).not.toContain(`PartName="/${oud}"`);
    for (const nieuw of v.nieuw.filter((d) => !d.endsWith(".rels")))
      expect(types).toContain(`PartName="/${nieuw}"`);
  });
});
