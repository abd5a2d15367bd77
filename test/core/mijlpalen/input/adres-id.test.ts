import type { CellValue } from "../../../../src/core/grid";
import { readAdresId } from "../../../../src/core/mijlpalen/input/adres-id";

describe("readAdresId", () => {
  test.each([
    ["0014200078729054", "0014200078729054", false],
    [" 0014200078729054 ", "0014200078729054", false],
    [14200078729054, "14200078729054", false],
    ["0014 2000 7872 9054", "0014 2000 7872 9054", false],
    ["a-12", "a-12", false],
    [1234567890123456, "1234567890123456", true],
    [1e21, "1000000000000000000000", true],
  ])("%j shows as %s", (waarde, tekst, afgerond) => {
    expect(readAdresId(waarde)).toMatchObject({ tekst, afgerond });
  });

  const sleutel = (waarde: CellValue) => readAdresId(waarde)?.sleutel;

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
    expect(readAdresId(waarde)).toBeNull();
  });
});
