import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { writeRegister } from "../../src/app/accounthouders/register";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { legVast } from "../../src/app/actielijst/vastleggen";
import { vergelijkMetEerder, writeWijzigingen } from "../../src/app/actielijst/vergelijk";
import { maakDashboard } from "../../src/app/mijlpalen/dashboard";
import { maakOngedaan } from "../../src/app/wijzigingen/ongedaan";
import { pasWijzigingenToe } from "../../src/app/wijzigingen/pas-toe";
import { foutTekst } from "../../src/app/weigering-berichten";
import { LOG_BLAD } from "../../src/core/wijzigingslog";
import { VASTLEG_BLAD } from "../../src/core/actielijst/vastlegging";
import { MARKERING_BLAD } from "../../src/core/highlight/store";
import { ExcelEmulator, type LocaleName, type SheetSeed } from "../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../src/host/office";
import { kop, rij } from "../support/grid";

/**
 * Issue 24, case 16: text stays text in every locale. Each text below is one that Excel in en-US or
 * nl-NL reads as a boolean, number, percentage, date or time when typed (the emulator converts it that
 * way, test/excel-stand-in/typed-input.test.ts); wherever Regie copies such a text into the
 * workbook, it must read back as that exact text.
 */
const TEKSTEN = [
  "WAAR",
  "ONWAAR",
  "TRUE",
  "false",
  "mei 2021",
  "jan-21",
  "26 maart",
  "March 26, 2021",
  ",5",
  " 5 ",
  "1-2",
  "12:30",
  "€ 5",
  "5%",
  "1.234,5",
  "1e5",
  "(5)",
  "-5",
];

const LOCALES: LocaleName[] = ["nl-NL", "en-US"];

const strings = (standIn: ExcelEmulator, sheet: string) =>
  standIn
    .values(sheet)
    .flat()
    .filter((v): v is string => typeof v === "string");

function werkmap(bladen: SheetSeed[], locale: LocaleName) {
  const standIn = ExcelEmulator.fromSheets(bladen, { locale, inputYear: 2021 });
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

describe.each(LOCALES)("Excel in %s", (locale) => {
  describe.each(TEKSTEN)("%j", (tekst) => {
    test("a normalised owner, an edited cell, the Wijzigingslog, and undo", async () => {
      const { standIn, port } = werkmap(
        [
          {
            name: "Actielijst",
            values: [kop(), rij("a", `${tekst} / Anja`, "In uitvoering", "1 mei 2021")],
          },
          {
            name: "Accounthouders",
            values: [
              ["Naam", "Aliassen"],
              ["Anja Woortman", "Anja"],
            ],
          },
        ],
        locale
      );
      const v = await normaliseerVoorvertoning(port, { peildatum: "2021-02-24" });
      if (!v.ok) throw new Error(foutTekst(v.refusal));
      await pasNormalisatieToe(port, v.value, alleRegels(v.value), "t");
      expect(standIn.values("Actielijst")[1][3]).toBe(`${tekst} / Anja`);

      await pasWijzigingenToe(
        port,
        [
          { sheet: "Actielijst", cell: "E2", from: "In uitvoering", to: tekst },
          { sheet: "Actielijst", cell: "G2", from: "1 mei 2021", to: tekst },
        ],
        { actie: tekst, tijdstip: tekst }
      );
      expect(standIn.values("Actielijst")[1].slice(4, 7)).toEqual([tekst, "", tekst]);
      const log = strings(standIn, LOG_BLAD);
      expect(log.filter((v) => v === tekst).length).toBeGreaterThanOrEqual(3);

      // Undo writes the old texts back, and the new ones were read back as they were written.
      const terug = await maakOngedaan(port, { tijdstip: tekst });
      expect(terug.ok).toBe(true);
      expect(standIn.values("Actielijst")[1][4]).toBe("In uitvoering");
      expect(standIn.values("Actielijst")[1][6]).toBe("1 mei 2021");
      expect(strings(standIn, LOG_BLAD)).toContain(tekst);
    });

    test("the register Regie writes", async () => {
      const { standIn, port } = werkmap([{ name: "Actielijst", values: [kop()] }], locale);
      const naam = tekst.trim();
      const r = await writeRegister(port, [{ naam, aliassen: [naam], aantal: 1 }], {
        tijdstip: tekst,
      });
      expect(r.ok).toBe(true);
      expect(standIn.values("Accounthouders")[1].slice(0, 2)).toEqual([naam, naam]);
    });

    test("the markings' memory (a sheet named like the text) and the dashboard's labels", async () => {
      const blad = tekst.trim().replace(/[\\/?*[\]:]/g, "-");
      const { standIn, port } = werkmap(
        [
          { name: blad, values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")] },
          {
            name: "Q4 2019",
            values: [
              ["Adres-ID", "Fase"],
              [tekst, tekst],
              ["2", "Opname"],
            ],
          },
        ],
        locale
      );
      await valideerEnMarkeer(port, { peildatum: "2021-02-24", sheet: blad });
      expect(strings(standIn, MARKERING_BLAD)).toContain(blad);
      const d = await maakDashboard(port, { peildatum: "2020-05-12", gemaakt: tekst });
      expect(d.ok).toBe(true);
      expect(strings(standIn, "Dashboard mijlpalen").some((v) => v.includes(tekst))).toBe(true);
    });

    test("a vastlegging, and the sheet of changes since it", async () => {
      const { standIn, port } = werkmap(
        [
          {
            name: "Actielijst",
            values: [
              kop(),
              rij("Bellen", "Anja", "In uitvoering", "1 februari 2021"),
              rij(tekst, tekst, tekst, tekst),
            ],
          },
        ],
        locale
      );
      const opties = { peildatum: "2021-02-24" };
      const vast = await legVast(port, opties, "2021-01-13", "2021-01-13 09:30:00");
      if (!vast.ok) throw new Error(foutTekst(vast.refusal));
      // A vastlegging keeps texts trimmed, as the comparison reads them.
      const kern = tekst.trim();
      expect(
        strings(standIn, VASTLEG_BLAD).filter((v) => v === kern).length
      ).toBeGreaterThanOrEqual(3);

      // The action leaves the list: the sheet of changes names it.
      await port.write([
        { kind: "values", sheet: "Actielijst", address: "A3", values: [Array(8).fill("")] },
      ]);
      const r = await vergelijkMetEerder(port, opties, { soort: "vastlegging" });
      if (!r.ok) throw new Error(foutTekst(r.refusal));
      const w = await writeWijzigingen(port, r.value, tekst);
      if (!w.ok) throw new Error(foutTekst(w.refusal));
      expect(strings(standIn, w.value.blad)).toContain(kern);
    });
  });
});
