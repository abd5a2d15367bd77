import type { CellValue } from "../../../src/core/grid";
import { leesAdresId } from "../../../src/core/mijlpalen/adres-id";
import { leesDatum } from "../../../src/core/mijlpalen/datum";

describe("leesDatum: exact milestone dates", () => {
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
    expect(leesDatum(waarde)).toEqual({ soort: "datum", datum });
  });

  test.each([[""], ["   "], [null], ["-"], ["n.v.t."], ["nvt"]])("%j is no date", (waarde) => {
    expect(leesDatum(waarde)).toEqual({ soort: "leeg" });
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
    expect(leesDatum(waarde).soort).toBe("onleesbaar");
  });
});

describe("leesAdresId", () => {
  test.each([
    ["0014200078729054", "0014200078729054", false],
    [" 0014200078729054 ", "0014200078729054", false],
    [14200078729054, "14200078729054", false],
    ["0014 2000 7872 9054", "0014 2000 7872 9054", false],
    ["a-12", "a-12", false],
    [1234567890123456, "1234567890123456", true],
    [1e21, "1000000000000000000000", true],
  ])("%j shows as %s", (waarde, tekst, afgerond) => {
    expect(leesAdresId(waarde)).toMatchObject({ tekst, afgerond });
  });

  const sleutel = (waarde: CellValue) => leesAdresId(waarde)?.sleutel;

  test.each([
    ["0014200078729054", 14200078729054],
    ["0014200078729054", " 14200078729054"],
    ["0014200078729054", "0014 2000 7872 9054"],
    ["a-12", "A-12 "],
    ["000", 0],
    ["1234567890123456", "01234567890123456"],
    ["1234567890123456", 1234567890123456],
  ])("%j and %j are one address", (a, b) => {
    expect(sleutel(a)).toBe(sleutel(b));
  });

  test.each([
    ["1234567890123457", "1234567890123456"],
    ["12", "12a"],
    ["12", "1 2 3"],
  ])("%j and %j are two addresses", (a, b) => {
    expect(sleutel(a)).not.toBe(sleutel(b));
  });

  test.each([[""], ["  "], [null]])("%j is no Adres-ID", (waarde) => {
    expect(leesAdresId(waarde)).toBeNull();
  });
});
