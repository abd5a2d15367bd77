import { valideerEnMarkeer } from "../../../src/app/actielijst/markeer";
import { wisMarkeringen } from "../../../src/app/actielijst/wis-markeringen";
import { MARKERING_BLAD } from "../../../src/core/highlight/store";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator, type ProfileName } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { kop, rij } from "../../support/grid";
import { foutTekst } from "../../../src/app/weigering-berichten";

// What failed in real Excel and passed on the old home-made fake, now through Microsoft's library.
const PEIL = "2021-02-24";

function lijst(deadline: string): CellValue[][] {
  return [kop(), rij("a. bellen", "Anja", "In uitvoering", deadline, { doel: "#01" })];
}

function opzet(profile: ProfileName, structureProtected = false) {
  const excel = ExcelEmulator.fromSheets(
    [{ name: "Actielijst", values: lijst("1 februari 2021") }],
    {
      profile,
      structureProtected,
    }
  );
  return { excel, port: new OfficeWorkbookPort(excel.run) };
}

describe.each<ProfileName>(["web", "desktop"])("Excel (%s)", (profile) => {
  test("Markeringen wissen removes the VeryHidden memory sheet and restores the colours", async () => {
    const { excel, port } = opzet(profile);
    const voor = excel.snapshot();
    const gemarkeerd = await valideerEnMarkeer(port, { peildatum: PEIL });
    expect(gemarkeerd.ok).toBe(true);
    expect(excel.sheetInfo(MARKERING_BLAD).visibility).toBe("VeryHidden");
    const gewist = await wisMarkeringen(port);
    expect(gewist.ok).toBe(true);
    expect(excel.snapshot()).toEqual(voor);
  });

  test("marking again when nothing is overdue any more cleans up the memory sheet", async () => {
    const { excel, port } = opzet(profile);
    await valideerEnMarkeer(port, { peildatum: PEIL });
    const later = await valideerEnMarkeer(port, { peildatum: "2020-01-01" });
    expect(later.ok).toBe(true);
    expect(excel.sheetNames()).toEqual(["Actielijst"]);
    expect(excel.fills("Actielijst")).toEqual({});
  });

  test("a workbook with a protected structure: a Dutch message and nothing changed", async () => {
    const { excel, port } = opzet(profile, true);
    const voor = excel.snapshot();
    const uitkomst = await valideerEnMarkeer(port, { peildatum: PEIL });
    expect(uitkomst.ok).toBe(false);
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(
      /structuur van de werkmap is beveiligd/
    );
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(/alles is teruggezet/);
    expect(excel.snapshot()).toEqual(voor);
  });

  test("a marked last row whose values the user cleared: Markeringen wissen still gives its fill back", async () => {
    // The values-only used range stops above the emptied row (Worksheet.getUsedRange(valuesOnly)).
    const excel = ExcelEmulator.fromSheets(
      [
        {
          name: "Actielijst",
          values: [
            ...lijst("1 mei 2021"),
            rij("b. mailen", "Anja", "In uitvoering", "1 februari 2021"),
          ],
        },
      ],
      { profile }
    );
    const port = new OfficeWorkbookPort(excel.run);
    const voor = excel.fills("Actielijst");
    expect((await valideerEnMarkeer(port, { peildatum: PEIL })).ok).toBe(true);
    expect(Object.keys(excel.fills("Actielijst"))).toContain("C3");
    await port.write([
      { kind: "values", sheet: "Actielijst", address: "A3:H3", values: [new Array(8).fill("")] },
    ]);
    const gewist = await wisMarkeringen(port);
    expect(gewist.ok && gewist.value.handmatig).toEqual([]);
    expect(excel.fills("Actielijst")).toEqual(voor);
    expect(excel.sheetNames()).toEqual(["Actielijst"]);
  });
});
