import fc from "fast-check";
import {
  LOCALES,
  typedValue,
  type InputLocale,
  type LocaleName,
} from "../../../src/excel-stand-in";
import { setup } from "./helpers";

/**
 * Issue 24, case 16: text Regie writes reads back as that text, whatever Excel could make of it in
 * en-US or nl-NL. Generated texts are each typed in one locale's style, and the emulator in that locale
 * converts every one of them when written bare (first property), so the round trip (second property)
 * fails when the Office adapter forgets one.
 */

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const cased = (word: string) =>
  pick([word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]);
const spaced = (text: fc.Arbitrary<string>) =>
  fc.tuple(pick(["", " ", "  "]), text, pick(["", " "])).map(([a, t, b]) => a + t + b);

function typedIn(locale: InputLocale): fc.Arbitrary<string> {
  const int = fc.integer({ min: 0, max: 99_999 });
  const plain = fc.oneof(
    int.map(String),
    fc.tuple(int, fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}${locale.decimal}${b}`),
    fc.integer({ min: 1, max: 999 }).map((b) => `${locale.decimal}${b}`),
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }))
      .map(([a, b]) => `${a}${locale.group}${String(b).padStart(3, "0")}`),
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 20 }))
      .map(([a, e]) => `${a}e${e}`)
  );
  const number = fc.oneof(
    plain,
    fc.tuple(pick(["-", "+"]), plain).map(([s, n]) => s + n),
    plain.map((n) => `(${n})`),
    plain.map((n) => `${n}%`),
    fc.tuple(plain, pick(["", " "])).map(([n, sp]) => `${locale.currency}${sp}${n}`)
  );
  const day = fc.integer({ min: 1, max: 28 });
  const month = fc.integer({ min: 1, max: 12 });
  const year = fc.oneof(
    fc.integer({ min: 1950, max: 2060 }).map(String),
    fc.integer({ min: 0, max: 99 }).map((y) => String(y).padStart(2, "0"))
  );
  const sep = pick(["-", "/"]);
  const word = fc.tuple(month, fc.nat()).chain(([m, i]) => {
    const names = locale.months[m - 1];
    return cased(names[i % names.length]);
  });
  const digitsDate = fc
    .tuple(day, month, year, sep)
    .map(([d, m, y, s]) => (locale.dayFirst ? `${d}${s}${m}${s}${y}` : `${m}${s}${d}${s}${y}`));
  const shortDate = fc
    .tuple(day, month, sep)
    .map(([d, m, s]) => (locale.dayFirst ? `${d}${s}${m}` : `${m}${s}${d}`));
  const wordDate = fc.oneof(
    fc.tuple(day, word).map(([d, w]) => `${d} ${w}`),
    fc.tuple(day, word, year).map(([d, w, y]) => `${d} ${w} ${y}`),
    fc.tuple(word, fc.integer({ min: 1950, max: 2060 })).map(([w, y]) => `${w} ${y}`),
    fc.tuple(word, day).map(([w, d]) => `${w}-${d}`)
  );
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${h}:${String(m).padStart(2, "0")}`);
  const bool = fc
    .tuple(pick([locale.booleans.true, locale.booleans.false]), fc.nat())
    .chain(([b]) => cased(b.toLowerCase()));
  return spaced(fc.oneof(number, digitsDate, shortDate, wordDate, time, bool));
}

const LOCALE_NAMES = Object.keys(LOCALES) as LocaleName[];
const RUNS = 60;

describe.each(LOCALE_NAMES)("text typed in %s style", (name) => {
  const locale = LOCALES[name];

  test("is converted by the emulator in that locale when written bare (the generator is honest)", () => {
    fc.assert(
      fc.property(typedIn(locale), (text) => {
        expect(typedValue(text, { locale, year: 2021 })).not.toBeNull();
      }),
      { numRuns: 500 }
    );
  });

  test.each(LOCALE_NAMES)(
    "written through the Office adapter into Excel in %s, reads back as the same text",
    async (excelLocale) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(typedIn(locale), { minLength: 1, maxLength: 12 }),
          async (texts) => {
            const { port } = setup([{ name: "Blad1" }], { locale: excelLocale });
            await port.write([{ kind: "values", sheet: "Blad1", address: "A1", values: [texts] }]);
            const [read] = await port.read([{ sheet: "Blad1" }]);
            expect(read!.grid.values[0]).toEqual(texts);
          }
        ),
        { numRuns: RUNS }
      );
    }
  );
});

test("any text at all, from the characters that make numbers and dates, reads back unchanged", async () => {
  const chars = [..."0123456789 .,-/:+()%€$eE'=@#aApPjanmeiMRTWAR"];
  const text = fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 10 })
    .map((cs) => cs.join(""));
  for (const excelLocale of LOCALE_NAMES)
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 12 }), async (texts) => {
        const { port } = setup([{ name: "Blad1" }], { locale: excelLocale });
        await port.write([{ kind: "values", sheet: "Blad1", address: "A1", values: [texts] }]);
        const [read] = await port.read([{ sheet: "Blad1" }]);
        expect(read!.grid.values[0]).toEqual(texts);
      }),
      { numRuns: RUNS }
    );
});
