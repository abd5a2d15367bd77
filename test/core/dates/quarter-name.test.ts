import { quarterFromSheetName } from "../../../src/core/dates/parsers/quarter-name";

describe("quarterFromSheetName", () => {
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
  ])("%j -> %i Q%i", (name, year, quarter) => {
    expect(quarterFromSheetName(name)).toEqual({ year, quarter });
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
  ])("%j -> null", (name) => {
    expect(quarterFromSheetName(name)).toBeNull();
  });
});
