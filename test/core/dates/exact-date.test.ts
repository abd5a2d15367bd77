import { readExactDate } from "../../../src/core/dates/exact-date";

describe("readExactDate: exact milestone dates", () => {
  test.each([
    [43921, "2020-03-31"],
    [43921.75, "2020-03-31"],
    [43830, "2019-12-31"],
    [43831, "2020-01-01"],
    ["43921", "2020-03-31"],
    ["31-3-2020", "2020-03-31"],
    ["31-03-2020", "2020-03-31"],
    ["31/3/2020", "2020-03-31"],
    ["31.3.2020", "2020-03-31"],
    ["31-3-20", "2020-03-31"],
    [" 2020-03-31 ", "2020-03-31"],
    ["31 maart 2020", "2020-03-31"],
    ["31 Maart 2020", "2020-03-31"],
    ["31 mrt. 2020", "2020-03-31"],
    ["1 jan 2020", "2020-01-01"],
    ["29-2-2020", "2020-02-29"],
    ["31-3-2020 14:00", "2020-03-31"],
  ])("%j -> %s", (waarde, datum) => {
    expect(readExactDate(waarde)).toEqual({ kind: "date", date: datum });
  });

  test.each([[""], ["   "], [null], ["-"], ["n.v.t."], ["nvt"]])("%j is no date", (waarde) => {
    expect(readExactDate(waarde)).toEqual({ kind: "empty" });
  });

  test.each([
    ["maart 2020"],
    ["Q1 2020"],
    ["medio maart"],
    ["31-3"],
    ["2020"],
    ["29-2-2021"],
    ["31-13-2020"],
    ["gereed"],
    ["31-3-2020?"],
    [true],
    [-5],
  ])("%j is unreadable", (waarde) => {
    expect(readExactDate(waarde).kind).toBe("unreadable");
  });
});
