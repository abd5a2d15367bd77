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
  test("--json volgt het contract en geeft per rij de verwachte waarden", async () => {
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

  test("zonder --json een leesbaar Nederlands verslag", async () => {
    const { out } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24");
    expect(out).toMatch(/Actielijst "Actielijst" gecontroleerd op peildatum 24-2-2021: 37 acties/);
    expect(out).toMatch(/2 verlopen, 2 binnenkort/);
    expect(out).toMatch(/Waarschuwingen \(\d+\)/);
  });

  test("--out schrijft een gemarkeerde kopie en laat de invoer byte voor byte gelijk", async () => {
    const voor = readFileSync(ACTIELIJST);
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "gemarkeerd.xlsx");
    const { code } = await cli("valideer", ACTIELIJST, "--peildatum", "2021-02-24", "--out", out);
    expect(code).toBe(0);
    expect(readFileSync(ACTIELIJST).equals(voor)).toBe(true);
    const kopie = await XlsxWorkbook.open(out);
    const [r] = await kopie.read([{ sheet: "Actielijst", fills: true }]);
    expect(r!.fills![8][2].pattern).toBe("Solid");
  });

  test("fouten in de lijst geven exit 1", async () => {
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
    [["valideer", ACTIELIJST, "--sheet", "Bestaat niet"], /Het blad "Bestaat niet" bestaat niet/],
    [["valideer", fixture("mijlpalen-groningen-datums.xlsx")], /Geen actielijst gevonden/],
    [["valideer", fixture("actielijst-duo-2021.expected.json")], /geen leesbare Excel-werkmap/],
    [["valideer", ACTIELIJST, "--out", ACTIELIJST], /--out mag niet het invoerbestand/],
    [["valideer"], /Geef een .xlsx-bestand op/],
    [["valideren", ACTIELIJST], /Onbekende opdracht valideren; kies valideer/],
    [["valideer", ACTIELIJST, "--kleur"], /Onbekende optie/],
  ])("onbruikbare invoer %j: exit 2 met één Nederlandse regel", async (argv, melding) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(melding);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  test("validate, de oude naam, geeft hetzelfde als valideer", async () => {
    const argv = [ACTIELIJST, "--peildatum", "2021-02-24", "--json"];
    const [oud, nieuw] = [await cli("validate", ...argv), await cli("valideer", ...argv)];
    expect(oud.code).toBe(0);
    expect(oud).toEqual(nieuw);
  });

  test("als echt proces: exit-codes en geen stacktrace", () => {
    const goed = cliProces("valideer", ACTIELIJST, "--peildatum", "2021-02-24", "--json");
    expect(goed.code).toBe(0);
    expect(JSON.parse(goed.out).rows).toHaveLength(37);
    const fout = cliProces("valideer", "bestaat-niet.xlsx");
    expect(fout.code).toBe(2);
    expect(fout.err).toMatch(/^regie: Bestand niet gevonden/);
    expect(fout.err).not.toMatch(/\s+at\s|Error:/);
  });
});
