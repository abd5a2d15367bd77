import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";
import { werkmap } from "../support/xlsx";

/**
 * `mijlpalen` on one file stays byte for byte what it was before the command took several files
 * (--json and the report): the expected outputs in verwacht/ were printed by the single-file
 * command as it stood (commit 7f678f7), and are compared as text, not as parsed JSON.
 */
const VERWACHT = join(__dirname, "verwacht");

function verwacht(naam: string): string {
  return readFileSync(join(VERWACHT, naam), "utf8");
}

/** A workbook with every kind of finding: duplicates, a regression, no phase, a running quarter. */
async function meldingenWerkmap(): Promise<string> {
  const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "meldingen.xlsx");
  const kop = ["Adres-ID", "Gemeente", "Fase"];
  await werkmap(
    {
      name: "Q4 2019",
      values: [
        kop,
        ["1", "Loppersum", "Uitvoering"],
        ["2", "Groningen", "Opname"],
        ["2", "", "Opname"],
      ],
    },
    {
      name: "1e kwartaal 2020",
      values: [
        kop,
        ["1", "Loppersum", "Opname"],
        ["2", "Groningen", "Beoordeling"],
        ["", "", "Opname"],
        ["3", "Groningen", "Sloop"],
      ],
    },
    { name: "30-6-2020", values: [kop, ["1", "Loppersum", "Voltooid"], ["4", "Groningen", ""]] }
  ).saveAs(pad);
  return pad;
}

describe("regie mijlpalen --json with one file: the shape of before, byte for byte", () => {
  test.each([
    ["mijlpalen-groningen-kwartalen.xlsx", "2020-03-31"],
    ["mijlpalen-groningen-kwartalen.xlsx", "2020-05-12"],
    ["mijlpalen-groningen-datums.xlsx", "2020-03-31"],
    ["mijlpalen-groningen-datums.xlsx", "2020-05-12"],
  ])("%s, peildatum %s", async (bestand, peildatum) => {
    const r = await cli("mijlpalen", fixture(bestand), "--peildatum", peildatum, "--json");
    const naam = `${bestand.replace(".xlsx", "")}-${peildatum}.json`;
    expect(r.out).toBe(verwacht(naam));
  });

  test("a workbook with findings and a running quarter", async () => {
    const r = await cli(
      "mijlpalen",
      await meldingenWerkmap(),
      "--peildatum",
      "2020-05-12",
      "--json"
    );
    expect(r.out).toBe(verwacht("meldingen-2020-05-12.json"));
  });
});

describe("regie mijlpalen with one file: the report of before, byte for byte", () => {
  test.each(["mijlpalen-groningen-kwartalen.xlsx", "mijlpalen-groningen-datums.xlsx"])(
    "%s",
    async (bestand) => {
      const r = await cli("mijlpalen", fixture(bestand), "--peildatum", "2020-05-12");
      expect(r.out).toBe(verwacht(`${bestand.replace(".xlsx", "")}-2020-05-12.txt`));
    }
  );
});
