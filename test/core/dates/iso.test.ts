import { addDays as addDaysFns } from "date-fns";
import fc from "fast-check";
import {
  addDays,
  daysBetween,
  endOfMonthIso,
  datumNederlands,
  datumTekst,
  fromExcelSerial,
  isIsoDate,
  isoFromParts,
  quarterEnd,
  quarterOf,
  quarterStart,
  toExcelSerial,
  yearOf,
} from "../../../src/core/dates/iso";

describe("isoFromParts", () => {
  test.each<[number, number, number, string | null]>([
    [2021, 3, 31, "2021-03-31"],
    [2021, 1, 1, "2021-01-01"],
    [2020, 2, 29, "2020-02-29"], // leap year
    [2000, 2, 29, "2000-02-29"], // divisible by 400
    [2021, 2, 29, null],
    [1900, 2, 29, null], // divisible by 100, not by 400
    [2021, 2, 31, null],
    [2021, 4, 31, null],
    [2021, 13, 1, null],
    [2021, 0, 10, null],
    [2021, 3, 0, null],
    [2021, 1.5, 1, null],
    [99, 1, 1, null], // no two-digit years: they would land in 1999
    [NaN, 1, 1, null],
  ])("%i-%i-%i -> %s", (year, month, day, expected) => {
    expect(isoFromParts(year, month, day)).toBe(expected);
  });
});

describe("isIsoDate", () => {
  test.each<[string, boolean]>([
    ["2021-03-31", true],
    ["2020-02-29", true],
    ["2021-02-29", false],
    ["2021-3-31", false],
    ["31-3-2021", false],
    ["2021-03-31T00:00", false],
    ["", false],
  ])("%s -> %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe("arithmetic", () => {
  test.each<[string, number, string]>([
    ["2021-02-24", 7, "2021-03-03"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2021-12-31", 1, "2022-01-01"], // year boundary
    ["2021-01-01", -1, "2020-12-31"],
    ["2021-03-27", 2, "2021-03-29"], // across the Dutch DST change
  ])("addDays(%s, %i) = %s", (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  test.each<[string, string, number]>([
    ["2021-02-24", "2021-03-26", 30],
    ["2021-03-26", "2021-02-24", -30],
    ["2020-12-31", "2021-01-01", 1],
    ["2020-02-01", "2020-03-01", 29],
    ["2021-03-27", "2021-03-29", 2],
  ])("daysBetween(%s, %s) = %i", (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  test.each<[number, number, string]>([
    [2021, 2, "2021-02-28"],
    [2020, 2, "2020-02-29"],
    [2021, 4, "2021-04-30"],
    [2021, 12, "2021-12-31"],
  ])("endOfMonthIso(%i, %i) = %s", (year, month, expected) => {
    expect(endOfMonthIso(year, month)).toBe(expected);
  });
});

describe("quarters", () => {
  test.each<[number, string, string]>([
    [1, "2021-01-01", "2021-03-31"],
    [2, "2021-04-01", "2021-06-30"],
    [3, "2021-07-01", "2021-09-30"],
    [4, "2021-10-01", "2021-12-31"],
  ])("Q%i 2021 runs %s .. %s", (quarter, start, end) => {
    expect(quarterStart(2021, quarter)).toBe(start);
    expect(quarterEnd(2021, quarter)).toBe(end);
  });

  test.each<[string, { year: number; quarter: number }]>([
    ["2021-03-31", { year: 2021, quarter: 1 }],
    ["2021-04-01", { year: 2021, quarter: 2 }],
    ["2021-12-31", { year: 2021, quarter: 4 }],
    ["2022-01-01", { year: 2022, quarter: 1 }],
  ])("quarterOf(%s)", (iso, expected) => {
    expect(quarterOf(iso)).toEqual(expected);
    expect(yearOf(iso)).toBe(expected.year);
  });
});

describe("Excel serials (1900 date system)", () => {
  test.each<[number, string | null]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, null], // Excel's fake 1900-02-29 does not exist
    [61, "1900-03-01"],
    [44286, "2021-03-31"],
    [44286.75, "2021-03-31"], // the time of day is ignored
    [44197, "2021-01-01"],
    [43890, "2020-02-29"],
    [2958465, "9999-12-31"],
    [2958466, null],
    [0, null],
    [-5, null],
    [NaN, null],
    [Infinity, null],
  ])("fromExcelSerial(%d) = %s", (serial, expected) => {
    expect(fromExcelSerial(serial)).toBe(expected);
  });

  test.each<[string, number | null]>([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2021-03-31", 44286],
    ["1899-12-31", null],
    ["2021-02-30", null],
  ])("toExcelSerial(%s) = %s", (iso, expected) => {
    expect(toExcelSerial(iso)).toBe(expected);
  });

  test("round trip over a few years", () => {
    for (let serial = 61; serial < 50000; serial += 97) {
      expect(toExcelSerial(fromExcelSerial(serial) as string)).toBe(serial);
    }
  });
});

test.each<[string | number | undefined, string]>([
  ["2021-02-24", "24-02-2021"],
  ["2021-01-05", "05-01-2021"],
  ["2022-11-16", "16-11-2022"],
  ["eind maart", "eind maart"],
  [undefined, ""],
])("datumTekst(%s) = %s: Regie shows every date dd-mm-jjjj", (waarde, expected) => {
  expect(datumTekst(waarde)).toBe(expected);
  if (typeof waarde === "string" && isIsoDate(waarde))
    expect(datumNederlands(waarde)).toBe(expected);
});

describe("date arithmetic without Date objects", () => {
  const p = (n: number) => String(n).padStart(2, "0");
  const viaDate = (d: Date) => `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;

  /** The Date-based reading fromExcelSerial had before it became arithmetic. */
  function serialViaDate(serial: number): string | null {
    if (!Number.isFinite(serial)) return null;
    const days = Math.floor(serial);
    if (days < 1 || days > 2958465 || days === 60) return null;
    return viaDate(addDaysFns(new Date(1899, 11, 30), days < 60 ? days + 1 : days));
  }

  test("fromExcelSerial agrees with Date arithmetic on every serial", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 2958470, noNaN: true }), (serial) => {
        expect(fromExcelSerial(serial)).toBe(serialViaDate(serial));
      }),
      { numRuns: 5000 }
    );
  });

  test("isoFromParts agrees with Date and round-trips through Excel serials", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (j, m, d) => {
          const iso = isoFromParts(j, m, d);
          const date = new Date(j, m - 1, d);
          const valid = date.getMonth() === m - 1 && date.getDate() === d;
          expect(iso).toBe(valid ? viaDate(date) : null);
          if (iso && j >= 1901) expect(fromExcelSerial(toExcelSerial(iso)!)).toBe(iso);
        }
      )
    );
  });
});
