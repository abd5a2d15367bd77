import { createHash } from "node:crypto";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../src/core/grid";
import { daysBetween } from "../../src/core/dates/iso";
import { verschilJsonSchema } from "../../src/cli/verschil-json";
import { cli, cliProces } from "../support/cli";
import { fixture } from "../support/fixtures";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { KOLOM, laterVersie, schrijfVersie, versie, zet, type Afgeleid } from "../support/versies";
import { fixtureWerkmap } from "../support/xlsx";
import { part, relationships } from "../host/xlsx/package";

const OUD = fixture("actielijst-duo-2021.xlsx");
const sha = (pad: string) => createHash("sha256").update(readFileSync(pad)).digest("hex");
let map: string;
let lijst: Grid;
let later: Afgeleid;
let NIEUW: string;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-verschil-"));
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
  later = laterVersie(lijst);
  NIEUW = await schrijfVersie(later.grid, join(map, "actielijst-later.xlsx"));
});

describe("regie verschil OUD NIEUW", () => {
  test("--json follows the contract: new, vanished and per field from -> to, rows in NIEUW (OUD for vanished)", async () => {
    const { code, out, err } = await cli(
      "verschil",
      OUD,
      NIEUW,
      "--peildatum",
      "24-02-2021",
      "--json"
    );
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const ruw = JSON.parse(out);
    expect(Object.keys(ruw)).toEqual(["from", "to", "added", "removed", "changed"]);
    const json = verschilJsonSchema.parse(ruw);
    expect([json.from, json.to]).toEqual([OUD, NIEUW]);
    const oud = versie(lijst);
    const nieuw = versie(later.grid);
    const oudOp = (row: number) => oud.find((a) => a.row === row)!;
    const nieuwMet = (tekst: string) => nieuw.find((a) => a.actie === tekst)!;

    expect(json.added).toEqual(later.toegevoegd.map((t) => ({ row: nieuwMet(t).row, action: t })));
    expect(json.removed).toEqual(later.verwijderd.map((r) => ({ row: r, action: oudOp(r).actie })));
    for (const [row, dagen] of later.uitgesteld) {
      const verzet = json.changed.filter(
        (x) => x.field === "deadline" && x.from === oudOp(row).due
      );
      expect(verzet.map((c) => daysBetween(c.from as string, c.to as string))).toContain(dagen);
    }
    for (const row of later.gesloten)
      expect(json.changed).toContainEqual(
        expect.objectContaining({ field: "status", from: oudOp(row).status, to: "Gereed" })
      );
    for (const [row, naam] of later.eigenaar)
      expect(json.changed).toContainEqual(
        expect.objectContaining({ field: "owners", from: oudOp(row).eigenaren, to: [naam] })
      );
    expect(json.changed).toHaveLength(
      later.uitgesteld.size + later.gesloten.length + later.eigenaar.size
    );
    // Every changed row is the action's row in NIEUW.
    for (const c of json.changed) expect(nieuw.find((a) => a.row === c.row)!.actie).toBe(c.action);
  });

  test("without --json a Dutch report: van ... naar ..., +days, uncertain matches marked", async () => {
    const { code, out } = await cli("verschil", OUD, NIEUW, "--peildatum", "24-02-2021");
    expect(code).toBe(0);
    const regels = out.split("\n");
    expect(regels[0]).toBe(
      `Verschil tussen ${OUD} (37 acties) en ${NIEUW} (37 acties), peildatum 24-02-2021:`
    );
    expect(regels[1]).toBe("  1 nieuw, 1 gesloten, 3 gewijzigd, 1 verdwenen, 1 onzeker gekoppeld.");
    for (const kop of [
      "Nieuw (1)",
      "Gesloten (1)",
      "Gewijzigd (3)",
      "Verdwenen (1)",
      "Onzeker gekoppeld (1)",
    ])
      expect(regels).toContain(kop);
    for (const dagen of later.uitgesteld.values())
      expect(out).toMatch(
        new RegExp(`Deadline van \\d+-\\d+-2021 naar \\d+-\\d+-2021 \\(\\+${dagen} dagen\\)`)
      );
    expect(out).toMatch(/Status van "In uitvoering" naar "Gereed"/);
    expect(out).toMatch(/Accounthouder van \S+ naar Peter/);
    expect(out).toMatch(/onzeker: gekoppeld aan ".+" \(rij \d+ eerder, \d+% gelijk\)/);
    expect(out).toMatch(/\(was rij \d+\)/);
  });

  test("the same list twice: no verschillen, exit code 0", async () => {
    const tekst = await cli("verschil", OUD, OUD, "--peildatum", "24-02-2021");
    expect(tekst.code).toBe(0);
    expect(tekst.out).toMatch(/0 nieuw, 0 gesloten, 0 gewijzigd, 0 verdwenen, 0 onzeker gekoppeld/);
    expect(tekst.out).toMatch(/Geen verschillen/);
    const json = await cli("verschil", OUD, OUD, "--peildatum", "24-02-2021", "--json");
    expect(JSON.parse(json.out)).toEqual({
      from: OUD,
      to: OUD,
      added: [],
      removed: [],
      changed: [],
    });
  });

  test("--register: one person is one name on both sides, so a respelled owner is no change", async () => {
    // Row 11's owner "Henk" respelled as the registry's name for him.
    const rij = lijst.values.findIndex((r) => r[KOLOM.eigenaar] === "Henk");
    const herspeld = await schrijfVersie(
      zet(lijst, rij + 1, KOLOM.eigenaar, "Henk Mulder"),
      join(map, "herspeld.xlsx")
    );
    const ruw = await cli("verschil", OUD, herspeld, "--peildatum", "24-02-2021", "--json");
    expect(JSON.parse(ruw.out).changed).toEqual([
      expect.objectContaining({ field: "owners", from: ["Henk"], to: ["Henk Mulder"] }),
    ]);
    const register = fixture("accounthouders-duo.xlsx");
    const met = await cli(
      "verschil",
      OUD,
      herspeld,
      "--peildatum",
      "24-02-2021",
      "--register",
      register,
      "--json"
    );
    expect({ code: met.code, changed: JSON.parse(met.out).changed }).toEqual({
      code: 0,
      changed: [],
    });
  });

  test("--out: a copy of NIEUW with the sheet Wijzigingen sinds --sinds; the inputs stay as they were", async () => {
    const uit = join(map, "met-wijzigingen.xlsx");
    const voor = [sha(OUD), sha(NIEUW)];
    const r = await cli(
      "verschil",
      OUD,
      NIEUW,
      "--peildatum",
      "24-02-2021",
      "--sinds",
      "13-01-2021",
      "--out",
      uit
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Kopie van actielijst-later\.xlsx met het blad "Wijzigingen sinds 13-01-2021" geschreven naar .*met-wijzigingen\.xlsx\.\n?$/
    );
    expect([sha(OUD), sha(NIEUW)]).toEqual(voor);
    const kopie = await XlsxWorkbook.open(uit, { maxRows: 10_000 });
    const namen = (await kopie.summary({ rows: 0, columns: 0 })).sheets.map((s) => s.name);
    expect(namen).toEqual(["Actielijst", "Wijzigingen sinds 13-01-2021"]);
    const [blad] = await kopie.read([{ sheet: "Wijzigingen sinds 13-01-2021" }]);
    const tekst = blad!.grid.values.flat().join(" ");
    for (const actie of later.toegevoegd) expect(tekst).toContain(actie);
    const nogEens = await cli("verschil", OUD, NIEUW, "--out", uit);
    expect(nogEens.code).toBe(2);
    expect(nogEens.err).toMatch(/bestaat al; gebruik --overschrijf/);
    const datum = await cli("verschil", OUD, NIEUW, "--sinds", "31-02-2021");
    expect(datum.err).toBe("regie: De datum bij --sinds 31-02-2021 bestaat niet in de kalender.\n");
  });

  test.each(["oud", "nieuw"] as const)(
    "--out naming %s itself is refused, --overschrijf or not: both versions are inputs",
    async (welke) => {
      // Copies, so that a failure of this very guarantee cannot harm the fixture.
      const oud = join(map, `oud-${welke}.xlsx`);
      const nieuw = join(map, `nieuw-${welke}.xlsx`);
      writeFileSync(oud, readFileSync(OUD));
      writeFileSync(nieuw, readFileSync(NIEUW));
      const voor = [sha(oud), sha(nieuw)];
      const r = await cli(
        "verschil",
        oud,
        nieuw,
        "--out",
        welke === "oud" ? oud : nieuw,
        "--overschrijf"
      );
      expect(r).toMatchObject({ code: 2, out: "" });
      expect(r.err).toMatch(/is het invoerbestand zelf; Regie schrijft altijd een kopie/);
      expect([sha(oud), sha(nieuw)]).toEqual(voor);
    }
  );

  test("--out prints: one landscape A4 wide, the header row atop every page, long actions wrapped in taller rows", async () => {
    const uit = join(map, "afdruk.xlsx");
    const r = await cli(
      "verschil",
      OUD,
      NIEUW,
      "--peildatum",
      "24-02-2021",
      "--sinds",
      "13-01-2021",
      "--out",
      uit
    );
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(uit));
    const workbook = await part(zip, "xl/workbook.xml");
    const index = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].findIndex(
      ([, n]) => n === "Wijzigingen sinds 13-01-2021"
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;Wijzigingen sinds 13-01-2021&apos;!$6:$6</definedName>`
    );
    const id = /<sheet\b[^>]*name="Wijzigingen sinds 13-01-2021"[^>]*r:id="([^"]+)"/.exec(
      workbook
    )![1];
    const xml = await part(zip, (await relationships(zip, "xl/workbook.xml"))[id]);
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    // The action column at most 220 pt (41.90 characters of 5.25 pt), wrapped: no row runs under "Wat".
    const c = /<col min="3" max="3" width="([\d.]+)"/.exec(xml)![1];
    expect(Number(c)).toBeLessThanOrEqual(220 / 5.25 + 0.01);
    const [blad] = await (
      await XlsxWorkbook.open(uit, { maxRows: 10_000 })
    ).read([{ sheet: "Wijzigingen sinds 13-01-2021" }]);
    const lang = blad!.grid.values.findIndex((rij, i) => i >= 6 && String(rij[2]).length > 40);
    expect(lang).toBeGreaterThan(5);
    expect(xml).toMatch(new RegExp(`<row r="${lang + 1}" ht="(\\d+)" customHeight="1">`));
    const ht = Number(new RegExp(`<row r="${lang + 1}" ht="(\\d+)"`).exec(xml)![1]);
    expect(ht).toBeGreaterThanOrEqual(30);
  });

  test.each([
    [
      ["verschil", OUD],
      "Geef twee .xlsx-bestanden op: de eerdere en de latere versie van de actielijst.",
    ],
    [
      ["verschil", OUD, OUD, OUD],
      "Te veel argumenten: geef twee .xlsx-bestanden op, de eerdere en de latere versie.",
    ],
  ])("%j: one Dutch line, exit code 2", async (argv, melding) => {
    expect(await cli(...argv)).toEqual({
      code: 2,
      out: "",
      err: `regie: ${melding} Zie: npm run cli -- --help\n`,
    });
  });

  test("unusable input: exit code 2 and says which file", async () => {
    const weg = await cli("verschil", join(map, "bestaat-niet.xlsx"), NIEUW);
    expect(weg).toMatchObject({ code: 2, out: "" });
    expect(weg.err).toMatch(/Bestand niet gevonden: .*bestaat-niet\.xlsx/);
    const geenLijst = await cli("verschil", fixture("mijlpalen-groningen-kwartalen.xlsx"), NIEUW);
    expect(geenLijst).toMatchObject({ code: 2, out: "" });
    expect(geenLijst.err).toBe(
      `regie: In ${fixture("mijlpalen-groningen-kwartalen.xlsx")}: Geen actielijst gevonden: geen blad heeft een kopregel met Openstaande acties, Uitvoeringsstatus en Deadline.\n`
    );
    const nieuwZonder = await cli("verschil", OUD, fixture("mijlpalen-groningen-kwartalen.xlsx"));
    expect(nieuwZonder.err).toMatch(
      /^regie: In .*mijlpalen-groningen-kwartalen\.xlsx: Geen actielijst/
    );
    const datum = await cli("verschil", OUD, NIEUW, "--peildatum", "31-02-2021");
    expect(datum).toMatchObject({
      code: 2,
      err: "regie: De peildatum 31-02-2021 bestaat niet in de kalender.\n",
    });
  });

  test("help in Dutch", async () => {
    const r = await cli("help", "verschil");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Gebruik: regie verschil \[opties\] <oud> <nieuw>$/m);
    expect(r.out).toMatch(/^ {2}oud +de eerdere versie \(\.xlsx\)$/m);
    expect(r.out).not.toMatch(/Usage:|Options:|Arguments:/);
  });

  test("as a process, the way the user runs it: npm run -s cli -- verschil", () => {
    const r = cliProces("verschil", OUD, NIEUW, "--peildatum", "24-02-2021", "--json");
    expect(r.code).toBe(0);
    expect(verschilJsonSchema.parse(JSON.parse(r.out)).added).toHaveLength(1);
    const fout = cliProces("verschil", OUD, join(map, "weg.xlsx"));
    expect(fout.code).toBe(2);
  });
});
