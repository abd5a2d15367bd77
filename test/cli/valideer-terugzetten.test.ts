import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOG_BLAD, LOG_KOP } from "../../src/core/wijzigingslog";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";
import { verschuif } from "../support/verschuif";

let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), "regie-terug-"));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** The fixture with the given rows shifted (from column C), saved as a file of its own. */
async function verschovenBestand(naam: string, rijen: [number, "links" | "rechts"][]) {
  const w = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
  let grid = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
  const origineel = grid;
  for (const [row, richting] of rijen) grid = verschuif(grid, row, 2, richting);
  await w.write(
    rijen.map(([row]) => ({
      kind: "values" as const,
      sheet: "Actielijst",
      address: `A${row}`,
      values: [grid.values[row - 1]],
    }))
  );
  const pad = join(map, naam);
  await w.saveAs(pad);
  return { pad, origineel };
}

describe("valideer --out puts shifted rows back in the copy", () => {
  test.each([
    [
      [[16, "links"]] as [number, "links" | "rechts"][],
      "Verschoven rij teruggezet in de kopie (rij 16; 6 cellen",
    ],
    [
      [
        [3, "rechts"],
        [16, "links"],
      ] as [number, "links" | "rechts"][],
      "2 verschoven rijen teruggezet in de kopie (rij 3, 16; 12 cellen",
    ],
  ])("%j", async (rijen, melding) => {
    const { pad, origineel } = await verschovenBestand(`in-${rijen.length}.xlsx`, rijen);
    const uit = join(map, `uit-${rijen.length}.xlsx`);
    const { out, err } = await cli("valideer", pad, "--peildatum", "2021-02-24", "--out", uit);
    expect(err).toBe("");
    expect(out).toContain(melding);
    expect(out).toMatch(/Rij lijkt een kolom verschoven/);

    const kopie = await XlsxWorkbook.open(uit);
    const [blad, log] = await kopie.read([{ sheet: "Actielijst" }, { sheet: LOG_BLAD }]);
    for (const [row, richting] of rijen)
      blad!.grid.values[row - 1].slice(0, 8).forEach((v, c) => {
        const goed = origineel.values[row - 1][c] ?? "";
        expect(c === 1 && richting === "links" ? "" : goed).toEqual(v ?? "");
      });
    expect(
      log!.grid.values.slice(1).every((r) => r[LOG_KOP.indexOf("Handeling")] === "Zet rij terug")
    ).toBe(true);

    // The input file is never touched: it still holds the shifted rows.
    const opnieuw = await cli("valideer", pad, "--peildatum", "2021-02-24", "--json");
    expect(
      JSON.parse(opnieuw.out).findings.filter((f: { code: string }) => f.code === "rij-verschoven")
    ).toHaveLength(rijen.length);
    const kopieJson = await cli("valideer", uit, "--peildatum", "2021-02-24", "--json");
    expect(
      JSON.parse(kopieJson.out).findings.filter(
        (f: { code: string }) => f.code === "rij-verschoven"
      )
    ).toHaveLength(0);
  });
});
