import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { valideer } from "../../src/app/actielijst/valideer";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../src/host/office";
import { kop, rij } from "../support/grid";
import { foutTekst } from "../../src/app/weigering-berichten";

const PEIL = "2021-02-24";

/** D2 and E2 are formulas whose results Regie would otherwise rewrite; D3 and E3 are plain text. */
function opzet() {
  const standIn = ExcelEmulator.fromSheets([
    {
      name: "Actielijst",
      values: [
        kop(),
        rij("a. een", '="Nicoline"', '="loopt"', "1 mei 2021"),
        rij("b. twee", "Nicoline", "loopt", "1 mei 2021"),
      ],
      results: { D2: "Nicoline", E2: "loopt" },
    },
    {
      name: "Accounthouders",
      values: [
        ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
        ["Nicoline van der Linden", "Nicoline", "", "", ""],
      ],
    },
  ]);
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

describe("Regie never overwrites a formula with a value", () => {
  test("validating: the status from a formula gets no fix button, the plain one does", async () => {
    const { standIn, port } = opzet();
    const r = await valideer(port, { peildatum: PEIL });
    if (!r.ok) throw new Error(foutTekst(r.refusal));
    expect(standIn.syncCount).toBe(2);
    const synoniemen = r.value.findings.filter((f) => f.code === "status-synoniem");
    expect(synoniemen.map((f) => [f.cell, f.fix?.to ?? null])).toEqual([
      ["E2", null],
      ["E3", "In uitvoering"],
    ]);
  });

  test("normalising: the formula cell stands apart in the preview and stays the same after applying", async () => {
    const { standIn, port } = opzet();
    const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    expect(standIn.syncCount).toBe(2);
    expect(voorstel.value.normalisatie.edits.map((e) => e.cell)).toEqual(["D3"]);
    expect(voorstel.value.normalisatie.formules).toEqual([
      { sheet: "Actielijst", cell: "D2", from: "Nicoline", to: "Nicoline van der Linden" },
    ]);
    const formulesVoor = standIn.formulas("Actielijst");
    await pasNormalisatieToe(port, voorstel.value, alleRegels(voorstel.value), "t");
    expect(standIn.formulas("Actielijst")).toEqual(formulesVoor);
    expect(standIn.values("Actielijst")[2][3]).toBe("Nicoline van der Linden");
  });
});
