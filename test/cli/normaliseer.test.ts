import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { normaliseerJsonSchema } from "../../src/cli/normaliseer-json";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli } from "../support/cli";
import { fixture, fixtureJson } from "../support/fixtures";
import { werkmap } from "../support/xlsx";

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");
const REGISTER = fixture("accounthouders-duo.xlsx");
const verwacht = fixtureJson<{ row: number; owners: string[] }[]>(
  "actielijst-duo-2021.expected.json"
);

describe("regie normaliseer", () => {
  test("--json follows the contract; owners per row as expected", async () => {
    const { code, out } = await cli(
      "normaliseer",
      ACTIELIJST,
      "--register",
      REGISTER,
      "--peildatum",
      "2021-02-24",
      "--json"
    );
    expect(code).toBe(0);
    const json = normaliseerJsonSchema.parse(JSON.parse(out));
    expect(Object.keys(JSON.parse(out))).toEqual(["edits", "unresolved", "rows"]);
    expect(json.rows).toEqual(verwacht.map(({ row, owners }) => ({ row, owners })));
    expect(json.edits).toContainEqual({ cell: "D2", from: "0/26", to: "(10)(2e)" });
    expect(json.unresolved).toEqual([]);
  });

  test("valideer --register also reports canonical names", async () => {
    const { out } = await cli(
      "valideer",
      ACTIELIJST,
      "--register",
      REGISTER,
      "--peildatum",
      "2021-02-24",
      "--json"
    );
    expect(
      JSON.parse(out).rows.map((r: { row: number; owners: string[] }) => ({
        row: r.row,
        owners: r.owners,
      }))
    ).toEqual(verwacht.map(({ row, owners }) => ({ row, owners })));
  });

  test("--out writes a copy with the changes and the Wijzigingslog; the input stays the same", async () => {
    const voor = readFileSync(ACTIELIJST);
    const out = join(mkdtempSync(join(tmpdir(), "regie-")), "genormaliseerd.xlsx");
    const r = await cli(
      "normaliseer",
      ACTIELIJST,
      "--register",
      REGISTER,
      "--peildatum",
      "2021-02-24",
      "--out",
      out
    );
    expect(r.code).toBe(0);
    expect(readFileSync(ACTIELIJST).equals(voor)).toBe(true);
    const kopie = await XlsxWorkbook.open(out);
    const [blad, log] = await kopie.read([{ sheet: "Actielijst" }, { sheet: "Wijzigingslog" }]);
    expect(blad!.grid.values[2][3]).toBe("Nicoline van der Linden");
    expect(log!.grid.values).toHaveLength(24);
    const tweede = await cli("normaliseer", out, "--register", REGISTER, "--json");
    expect(JSON.parse(tweede.out).edits).toEqual([]);
  });

  test("unresolved owners: exit 1 and named", async () => {
    const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "onbekend.xlsx");
    await werkmap({
      name: "Acties",
      values: [
        ["Openstaande acties", "Account-houder DUO", "Status", "Deadline"],
        ["a", "Kees", "Gereed", ""],
      ],
    }).saveAs(pad);
    const r = await cli("normaliseer", pad, "--register", REGISTER, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).unresolved).toEqual([{ cell: "B2", text: "Kees" }]);
  });

  test("an owner from a formula stays and is named; --out leaves the formula intact", async () => {
    const map = mkdtempSync(join(tmpdir(), "regie-"));
    const [pad, out] = [join(map, "formule.xlsx"), join(map, "uit.xlsx")];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Acties");
    ws.addRow(["Openstaande acties", "Account-houder DUO", "Status", "Deadline"]);
    ws.addRow(["a", { formula: '"Nicoline"', result: "Nicoline" }, "Gereed", ""]);
    ws.addRow(["b", "Nicoline", "Gereed", ""]);
    await wb.xlsx.writeFile(pad);
    const r = await cli("normaliseer", pad, "--register", REGISTER, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Formule (1), niet gewijzigd");
    expect(r.out).toMatch(/B2 +Nicoline \(zou Nicoline van der Linden worden\)/);
    const kopie = new ExcelJS.Workbook();
    await kopie.xlsx.readFile(out);
    expect(kopie.getWorksheet("Acties")!.getCell("B2").formula).toBe('"Nicoline"');
    expect(kopie.getWorksheet("Acties")!.getCell("B3").value).toBe("Nicoline van der Linden");
  });

  test.each([
    [["normaliseer", ACTIELIJST], /Geen register van accounthouders: geef --register/],
    [
      ["normaliseer", ACTIELIJST, "--register", fixture("mijlpalen-groningen.expected.json")],
      /geen leesbare Excel-werkmap/,
    ],
    [["normaliseer", ACTIELIJST, "--register", ACTIELIJST], /geen register/],
    [["normaliseer", ACTIELIJST, "--register", "nergens.xlsx"], /Bestand niet gevonden/],
  ])("unusable %j: exit 2", async (argv, melding) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(melding);
  });
});

test("a name not recognised says why in the text output, with its candidates (issue 26, point 4)", async () => {
  const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "woortman.xlsx");
  await werkmap(
    {
      name: "Acties",
      values: [
        ["Openstaande acties", "Account-houder DUO", "Status", "Deadline"],
        ["a", "A. Woortman", "Gereed", ""],
        ["b", "Kees", "Gereed", ""],
        ["c", "Anja", "Gereed", ""],
      ],
    },
    {
      name: "Accounthouders",
      values: [
        ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
        ["Anja Woortman", "Anja", "", "", ""],
        ["Arend Woortman", "", "", "", ""],
      ],
    }
  ).saveAs(pad);
  const r = await cli("normaliseer", pad);
  expect(r.code).toBe(1);
  const regels = r.out.split("\n");
  const kop = regels.findIndex((l) => l.startsWith("Niet herkend ("));
  expect(regels.slice(kop, kop + 3)).toEqual([
    "Niet herkend (2), blijft zoals geschreven:",
    "  B2    'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet.",
    "  B3    'Kees' staat niet in het register, ook niet als alias.",
  ]);
});
