import { overzicht } from "../../../src/app/accounthouders/overzicht";
import { foutTekst } from "../../../src/app/weigering-berichten";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const REGISTER: CellValue[][] = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Anja Woortman", "Anja", "", "", ""],
  ["Arend Woortman", "", "", "", ""],
];
const LIJST = [
  kop(),
  rij("a", "Anja", "In uitvoering", "1 mei 2021"),
  rij("b", "A. Woortman", "In uitvoering", "1 mei 2021"),
];

describe("Overzicht per accounthouder via Office.js (Excel stand-in)", () => {
  test("reads the list and the registry (two syncs), writes nothing, and lists an ambiguous form apart from the people", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst", values: LIJST },
      { name: "Accounthouders", values: REGISTER },
    ]);
    const voor = standIn.snapshot();
    const uit = await overzicht(new OfficeWorkbookPort(standIn.run), { peildatum: PEIL });
    if (!uit.ok) throw new Error(foutTekst(uit.refusal));
    expect(standIn.syncCount).toBe(2);
    expect(standIn.snapshot()).toEqual(voor);
    expect(uit.value.sheet).toBe("Actielijst");
    expect(uit.value.overzicht.personen.map((p) => [p.naam, p.open.length])).toEqual([
      ["Anja Woortman", 1],
    ]);
    expect(
      uit.value.overzicht.nietHerkend.map((p) => [p.naam, p.soort, p.kandidaten, p.open.length])
    ).toEqual([["A. Woortman", "dubbelzinnig", ["Anja Woortman", "Arend Woortman"], 1]]);
  });

  test("without a registry the names stand as written, as people", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Actielijst", values: LIJST }]);
    const uit = await overzicht(new OfficeWorkbookPort(standIn.run), { peildatum: PEIL });
    if (!uit.ok) throw new Error(foutTekst(uit.refusal));
    expect(uit.value.overzicht.personen.map((p) => p.naam).sort()).toEqual(["A. Woortman", "Anja"]);
    expect(uit.value.overzicht.nietHerkend).toEqual([]);
  });
});
