import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import { kop } from "./grid";

/** Every kind of value Office.js hands over: text (also odd), numbers, booleans, errors, empty. */
export const celWaarde: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#SPILL!"),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=HYPERLINK("http://x","klik")',
      "+cmd|' /C calc'!A0",
      "@SUM(A1:A9)",
      "-2+3",
      "=1/0"
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "In uitvoering",
      "gereed",
      "Afgerond",
      "31 maart 2021",
      "Q2 2021",
      "26 maart?",
      "Nicoline / Anja",
      "0/26",
      "N.t.b.",
      "Zo spoedig mogelijk"
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "Opname",
      "voltooid",
      "Nog niet gestart",
      "OPNAME ",
      "Afgerond",
      "Q1 2020"
    ),
  },
  {
    weight: 2,
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 80000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant("x".repeat(40000)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("😀 Anja", "Zoë van der Ster", "محمد", "\u0000\u0007", "  \t\n  "),
  }
);

const kopRij = fc.oneof(
  fc.constant(kop() as CellValue[]),
  fc.constant(
    kop({ 4: "Uitvoeringssstatus", 5: "Opracht DUO", 6: "Deadlines verdragging" }) as CellValue[]
  ),
  fc.constant(["Openstaande acties", "Status", "Deadline"] as CellValue[]),
  fc.constant(["Adres-ID", "Gemeente", "Fase"] as CellValue[]),
  fc.constant(["Adres-ID", "Datum opname", "Datum beoordeling", "Datum voltooid"] as CellValue[]),
  fc.shuffledSubarray(kop() as CellValue[], { minLength: 2 })
);

/** A grid of random rows with header rows (whole, partial, with typos, repeated) anywhere in it. */
export const rooster: fc.Arbitrary<CellValue[][]> = fc
  .tuple(
    fc.array(fc.array(celWaarde, { maxLength: 10 }), { maxLength: 30 }),
    fc.array(fc.tuple(fc.nat(30), kopRij), { maxLength: 3 })
  )
  .map(([rijen, koppen]) => {
    const uit = rijen.map((r) => r.slice());
    for (const [plek, k] of koppen) uit.splice(Math.min(plek, uit.length), 0, k.slice());
    return uit;
  });

/** Merged areas that do not overlap, as Excel allows them. */
export function samenvoegingen(rijen: number, kolommen: number): fc.Arbitrary<string[]> {
  return fc
    .array(
      fc.tuple(
        fc.nat(Math.max(0, rijen - 1)),
        fc.nat(Math.max(0, kolommen - 1)),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 })
      ),
      { maxLength: 4 }
    )
    .map((lijst) => {
      const bezet = new Set<string>();
      const uit: string[] = [];
      for (const [r, c, h, b] of lijst) {
        const cellen: string[] = [];
        for (let i = r; i < Math.min(rijen, r + h); i++)
          for (let j = c; j < Math.min(kolommen, c + b); j++) cellen.push(`${i},${j}`);
        if (cellen.length < 2 || cellen.some((x) => bezet.has(x))) continue;
        cellen.forEach((x) => bezet.add(x));
        const onder = Math.min(rijen, r + h) - 1;
        const rechts = Math.min(kolommen, c + b) - 1;
        uit.push(
          `${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + rechts)}${onder + 1}`
        );
      }
      return uit;
    });
}
