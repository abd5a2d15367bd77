import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { registerVoorstel } from "../../src/app/accounthouders/register";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { valideer } from "../../src/app/actielijst/valideer";
import { maakDashboard } from "../../src/app/mijlpalen/dashboard";
import type { CellValue } from "../../src/core/grid";
import { ExcelEmulator, type ProfileName, type SheetSeed } from "../../src/excel-stand-in";
import { PROFIELEN } from "../support/scenarios";
import { OfficeWorkbookPort } from "../../src/host/office";
import { cli } from "../support/cli";
import { kop, rij } from "../support/grid";
import { foutTekst } from "../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const opties = { peildatum: PEIL };

let profiel: ProfileName = "web";

function opzet(...bladen: SheetSeed[]) {
  const standIn = ExcelEmulator.fromSheets(bladen, { profile: profiel });
  return { standIn, port: new OfficeWorkbookPort(standIn.run), voor: standIn.snapshot() };
}

describe.each(PROFIELEN)(
  "unusable workbooks [%s]: a clear Dutch message and nothing changed",
  (p) => {
    beforeAll(() => (profiel = p));

    test.each<[string, SheetSeed[]]>([
      ["een lege werkmap", [{ name: "Blad1" }]],
      [
        "een blad zonder herkenbare kop",
        [
          {
            name: "Blad1",
            values: [
              ["Naam", "Adres"],
              ["Piet", "Dorpsstraat 1"],
            ],
          },
        ],
      ],
    ])("%s", async (_naam, bladen) => {
      const { standIn, port, voor } = opzet(...bladen);
      for (const [stap, melding] of [
        [() => valideer(port, opties), /Geen actielijst gevonden/],
        [() => valideerEnMarkeer(port, opties), /Geen actielijst gevonden/],
        [() => normaliseerVoorvertoning(port, opties), /Geen actielijst gevonden/],
        [() => registerVoorstel(port, opties), /Geen actielijst gevonden/],
        [() => maakDashboard(port, { ...opties, gemaakt: "nu" }), /Adres-ID/],
      ] as const) {
        const u = await stap();
        expect(u.ok).toBe(false);
        expect(!u.ok && foutTekst(u.refusal)).toMatch(melding);
      }
      expect(standIn.snapshot()).toEqual(voor);
    });

    test("a protected sheet: marking and normalising locked cells refuse beforehand", async () => {
      const { standIn, port, voor } = opzet(
        {
          name: "Actielijst",
          values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")],
          protected: true,
        },
        {
          name: "Accounthouders",
          values: [
            ["Naam", "Aliassen"],
            ["Anja Woortman", "Anja"],
          ],
        }
      );
      const m = await valideerEnMarkeer(port, opties);
      expect(!m.ok && foutTekst(m.refusal)).toMatch(/beveiligd/);
      const v = await normaliseerVoorvertoning(port, opties);
      if (!v.ok) throw new Error(foutTekst(v.refusal));
      const t = await pasNormalisatieToe(port, v.value, alleRegels(v.value), "t");
      expect(!t.ok && foutTekst(t.refusal)).toMatch(
        /"Actielijst" is beveiligd en cellen die Regie wil wijzigen zijn vergrendeld; er is niets gewijzigd/
      );
      expect(standIn.snapshot()).toEqual(voor);
    });

    test("a protected sheet whose owner column is unlocked: normalising goes through", async () => {
      const { standIn, port } = opzet(
        {
          name: "Actielijst",
          values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")],
          protected: true,
          unlocked: ["D2:D50"],
        },
        {
          name: "Accounthouders",
          values: [
            ["Naam", "Aliassen"],
            ["Anja Woortman", "Anja"],
          ],
        }
      );
      const v = await normaliseerVoorvertoning(port, opties);
      if (!v.ok) throw new Error(foutTekst(v.refusal));
      const t = await pasNormalisatieToe(port, v.value, alleRegels(v.value), "t");
      if (!t.ok) throw new Error(foutTekst(t.refusal));
      expect(standIn.values("Actielijst")[1][3]).toBe("Anja Woortman");
      expect(standIn.sheetInfo("Actielijst").protected).toBe(true);
    });

    test("hidden or filtered-out rows count, and that is said", async () => {
      const { port } = opzet(
        {
          name: "Actielijst",
          values: [
            kop(),
            rij("a", "Anja", "In uitvoering", "1 februari 2021"),
            rij("b", "Anja", "Gereed", ""),
          ],
          hiddenRows: [1],
        },
        {
          name: "Q4 2019",
          values: [
            ["Adres-ID", "Fase"],
            ["1", "Opname"],
            ["2", "Opname"],
            ["3", "Voltooid"],
          ],
          hiddenRows: [2, 3],
        }
      );
      const r = await valideer(port, opties);
      expect(r.ok && r.value.acties.map((a) => a.row)).toEqual([2, 3]);
      expect(r.ok && r.value.findings.find((f) => f.code === "rijen-verborgen")?.params).toEqual({
        aantal: 1,
        rijen: "rij 2",
      });
      const d = await maakDashboard(port, { peildatum: "2020-05-12", gemaakt: "nu" });
      if (!d.ok) throw new Error(foutTekst(d.refusal));
      expect(d.value.dashboard.kwartalen[0].total).toBe(3);
      expect(d.value.dashboard.anomalies.find((a) => a.code === "rijen-verborgen")?.params).toEqual(
        {
          sheet: "Q4 2019",
          aantal: 2,
        }
      );
    });

    test("a sheet up to row 1,000,000 is refused at once, without reading it", async () => {
      const rijen: CellValue[][] = [kop(), rij("a", "Anja", "In uitvoering", "1 mei 2021")];
      rijen[999_999] = ["verdwaald"];
      const { standIn, port, voor } = opzet({ name: "Actielijst", values: rijen });
      const r = await valideerEnMarkeer(port, opties);
      expect(!r.ok && foutTekst(r.refusal)).toMatch(
        /loopt tot rij 1\.000\.000; Regie leest bladen tot 100\.000 rijen/
      );
      expect(standIn.syncCount).toBe(1);
      expect(standIn.snapshot()).toEqual(voor);
    });

    test("the CLI refuses such a file before it is loaded, and leaves it untouched", async () => {
      const pad = join(mkdtempSync(join(tmpdir(), "regie-")), "groot.xlsx");
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Actielijst");
      ws.addRow(kop());
      ws.getCell("A1000000").value = "verdwaald";
      await wb.xlsx.writeFile(pad);
      const voor = readFileSync(pad);
      for (const opdracht of ["validate", "normaliseer", "mijlpalen"]) {
        const r = await cli(opdracht, pad);
        expect({ opdracht, code: r.code }).toEqual({ opdracht, code: 2 });
        expect(r.err).toMatch(/loopt tot rij 1\.000\.000/);
      }
      expect(readFileSync(pad).equals(voor)).toBe(true);
    });
  }
);
