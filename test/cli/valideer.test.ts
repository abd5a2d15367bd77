import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateJsonSchema } from "../../src/cli/validate-json";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli, cliProces } from "../support/cli";
import { fixture, fixtureJson } from "../support/fixtures";
import { werkmap } from "../support/xlsx";

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");

describe("regie valideer", () => {
  test("--json follows the contract and gives the expected values per row", async () => {
    const { code, out } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24", "--json");
    expect(code).toBe(0);
    const json = validateJsonSchema.parse(JSON.parse(out));
    expect(Object.keys(JSON.parse(out))).toEqual(["sheet", "peildatum", "rows", "findings"]);
    expect(json.sheet).toBe("Actielijst");
    const verwacht = fixtureJson<
      { row: number; status: string | null; deadline: object; rag: string }[]
    >("actielijst-duo-2021.expected.json");
    expect(
      json.rows.map(({ row, status, deadline, rag }) => ({ row, status, deadline, rag }))
    ).toEqual(verwacht.map(({ row, status, deadline, rag }) => ({ row, status, deadline, rag })));
    expect(json.findings.find((f) => f.cell === "G9")).toMatchObject({
      severity: "warning",
      code: "actie-verlopen",
    });
  });

  test("without --json a readable Dutch report", async () => {
    const { out } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24");
    expect(out).toMatch(/Actielijst "Actielijst" gecontroleerd op peildatum 24-02-2021: 37 acties/);
    expect(out).toMatch(/2 verlopen, 2 binnenkort/);
    expect(out).toMatch(/Waarschuwingen \(\d+\)/);
  });

  test("report: first the overdue and soon-due acties, with actie, owner and term", async () => {
    const { out } = await cli(
      "valideer",
      ACTIELIJST,
      "--peildatum",
      "2021-02-24",
      "--register",
      fixture("accounthouders-duo.xlsx")
    );
    const regels = out.split("\n");
    const vanaf = regels.indexOf("Verlopen (2)");
    expect(vanaf).toBe(3);
    expect(regels.slice(vanaf, vanaf + 12)).toEqual([
      "Verlopen (2)",
      "  G9   e. Uitwerken integrale programma's agro, mkb, erfgoed en sociaal-emotionele ondersteuning",
      "       Nicoline van der Linden · Deadline 01-02-2021 is 23 dagen verstreken (peildatum 24-02-2021).",
      "  G39  Uitwerken toekomstagenda Groningen",
      "       N.v.t. · Deadline 01-02-2021 is 23 dagen verstreken (peildatum 24-02-2021).",
      "",
      "Binnenkort (2)",
      "  G15  Uitwerken onafhankelijke adviseurs",
      "       (10)(2e) · Deadline 01-03-2021 valt over 5 dagen.",
      "  G35  c. Blok C: Bewoners informeren",
      "       (10)(2e) · Deadline 01-03-2021 valt over 5 dagen.",
      "",
    ]);
  });

  test("report: then the other findings per kind, with count and cells", async () => {
    const { out } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24");
    const regels = out.split("\n");
    const vanaf = regels.indexOf("Waarschuwingen (21)");
    expect(vanaf).toBeGreaterThan(regels.indexOf("Binnenkort (2)"));
    expect(regels.slice(vanaf)).toEqual([
      "Waarschuwingen (21)",
      "  11 x Open actie zonder concrete deadline",
      "       G3, G4, G10, G11, G12, G13, G14, G18, G25, G30, G40",
      "  7 x Open actie zonder accounthouder",
      "       D25, D26, D27, D28, D30, D31, D32",
      "  2 x Accounthouder is nog niet bepaald (N.t.b.)",
      "       D4, D18",
      "  1 x Actie lijkt een onderwerp",
      '       C24   De actie "II. Lokale uitvoer, mastwerk & mandaat" lijkt een onderwerp; staat de rij in de goede kolommen?',
      "",
      "Meldingen (9)",
      "  4 x Status anders geschreven",
      '       E21 -> "Gereed", E23 -> "Nog niet gestart", E33 -> "Verstuurd", E34 -> "Verstuurd"',
      "  2 x Onzekere deadline",
      "       G2, G32",
      "  2 x Doorlopende actie zonder einddatum",
      "       G37, G38",
      "  1 x Kopregel herhaald",
      "       A20   Kopregel herhaald op rij 20; de rijen eronder horen bij dezelfde lijst.",
      "",
    ]);
    expect(out).not.toMatch(/ rij \d+ /);
  });

  test("report: errors first; findings of the register with their sheet; long lists of cells cut off", async () => {
    const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "register.xlsx");
    await werkmap(
      {
        name: "Acties",
        values: [
          ["Openstaande acties", "Account-houder DUO", "Status", "Deadline"],
          ...Array.from({ length: 30 }, (_, i) => [
            `actie ${i}`,
            "Anja",
            "In uitvoering",
            "N.t.b.",
          ]),
          ["zonder status", "Anja", "", ""],
        ],
      },
      {
        name: "Accounthouders",
        values: [
          ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
          ["Anja Woortman", "Anja", "", "", ""],
          ["Anja Woortman", "", "", "", ""],
        ],
      }
    ).saveAs(pad);
    const { code, out } = await cli("valideer", pad, "--peildatum", "2021-02-24");
    expect(code).toBe(1);
    const regels = out.split("\n");
    const fouten = regels.indexOf("Fouten (2)");
    expect(regels.slice(fouten, fouten + 6)).toEqual([
      "Fouten (2)",
      "  1 x Status ontbreekt",
      "       C32   Status ontbreekt.",
      "  1 x Register: naam staat er twee keer",
      '       Accounthouders!A3 "Anja Woortman" staat twee keer in het register.',
      "",
    ]);
    const cellen = regels.slice(regels.indexOf("  31 x Open actie zonder concrete deadline") + 1);
    expect(cellen[0]).toMatch(/^ {7}D2, D3, D4, .*,$/);
    expect(cellen[0].length).toBeLessThanOrEqual(100);
    expect(cellen[1]).toMatch(/^ {7}D\d+, /);
    expect(regels.indexOf("Waarschuwingen (31)")).toBeGreaterThan(fouten);
  });

  test("--out writes a marked copy and leaves the input byte for byte the same", async () => {
    const voor = readFileSync(ACTIELIJST);
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "gemarkeerd.xlsx");
    const { code } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24", "--out", out);
    expect(code).toBe(0);
    expect(readFileSync(ACTIELIJST).equals(voor)).toBe(true);
    const kopie = await XlsxWorkbook.open(out);
    const [r] = await kopie.read([{ sheet: "Actielijst", fills: true }]);
    expect(r!.fills![8][2].pattern).toBe("Solid");
  });

  test("a list with only its header says it is empty", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "leeg.xlsx");
    await werkmap({
      name: "Acties",
      values: [["Openstaande acties", "Status", "Deadline"]],
    }).saveAs(out);
    const r = await cli("valideer", out, "--peildatum", "2021-02-24");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 acties/);
    expect(r.out).toMatch(
      /Onder de kopregel op rij 1 staat geen enkele actie: de lijst is leeg\. Is dit het goede blad\?/
    );
  });

  test("errors in the list give exit 1", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "fout.xlsx");
    const w = werkmap({
      name: "Acties",
      values: [
        ["Openstaande acties", "Status", "Deadline"],
        ["a. iets", "", "1 mei 2021"],
      ],
    });
    await w.saveAs(out);
    const r = await cli("valideer", out, "--peildatum", "2021-02-24", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toContainEqual({
      cell: "B2",
      severity: "error",
      code: "status-ontbreekt",
      message: "Status ontbreekt.",
    });
  });

  test.each([
    [["valideer", "bestaat-niet.xlsx"], /Bestand niet gevonden/],
    [["valideer", ACTIELIJST, "--peildatum", "24/02/2021"], /DD-MM-JJJJ of JJJJ-MM-DD/],
    [["valideer", ACTIELIJST, "--peildatum", "2021-02-30"], /bestaat niet in de kalender/],
    [
      ["valideer", ACTIELIJST, "--sheet", "Bestaat niet"],
      /^regie: Het blad "Bestaat niet" bestaat niet in deze werkmap\. De werkmap heeft: "Actielijst"\.\n$/,
    ],
    [["valideer", fixture("mijlpalen-groningen-datums.xlsx")], /Geen actielijst gevonden/],
    [["valideer", fixture("actielijst-duo-2021.expected.json")], /geen leesbare Excel-werkmap/],
    [
      ["valideer", ACTIELIJST, "--out", ACTIELIJST],
      /is het invoerbestand zelf; Regie schrijft altijd een kopie/,
    ],
    [
      ["valideer", ACTIELIJST, "--out", ""],
      /^regie: De optie --out heeft een bestandsnaam nodig\.\n$/,
    ],
    [
      ["valideer", ACTIELIJST, "--sheet", ""],
      /^regie: De optie --sheet heeft een bladnaam nodig\.\n$/,
    ],
    [
      ["valideer", ACTIELIJST, "--out", tmpdir()],
      /^regie: Niet geschreven: --out is een map, geen bestand: .*\. Er is niets geschreven\.\n$/,
    ],
    [
      ["valideer", ACTIELIJST, "--out", "/bestaat-niet/kopie.xlsx"],
      /^regie: Niet geschreven: de map voor --out bestaat niet: \/bestaat-niet\. Er is niets geschreven\.\n$/,
    ],
    [["valideer"], /Geef een .xlsx-bestand op/],
    [["valideren", ACTIELIJST], /Onbekende opdracht valideren; kies valideer/],
    [["valideer", ACTIELIJST, "--kleur"], /Onbekende optie/],
  ])("unusable input %j: exit 2 with one Dutch line", async (argv, melding) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(melding);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  test("validate, the old name, gives the same as valideer", async () => {
    const argv = [ACTIELIJST, "--peildatum", "2021-02-24", "--json"];
    const [oud, nieuw] = [await cli("validate", ...argv), await cli("valideer", ...argv)];
    expect(oud.code).toBe(0);
    expect(oud).toEqual(nieuw);
  });

  test("as a real process: exit codes and no stack trace", () => {
    const goed = cliProces("valideer", ACTIELIJST, "--peildatum", "2021-02-24", "--json");
    expect(goed.code).toBe(0);
    expect(JSON.parse(goed.out).rows).toHaveLength(37);
    const fout = cliProces("valideer", "bestaat-niet.xlsx");
    expect(fout.code).toBe(2);
    expect(fout.err).toMatch(/^regie: Bestand niet gevonden/);
    expect(fout.err).not.toMatch(/\s+at\s|Error:/);
  });
});
