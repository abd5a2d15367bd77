import {
  datumWaarde,
  columnWidths,
  tijdstipNederlands,
  tijdstipSerieel,
} from "../../src/core/blad-opmaak";

describe("times as real Excel dates", () => {
  test.each([
    ["2021-02-24 00:00:00", 44251],
    ["2021-02-24 12:00:00", 44251.5],
    ["2021-02-24 06:00", 44251.25],
    ["2021-02-24T18:00:00", 44251.75],
  ])("%s is serial %d", (t, serieel) => expect(tijdstipSerieel(t)).toBeCloseTo(serieel, 9));
  test.each(["", "nu", "24-02-2021 10:00", "2021-02-30 10:00:00"])("%j: no time", (t) =>
    expect(tijdstipSerieel(t)).toBeNull()
  );
  test.each([
    ["2021-02-24 10:15:03", "24-02-2021 10:15:03"],
    ["2021-02-24 10:15", "24-02-2021 10:15"],
    ["eerste", "eerste"],
  ])("%s shows as %s", (t, nl) => expect(tijdstipNederlands(t)).toBe(nl));
  test("a date: serial or empty", () => {
    expect(datumWaarde("2019-12-31")).toBe(43830);
    expect(datumWaarde(undefined)).toBe("");
  });
});

describe("column widths by content", () => {
  test("the widest cell per column counts; rows with one cell (titles) do not", () => {
    const breedtes = columnWidths([
      ["Een lange titel die over de lege cellen ernaast loopt"],
      ["Kwartaal", "Nog niet gestart", "Totaal"],
      ["Q1 2020", 2887, 4943],
    ]);
    expect(breedtes).toEqual([
      { kolom: "A", breedte: 8 * 6 + 18 },
      { kolom: "B", breedte: 16 * 6 + 18 },
      { kolom: "C", breedte: 6 * 6 + 18 },
    ]);
  });
  test("the last cell of a row runs over the empty cells to its right: that widens, but only so far", () => {
    const [a, b] = columnWidths([["Bronbladen", "Q1 2020, Q2 2020, Q3 2020, Q4 2020, Q1 2021"]]);
    expect(a.breedte).toBe(10 * 6 + 18);
    expect(b.breedte).toBe(16 * 6 + 18);
  });
  test("never wider than 300 points", () =>
    expect(columnWidths([["x".repeat(200), "y"]])[0].breedte).toBe(300));
  test("the display decides the width: 2887 as 2.887", () =>
    expect(
      columnWidths([["Kwartaal", 1234567]], (w) =>
        typeof w === "number" ? w.toLocaleString("nl-NL") : String(w)
      )[1].breedte
    ).toBe("1.234.567".length * 6 + 18));
});
