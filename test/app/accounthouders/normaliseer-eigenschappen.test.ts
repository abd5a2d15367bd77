import fc from "fast-check";
import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../../src/app/accounthouders/normaliseer";
import { columnLetter } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { kop } from "../../support/grid";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const EIGENAAR_KOLOM = 3;
const REGISTER: CellValue[][] = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Nicoline van der Linden", "Nicoline", "BZK", "", ""],
  ["Anja Woortman", "Anja", "", "", ""],
  ["Peter Spijkerman", "Peter", "NCG", "", ""],
  ["Marc Hoenders", "Marc", "", "", ""],
];

const naam = fc.constantFrom(
  "Nicoline",
  "nicoline ",
  "NICOLINE",
  "Nicoline v.d. Linden",
  "N. van der Linden",
  "Nicolien",
  "Anja",
  "Anja Woortman",
  "anja",
  "Peter",
  "Spijkerman",
  "Marc",
  "Kees",
  "Piet Jansen"
);
const merk = fc.constantFrom(
  "0/26",
  "0)(2e)",
  "10)(2e)",
  "(10)(2e)",
  "N.t.b.",
  "ntb",
  "N.v.t.",
  "n.v.t"
);
const rommel = fc.string({ maxLength: 12 });
const deel = fc.oneof(
  { weight: 5, arbitrary: naam },
  { weight: 2, arbitrary: merk },
  { weight: 1, arbitrary: rommel }
);
const scheiding = fc.constantFrom(" / ", "/", " & ", ", ", " en ", " + ");
const eigenaarCel = fc.oneof(
  fc.constant(""),
  fc
    .tuple(fc.array(deel, { minLength: 1, maxLength: 3 }), scheiding)
    .map(([delen, s]) => delen.join(s))
);

function lijst(eigenaren: string[]): CellValue[][] {
  return [
    kop(),
    ...eigenaren.map((e, i) => [
      "#01",
      "I.",
      `a. actie ${i}`,
      e,
      "In uitvoering",
      "",
      "1 mei 2021",
      "",
    ]),
  ];
}

async function normaliseerAlles(standIn: ExcelEmulator): Promise<number> {
  const port = new OfficeWorkbookPort(standIn.run);
  const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL, sheet: "Actielijst" });
  if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
  await pasNormalisatieToe(port, voorstel.value, alleRegels(voorstel.value), "2021-02-24 10:00:00");
  return voorstel.value.normalisatie.edits.length;
}

describe("normalising, properties over arbitrary owner cells", () => {
  test("loses or invents no cell, changes nothing outside the owner column and is idempotent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eigenaarCel, { minLength: 1, maxLength: 25 }),
        async (eigenaren) => {
          const standIn = ExcelEmulator.fromSheets([
            { name: "Actielijst", values: lijst(eigenaren) },
            { name: "Accounthouders", values: REGISTER },
          ]);
          const voor = standIn.values("Actielijst");
          await normaliseerAlles(standIn);
          const na = standIn.values("Actielijst");
          expect(na.length).toBe(voor.length);
          voor.forEach((row, r) =>
            row.forEach((v, c) => {
              if (c !== EIGENAAR_KOLOM || r === 0)
                expect({ cel: `${columnLetter(c)}${r + 1}`, v: na[r][c] }).toEqual({
                  cel: `${columnLetter(c)}${r + 1}`,
                  v,
                });
              // never loses a cell, never invents one
              else expect(String(na[r][c]).trim() === "").toBe(String(v).trim() === "");
            })
          );
          expect(await normaliseerAlles(standIn)).toBe(0);
        }
      ),
      { numRuns: 60 }
    );
  });
});
