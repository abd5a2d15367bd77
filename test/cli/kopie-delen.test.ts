import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { delenVan } from "../support/herschrijf";
import { bronPad, maakProducenten, type Producent } from "../support/producenten";

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

let map = "";
let lijsten: Producent[] = [];
beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-kopie-"));
  lijsten = (await maakProducenten(map)).filter((p) => p.bron === "actielijst-duo-2021");
  lijsten.unshift({
    naam: "fixture",
    bron: "actielijst-duo-2021",
    pad: bronPad("actielijst-duo-2021"),
  });
});

const REGISTER = bronPad("accounthouders-duo");
/** The list's sheet, the styles (new formats), the sheet list (Regie's sheet added). */
const TOEGESTAAN =
  /^(xl\/worksheets\/[^/]+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

describe("--out verandert alleen wat Regie zegt te veranderen", () => {
  test.each([
    ["validate (markeren)", ["validate", "--peildatum", "2021-02-24"]],
    [
      "normaliseer (met Wijzigingslog)",
      ["normaliseer", "--peildatum", "2021-02-24", "--register", REGISTER],
    ],
  ])(
    "%s: elk ander onderdeel blijft byte voor byte gelijk, bij elke producent",
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

  test("opnieuw markeren op de kopie: alleen het eigen blad, de lijst en de opmaak", async () => {
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
