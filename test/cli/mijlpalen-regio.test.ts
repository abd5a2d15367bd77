import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mijlpalenJsonSchema, regioJsonSchema } from "../../src/cli/mijlpalen-json";
import { FASEN, REGIO_WOORDEN } from "../../src/core/mijlpalen";
import { REGIO_BLAD } from "../../src/core/mijlpalen/sheet/regio-sheet";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli } from "../support/cli";
import { kwartaalEind, REGIO, schrijfGemeenten, TOT } from "../support/gemeente-werkmappen";
import { werkmap } from "../support/xlsx";

const PEIL = kwartaalEind(TOT);
let map: string;
let paden: string[];

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-regio-"));
  paden = await schrijfGemeenten(map);
});

describe("regie mijlpalen A.xlsx B.xlsx ...: the region", () => {
  test("--json: the region, every gemeente as its file alone, no findings", async () => {
    const r = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const raw = JSON.parse(r.out);
    expect(Object.keys(raw)).toEqual(["quarters", "gemeenten", "findings"]);
    const json = regioJsonSchema.parse(raw);
    expect(json.gemeenten.map((g) => [g.gemeente, g.bron])).toEqual([
      ["Eemsdelta", paden[3]],
      ["Groningen", paden[0]],
      ["Het Hogeland", paden[4]],
      ["Loppersum", paden[1]],
      ["Ten Boer", paden[2]],
    ]);
    for (const g of json.gemeenten) {
      const alleen = await cli("mijlpalen", g.bron, "--peildatum", PEIL, "--json");
      const a = mijlpalenJsonSchema.parse(JSON.parse(alleen.out));
      expect({ quarters: g.quarters, movements: g.movements }).toEqual({
        quarters: a.quarters,
        movements: a.movements,
      });
    }
    for (const q of json.quarters) {
      const van = json.gemeenten.flatMap((g) => g.quarters.filter((x) => x.label === q.label));
      for (const f of FASEN) expect(q.counts[f]).toBe(van.reduce((s, x) => s + x.counts[f], 0));
      expect(q.total).toBe(van.reduce((s, x) => s + x.total, 0));
    }
    expect(json.quarters[0]).toMatchObject({ label: "Q1 2019", incomplete: ["Ten Boer"] });
    expect(json.quarters.slice(1).every((q) => !("incomplete" in q))).toBe(true);
    expect(json.quarters.map((q) => q.total)).toEqual([140, 160, 160, 160, 160, 160, 160, 160]);
    expect(json.findings).toEqual([]);
  });

  test("the report: the region first, newest first, the incomplete quarter names Ten Boer", async () => {
    const r = await cli("mijlpalen", ...paden, "--peildatum", PEIL);
    expect(r.code).toBe(0);
    const regels = r.out.split("\n");
    expect(regels[0]).toBe(
      "Mijlpalen van de regio: 5 gemeenten (Eemsdelta, Groningen, Het Hogeland, Loppersum en Ten Boer), peildatum 31-12-2020."
    );
    expect(regels[2]).toBe("Regio:");
    const regio = regels.slice(4, 12);
    expect(regio.map((x) => x.slice(0, 7))).toEqual([
      "Q4 2020",
      "Q3 2020",
      "Q2 2020",
      "Q1 2020",
      "Q4 2019",
      "Q3 2019",
      "Q2 2019",
      "Q1 2019",
    ]);
    expect(regio[7]).toMatch(/Q1 2019 31-03-2019 .* 140 {2}onvolledig: zonder Ten Boer$/);
    expect(regio.slice(0, 7).every((x) => / 160$/.test(x))).toBe(true);
    // One block per gemeente, in the region's order, each with its own table.
    const blokken = regels.filter((x) => /^\S.*\(.*\.xlsx, .*\):$/.test(x));
    expect(blokken).toEqual([
      `Eemsdelta (${paden[3]}, datum per mijlpaal):`,
      `Groningen (${paden[0]}, momentopname per kwartaal):`,
      `Het Hogeland (${paden[4]}, datum per mijlpaal; gemeente naar de bestandsnaam):`,
      `Loppersum (${paden[1]}, momentopname per kwartaal):`,
      `Ten Boer (${paden[2]}, momentopname per kwartaal):`,
    ]);
    const tenBoer = regels.slice(regels.indexOf(blokken[4]));
    expect(tenBoer[1]).toMatch(/^Kwartaal \(nieuwste eerst\)/);
    expect(tenBoer[tenBoer.indexOf("") - 2]).toMatch(/^Q2 2019 30-06-2019 /);
    expect(r.out).toMatch(/Meldingen over de werkmappen heen \(0\):\n {2}geen\n/);
  });

  test("findings across files: a gemeente twice, another's gemeente named, an address in two", async () => {
    const kop = ["Adres-ID", "Gemeente", "Fase"];
    const blad = (rijen: string[][]) => ({ name: "Q1 2020", values: [kop, ...rijen] });
    const eigen = mkdtempSync(join(tmpdir(), "regie-regio-"));
    const bestanden = {
      "groningen.xlsx": [
        ["1", "Groningen", "Opname"],
        ["2", "Groningen", "Opname"],
      ],
      "groningen-2.xlsx": [["2", "Groningen", "Opname"]],
      "Loppersum.xlsx": [["10", "Loppersum", "Opname"]],
      "noord.xlsx": [
        ["20", "Ten Boer", "Opname"],
        ["21", "Loppersum", "Opname"],
        ["10", "Ten Boer", "Uitvoering"],
      ],
    };
    const p: string[] = [];
    for (const [naam, rijen] of Object.entries(bestanden)) {
      p.push(join(eigen, naam));
      await werkmap(blad(rijen)).saveAs(join(eigen, naam));
    }
    const r = await cli("mijlpalen", ...p, "--peildatum", "2020-03-31", "--json");
    // A gemeente twice is an error: the region counts it twice.
    expect(r.code).toBe(1);
    const json = regioJsonSchema.parse(JSON.parse(r.out));
    expect(
      json.findings.map((f) => [f.code, f.severity, f.bron, f.sheet, f.cell, f.adresId])
    ).toEqual([
      // The region orders by gemeente, then by file (in Dutch collation): groningen-2 comes first.
      ["gemeente-dubbel", "error", p[0], "", "", ""],
      ["gemeente-van-ander-bestand", "warning", p[3], "Q1 2020", "B3", ""],
      ["adres-in-twee-gemeenten", "warning", p[3], "Q1 2020", "A4", "10"],
    ]);
    expect(json.findings[0].message).toBe(
      `Deze werkmap is ook van Groningen, net als ${p[1]}: de regio telt Groningen zo twee keer (1 adres staat in beide). Kies één werkmap per gemeente.`
    );
    const tekst = await cli("mijlpalen", ...p, "--peildatum", "2020-03-31");
    expect(tekst.out).toContain(
      `Meldingen over de werkmappen heen (3):\n  ${p[0]}  Deze werkmap is ook van Groningen`
    );
    expect(tekst.out).toContain(
      `  ${p[3]} 'Q1 2020'!A4  Adres 10 staat bij noord en ook bij Loppersum`
    );
  });
});

describe("regie mijlpalen with several files: what cannot be used is named, nothing is done", () => {
  test("a file that is no workbook and one that is not there: both named, exit 2", async () => {
    const kapot = join(map, "kapot.xlsx");
    writeFileSync(kapot, "geen zip");
    const weg = join(map, "nergens.xlsx");
    const r = await cli("mijlpalen", paden[0], kapot, weg, "--peildatum", PEIL);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe(
      `regie: Het bestand ${kapot} is geen leesbare Excel-werkmap (.xlsx).\nregie: Bestand niet gevonden: ${weg}\n`
    );
    const r2 = await cli("mijlpalen", kapot, paden[0], "--peildatum", PEIL);
    expect([r2.code, r2.out]).toEqual([2, ""]);
    expect(r2.err).toBe(`regie: Het bestand ${kapot} is geen leesbare Excel-werkmap (.xlsx).\n`);
  });

  test("a workbook without milestones: named with the reason, exit 2", async () => {
    const leeg = join(map, "leeg.xlsx");
    await werkmap({ name: "Blad1", values: [["Iets anders"]] }).saveAs(leeg);
    const r = await cli("mijlpalen", paden[0], leeg, "--peildatum", PEIL, "--json");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(
      new RegExp(`^regie: In ${leeg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Geen blad met een kop`)
    );
  });

  test("--out writes a new workbook holding only the sheet Dashboard regio: the --json figures", async () => {
    const uit = join(map, "regio.xlsx");
    const r = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", uit, "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const json = regioJsonSchema.parse(JSON.parse(r.out));
    const wb = await XlsxWorkbook.open(uit);
    const summary = await wb.summary();
    expect(summary.sheets.map((s) => s.name)).toEqual([REGIO_BLAD]);
    const [blad] = await wb.read([{ sheet: REGIO_BLAD }]);
    const v = blad!.grid.values;
    expect(v[0][0]).toBe(REGIO_BLAD);
    expect(String(v[1][0])).toMatch(/^Gemaakt door Regie op 24-02-2021 10:00/);
    // Every section: its title, the header, its quarters oldest first as --json gives them.
    const secties = [
      { titel: "Regio (5 gemeenten)", quarters: json.quarters },
      ...json.gemeenten.map((g) => ({ titel: `${g.gemeente} (${g.bron})`, quarters: g.quarters })),
    ];
    for (const { titel, quarters } of secties) {
      const t = v.findIndex((rij) => rij[0] === titel);
      expect(t).toBeGreaterThan(0);
      expect(v[t + 1].slice(0, 10)).toEqual([
        "Kwartaal",
        ...FASEN,
        "Totaal",
        "Stand per",
        "Opmerking",
      ]);
      quarters.forEach((q, i) => {
        const rij = v[t + 2 + i];
        expect(rij[0]).toBe(q.label);
        expect(rij.slice(1, 7)).toEqual(FASEN.map((f) => q.counts[f]));
        expect(rij[7]).toBe(q.total);
        const onvolledig = "incomplete" in q ? (q.incomplete as string[]) : [];
        expect(rij[9] ?? "").toBe(onvolledig.length ? REGIO_WOORDEN.onvolledig(onvolledig) : "");
      });
    }
    const regio = v.findIndex((rij) => rij[0] === "Regio (5 gemeenten)");
    expect(v[regio + 2][9]).toBe("onvolledig: zonder Ten Boer");
  });

  test("--out on a gemeente's file (or a link to it), or an existing file, is refused before reading", async () => {
    const voor = readFileSync(paden[2]);
    const r = await cli(
      "mijlpalen",
      ...paden,
      "--peildatum",
      PEIL,
      "--out",
      paden[2],
      "--overschrijf"
    );
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/is het invoerbestand zelf/);
    const link = join(map, "link.xlsx");
    symlinkSync(paden[0], link);
    const l = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", link, "--overschrijf");
    expect([l.code, l.out]).toEqual([2, ""]);
    expect(readFileSync(paden[2])).toEqual(voor);
    const bestaand = join(map, "bestaand.xlsx");
    writeFileSync(bestaand, "iets");
    const b = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", bestaand);
    expect([b.code, b.out]).toEqual([2, ""]);
    expect(readFileSync(bestaand, "utf8")).toBe("iets");
    const m = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", join(map, "r.xlsm"));
    expect([m.code, m.out]).toEqual([2, ""]);
    expect(existsSync(join(map, "r.xlsm"))).toBe(false);
  });

  test("--out again with --overschrijf replaces the file; the text says where it went", async () => {
    const uit = join(map, "opnieuw.xlsx");
    expect((await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", uit)).code).toBe(0);
    const r = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--out", uit, "--overschrijf");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Nieuwe werkmap met het blad "Dashboard regio" geschreven naar ${uit}.`
    );
    const wb = await XlsxWorkbook.open(uit);
    expect((await wb.summary()).sheets.map((s) => s.name)).toEqual([REGIO_BLAD]);
  });
});

test("REGIO covers both layouts and all three quarter namings, one gemeente a quarter later", () => {
  expect(new Set(REGIO.map((g) => g.indeling))).toEqual(
    new Set(["momentopnamen", "mijlpaaldatums"])
  );
  expect(new Set(REGIO.flatMap((g) => (g.naamstijl ? [g.naamstijl] : [])))).toEqual(
    new Set(["Q", "ordinaal", "datum"])
  );
  expect(REGIO.filter((g) => g.indeling === "momentopnamen" && g.kwartalen[0] === 1)).toHaveLength(
    1
  );
});
