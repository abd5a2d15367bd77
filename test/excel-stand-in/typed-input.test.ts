import {
  EN_US,
  ExcelEmulator,
  NL_NL,
  toSerial,
  typedValue,
  type InputLocale,
  type LocaleName,
} from "../../src/excel-stand-in";

const YEAR = 2021;
const date = (y: number, m: number, d: number) => toSerial(new Date(y, m - 1, d));
const time = (h: number, m: number) => (h * 3600 + m * 60) / 86_400;
const typed = (text: string, locale: InputLocale) =>
  typedValue(text, { locale, year: YEAR })?.value;

// [text, en-US value, nl-NL value]; undefined = stays text.
type Row = [string, number | boolean | undefined, number | boolean | undefined];

describe("typed input: what text written through Range.values becomes, per locale", () => {
  test.each<Row>([
    // booleans, case-insensitive, in the locale's own words
    ["TRUE", true, undefined],
    ["false", false, undefined],
    ["WAAR", undefined, true],
    ["onwaar", undefined, false],
    // numbers with the locale's separators, signs, spaces, exponents, parentheses
    ["12", 12, 12],
    ["-5", -5, -5],
    ["+5", 5, 5],
    [" 5 ", 5, 5],
    // a point is a date separator in nl-NL where it is no thousands separator (assumption)
    ["12.5", 12.5, date(YEAR, 5, 12)],
    ["12,5", undefined, 12.5],
    [".5", 0.5, undefined],
    [",5", undefined, 0.5],
    ["1,234.5", 1234.5, undefined],
    ["1.234,5", undefined, 1234.5],
    ["1e5", 100_000, 100_000],
    ["(5)", -5, -5],
    ["1 1/2", 1.5, 1.5],
    // percentages and the locale's currency
    ["5%", 0.05, 0.05],
    ["12,5 %", undefined, 0.125],
    ["$5", 5, undefined],
    ["-$ 5.25", -5.25, undefined],
    ["€ 5", undefined, 5],
    ["5 €", undefined, 5],
    // all-digit dates in the locale's order
    ["1-2", date(YEAR, 1, 2), date(YEAR, 2, 1)],
    ["1/2/2021", date(2021, 1, 2), date(2021, 2, 1)],
    ["13-1-2021", undefined, date(2021, 1, 13)],
    ["1-13-2021", date(2021, 1, 13), undefined],
    ["24-02-21", undefined, date(2021, 2, 24)],
    ["2021-02-24", date(2021, 2, 24), date(2021, 2, 24)],
    ["2-2021", date(2021, 2, 1), date(2021, 2, 1)],
    ["31-2-2021", undefined, undefined],
    // dates with month words, full and abbreviated
    ["26 maart", undefined, date(YEAR, 3, 26)],
    ["26 mrt 2021", undefined, date(2021, 3, 26)],
    ["1 mei 2021", undefined, date(2021, 5, 1)],
    ["mei 2021", undefined, date(2021, 5, 1)],
    ["Mei 2021", undefined, date(2021, 5, 1)],
    ["jan-21", date(YEAR, 1, 21), date(YEAR, 1, 21)],
    ["jan-45", date(1945, 1, 1), date(1945, 1, 1)],
    ["okt. 2020", undefined, date(2020, 10, 1)],
    ["March 26, 2021", date(2021, 3, 26), undefined],
    ["26-Mar-21", date(2021, 3, 26), date(2021, 3, 26)],
    ["May 2021", date(2021, 5, 1), undefined],
    // times, and a date with a time
    ["12:30", time(12, 30), time(12, 30)],
    ["9:05 pm", time(21, 5), time(21, 5)],
    ["5 pm", time(17, 0), time(17, 0)],
    ["1-2-2021 12:30", date(2021, 1, 2) + time(12, 30), date(2021, 2, 1) + time(12, 30)],
    // text that stays text
    ["Bellen", undefined, undefined],
    ["2e kwartaal", undefined, undefined],
    ["Q2 2021", undefined, undefined],
    ["mei 2021 bespreken", undefined, undefined],
    ["Jansen, P.", undefined, undefined],
    ["1-2-3-4", undefined, undefined],
    ["", undefined, undefined],
  ])("%j: en-US %j, nl-NL %j", (text, en, nl) => {
    expect([typed(text, EN_US), typed(text, NL_NL)]).toEqual([en, nl]);
  });
});

/** Writes one text to A1 through Microsoft's library and returns the cell. */
async function writeOne(raw: string, locale?: LocaleName) {
  const standIn = ExcelEmulator.fromSheets([{ name: "Blad1" }], { locale, inputYear: YEAR });
  await standIn.run(async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[raw]];
    await context.sync();
  });
  return standIn.cell("Blad1", "A1");
}

describe("through Range.values: the emulator's locale decides, en-US by default", () => {
  test.each<[string, LocaleName | undefined, unknown]>([
    ["WAAR", undefined, { value: "WAAR" }],
    ["WAAR", "nl-NL", { value: true }],
    ["mei 2021", "nl-NL", { value: date(2021, 5, 1), numberFormat: "d-m-yyyy" }],
    ["2021-12-31", undefined, { value: date(2021, 12, 31), numberFormat: "m/d/yyyy" }],
    ["5%", "en-US", { value: 0.05, numberFormat: "0%" }],
    ["'WAAR", "nl-NL", { value: "WAAR" }],
    ["'1-2", "en-US", { value: "1-2" }],
  ])("%j in %s", async (raw, locale, expected) => {
    expect(await writeOne(raw, locale)).toEqual(expected);
  });

  test("a cell formatted as Text keeps a date-like text, and a date keeps a cell's own format", async () => {
    const standIn = ExcelEmulator.fromSheets(
      [{ name: "Blad1", numberFormats: { A1: "@", B1: "0.00" } }],
      { locale: "nl-NL", inputYear: YEAR }
    );
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [["1-2", "1-2"]];
      await context.sync();
    });
    expect(standIn.cell("Blad1", "A1")).toEqual({ value: "1-2", numberFormat: "@" });
    expect(standIn.cell("Blad1", "B1")).toEqual({ value: date(YEAR, 2, 1), numberFormat: "0.00" });
  });
});
