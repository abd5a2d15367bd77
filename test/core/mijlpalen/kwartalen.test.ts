import {
  isKwartaalEinde,
  kwartaalEinde,
  kwartaalLabel,
  kwartaalUitBladnaam,
  kwartaalVan,
  kwartalenTussen,
} from "../../../src/core/mijlpalen";

describe("kwartaalUitBladnaam", () => {
  // The forms themselves: test/core/dates/quarter-name.test.ts.
  test.each([
    ["Q4 2019", { jaar: 2019, kwartaal: 4 }],
    ["31 maart 2021", { jaar: 2021, kwartaal: 1 }],
    ["Q4 2019 - Q1 2020", null],
    ["Blad1", null],
  ])("%j -> %j", (naam, kwartaal) => {
    expect(kwartaalUitBladnaam(naam)).toEqual(kwartaal);
  });
});

describe("quarter arithmetic", () => {
  test.each([
    [{ jaar: 2019, kwartaal: 4 }, "Q4 2019", "2019-12-31"],
    [{ jaar: 2020, kwartaal: 1 }, "Q1 2020", "2020-03-31"],
    [{ jaar: 2020, kwartaal: 2 }, "Q2 2020", "2020-06-30"],
    [{ jaar: 2020, kwartaal: 3 }, "Q3 2020", "2020-09-30"],
  ])("%j is %s ending %s", (k, label, einde) => {
    expect(kwartaalLabel(k)).toBe(label);
    expect(kwartaalEinde(k)).toBe(einde);
    expect(kwartaalVan(einde)).toEqual(k);
    expect(isKwartaalEinde(einde)).toBe(true);
  });

  test.each([
    ["2020-05-12", { jaar: 2020, kwartaal: 2 }, false],
    ["2020-01-01", { jaar: 2020, kwartaal: 1 }, false],
    ["2019-12-30", { jaar: 2019, kwartaal: 4 }, false],
  ])("%s lies in %j", (datum, k, einde) => {
    expect(kwartaalVan(datum)).toEqual(k);
    expect(isKwartaalEinde(datum)).toBe(einde);
  });

  test("kwartalenTussen runs across years, both ends included", () => {
    expect(
      kwartalenTussen({ jaar: 2019, kwartaal: 3 }, { jaar: 2020, kwartaal: 2 }).map(kwartaalLabel)
    ).toEqual(["Q3 2019", "Q4 2019", "Q1 2020", "Q2 2020"]);
    expect(kwartalenTussen({ jaar: 2020, kwartaal: 2 }, { jaar: 2020, kwartaal: 1 })).toEqual([]);
  });
});
