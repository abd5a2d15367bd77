import {
  areaAddress,
  columnIndex,
  columnLetter,
  joinAddresses,
  parseArea,
  parseCell,
  qualified,
} from "../../../src/core/address";
import { MergeIndex } from "../../../src/core/merges";
import { rechthoeken } from "../../../src/core/highlight/rectangles";

const area = (a: string) => parseArea(a)!;

describe("addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i = %s", (i, l) => {
    expect(columnLetter(i)).toBe(l);
    expect(columnIndex(l)).toBe(i);
  });
  test.each([
    ["E5", { row: 4, col: 4 }],
    ["$B$2", { row: 1, col: 1 }],
    ["Blad1!C3", { row: 2, col: 2 }],
    ["5E", null],
    ["", null],
  ])("parseCell(%j)", (a, v) => {
    expect(parseCell(a)).toEqual(v);
  });
  test("areas there and back", () => {
    expect(areaAddress(area("H8:E5"))).toBe("E5:H8");
    expect(areaAddress(area("C3"))).toBe("C3");
  });
  test("merged addresses stay under the limit", () => {
    const adressen = Array.from({ length: 3000 }, (_, i) => `A${i + 1}:H${i + 1}`);
    const groepen = joinAddresses(adressen);
    expect(groepen.every((g) => g.length <= 8192)).toBe(true);
    expect(groepen.join(",").split(",")).toEqual(adressen);
    expect(groepen.length).toBeLessThan(10);
  });
  test("sheet names with spaces get quotes", () => {
    expect(qualified("Blad 1", "A1")).toBe("'Blad 1'!A1");
    expect(qualified("Actielijst", "A1")).toBe("Actielijst!A1");
    expect(qualified("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});

describe("MergeIndex", () => {
  test("finds the area of a cell without expanding it", () => {
    const index = new MergeIndex(
      [area("A2:A4"), area("E5:H8"), area("A5:A18"), area("A1:A1048576")].slice(0, 3)
    );
    expect(index.source(2, 0)).toEqual([1, 0]);
    expect(index.source(7, 6)).toEqual([4, 4]);
    expect(index.source(8, 6)).toEqual([8, 6]);
    expect(index.source(17, 0)).toEqual([4, 0]);
  });
  test("a merge over a whole column costs nothing extra", () => {
    const index = new MergeIndex([area("A1:A1048576")]);
    expect(index.source(1_000_000, 0)).toEqual([0, 0]);
  });
});

describe("rectangles", () => {
  const item = (a: string, key = "x") => ({ area: area(a), key });
  test("side by side and one below the other becomes one rectangle", () => {
    const r = rechthoeken([item("A2"), item("B2"), item("A3"), item("B3"), item("D3")], (k) => k);
    expect(r.map((x) => areaAddress(x.area))).toEqual(["A2:B3", "D3"]);
  });
  test("different keys stay apart", () => {
    const r = rechthoeken([item("A2", "rood"), item("B2", "oranje")], (k) => k);
    expect(r).toHaveLength(2);
  });
});
