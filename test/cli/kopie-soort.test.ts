import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kop, rij } from "../support/grid";
import { cli } from "../support/cli";
import { bladdata, werkmapMetBladdata } from "../support/vijandige-bladen";

/** Issue 24, cases 5 and 9: a copy keeps the kind of workbook its name says, or is refused. */
const LIJST = bladdata([kop(), rij("a. verlopen", "Nicoline", "In uitvoering", "1 februari 2021")]);

async function invoer(naam: string, opties: { macro?: boolean; strict?: boolean }) {
  const map = mkdtempSync(join(tmpdir(), "regie-soort-"));
  const pad = join(map, naam);
  writeFileSync(pad, await werkmapMetBladdata(LIJST, opties));
  return { map, pad, voor: readFileSync(pad) };
}

describe("a copy's name and its kind of workbook", () => {
  test("a workbook with macros copied to .xlsm: written, still macro-enabled", async () => {
    const { map, pad } = await invoer("lijst.xlsm", { macro: true });
    const uit = join(map, "kopie.xlsm");
    const r = await cli("valideer", pad, "--out", uit);
    expect(r.err).toBe("");
    const typen = await (
      await JSZip.loadAsync(readFileSync(uit))
    )
      .file("[Content_Types].xml")!
      .async("string");
    expect(typen).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test.each([
    [
      "a workbook with macros to .xlsx",
      "lijst.xlsm",
      { macro: true },
      "kopie.xlsx",
      /bevat macro's/,
    ],
    ["a workbook without macros to .xlsm", "lijst.xlsx", {}, "kopie.xlsm", /geen macro's/],
    ["a Strict workbook", "strikt.xlsx", { strict: true }, "kopie.xlsx", /Strict Open XML/],
  ] as const)(
    "%s: refused in one Dutch line, nothing written",
    async (_n, naam, opties, doel, melding) => {
      const { map, pad, voor } = await invoer(naam, opties);
      const uit = join(map, doel);
      for (const opdracht of ["valideer", "normaliseer", "mijlpalen"]) {
        const r = await cli(opdracht, pad, "--out", uit);
        expect({ opdracht, code: r.code }).toEqual({ opdracht, code: 2 });
        expect(r.err.trim().split("\n")).toHaveLength(1);
        expect(r.err).toMatch(melding);
        expect(r.err).toMatch(/Er is niets veranderd\.\n$/);
        expect(existsSync(uit)).toBe(false);
        expect(readFileSync(pad)).toEqual(voor);
      }
    }
  );

  test("a Strict workbook is still read: valideer without --out", async () => {
    const { pad } = await invoer("strikt.xlsx", { strict: true });
    const r = await cli("valideer", pad);
    expect(r.code).toBe(0);
  });
});
