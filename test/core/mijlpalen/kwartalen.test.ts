import {
  isKwartaalEinde,
  kwartaalEinde,
  kwartaalLabel,
  kwartaalUitBladnaam,
  kwartaalVan,
  kwartalenTussen,
} from "../../../src/core/mijlpalen";

describe("kwartaalUitBladnaam", () => {
  test.each([
    ["Q1 2020", 2020, 1],
    ["Q4 2019", 2019, 4],
    ["q2 2020", 2020, 2],
    ["Q2-2020", 2020, 2],
    ["Q2_2020", 2020, 2],
    ["2020 Q3", 2020, 3],
    ["2020-Q3", 2020, 3],
    ["2020Q3", 2020, 3],
    ["Q1'20", 2020, 1],
    ["Q1 '20", 2020, 1],
    ["K1 2020", 2020, 1],
    ["k3-2021", 2021, 3],
    ["Kwartaal 4 2020", 2020, 4],
    ["kwartaal1-2020", 2020, 1],
    ["Kw 2 2021", 2021, 2],
    ["kw3 2021", 2021, 3],
    ["4e kwartaal 2020", 2020, 4],
    ["1e kw 2020", 2020, 1],
    ["1e kw. 2020", 2020, 1],
    ["2de kwartaal 2021", 2021, 2],
    ["eerste kwartaal 2022", 2022, 1],
    ["Vierde kwartaal 2019", 2019, 4],
    ["2020 4e kwartaal", 2020, 4],
    ["31-3-2021", 2021, 1],
    ["31-03-2021", 2021, 1],
    ["30-6-2020", 2020, 2],
    ["30.09.2020", 2020, 3],
    ["31-12-2019", 2019, 4],
    ["2021-03-31", 2021, 1],
    ["31 maart 2021", 2021, 1],
    ["30 jun 2020", 2020, 2],
    ["Stand Q1 2020", 2020, 1],
    ["Fasen per 31-3-2020", 2020, 1],
    ["Q1 2020 (definitief)", 2020, 1],
  ])("%j -> %i Q%i", (naam, jaar, kwartaal) => {
    expect(kwartaalUitBladnaam(naam)).toEqual({ jaar, kwartaal });
  });

  test.each([
    "Adressen",
    "Blad1",
    "Q5 2020",
    "Q1",
    "2020",
    "15-3-2020",
    "1-4-2020",
    "31-2-2020",
    "Q4 2019 - Q1 2020",
    "Kwartaal",
    "",
  ])("%j -> null", (naam) => {
    expect(kwartaalUitBladnaam(naam)).toBeNull();
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
