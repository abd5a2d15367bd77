import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { writeRegister } from "../../src/app/accounthouders/register";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { maakDashboard } from "../../src/app/mijlpalen/dashboard";
import { pasWijzigingenToe } from "../../src/app/wijzigingen/pas-toe";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../src/host/office";
import { kop, rij } from "../support/grid";
import { foutTekst } from "../../src/app/weigering-berichten";

const VIJANDIG = [
  '=HYPERLINK("http://x","klik")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "-2+3",
  "=1/0",
];

/** Every formula in the workbook: a hostile text copied by Regie would show up here. */
const formules = (standIn: ExcelEmulator) =>
  standIn
    .sheetNames()
    .flatMap((s) => Object.entries(standIn.formulas(s)).map(([cel, f]) => `${s}!${cel}: ${f}`));

describe.each(VIJANDIG)("text that looks like a formula stays text: %s", (tekst) => {
  test("in the Wijzigingslog and in the changed cell", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Actielijst",
        values: [kop(), rij("a", `'${tekst} / Anja`, "In uitvoering", "1 mei 2021")],
      },
      {
        name: "Accounthouders",
        values: [
          ["Naam", "Aliassen"],
          ["Anja Woortman", "Anja"],
        ],
      },
    ]);
    const port = new OfficeWorkbookPort(standIn.run);
    const v = await normaliseerVoorvertoning(port, { peildatum: "2021-02-24" });
    if (!v.ok) throw new Error(foutTekst(v.refusal));
    await pasNormalisatieToe(port, v.value, alleRegels(v.value), "t");
    await pasWijzigingenToe(port, [{ sheet: "Actielijst", cell: "F2", from: "", to: tekst }], {
      actie: tekst,
      tijdstip: tekst,
    });
    // Not understood in full, so left exactly as written.
    expect(standIn.values("Actielijst")[1][3]).toBe(`${tekst} / Anja`);
    expect(standIn.values("Actielijst")[1][5]).toBe(tekst);
    expect(standIn.values("Wijzigingslog").flat()).toContain(tekst);
    expect(formules(standIn)).toEqual([]);
  });

  test("in the markings' memory (sheet name) and in the dashboard (address, fase, source sheet)", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: `${tekst.slice(0, 20).replace(/[\\/?*[\]:']/g, "")} acties`,
        values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")],
      },
      {
        name: "Q4 2019",
        values: [
          ["Adres-ID", "Fase"],
          [`'${tekst}`, `'${tekst}`],
          ["2", "Opname"],
        ],
      },
    ]);
    const port = new OfficeWorkbookPort(standIn.run);
    await valideerEnMarkeer(port, { peildatum: "2021-02-24", sheet: standIn.sheetNames()[0] });
    const d = await maakDashboard(port, { peildatum: "2020-05-12", gemaakt: tekst });
    expect(d.ok).toBe(true);
    expect(
      standIn
        .values("Dashboard mijlpalen")
        .flat()
        .some((v) => typeof v === "string" && v.includes(tekst))
    ).toBe(true);
    expect(formules(standIn)).toEqual([]);
  });

  test("in the register that Regie writes", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Actielijst", values: [kop()] }]);
    await writeRegister(
      new OfficeWorkbookPort(standIn.run),
      [{ naam: tekst, aliassen: [tekst], aantal: 1 }],
      { tijdstip: "2021-02-24 10:00:00" }
    );
    expect(standIn.values("Accounthouders")[1].slice(0, 2)).toEqual([tekst, tekst]);
    expect(formules(standIn)).toEqual([]);
  });
});
