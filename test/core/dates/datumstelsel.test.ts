import { readRegister, REGISTER_KOP } from "../../../src/core/accounthouders/register";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import { parseDeadline } from "../../../src/core/dates/deadline";
import { readExactDate } from "../../../src/core/dates/exact-date";
import { serialIn1900System, toExcelSerial } from "../../../src/core/dates/iso";
import { parseExcelSerial } from "../../../src/core/dates/parsers/excel-serial";
import type { CellValue, Grid } from "../../../src/core/grid";
import { grid, kop, rij } from "../../support/grid";
import { dashboard, datumBlad } from "../mijlpalen/helpers";

const PEIL = "2021-02-24";
/** A serial in the 1904 system: the 1900 serial of the same day less 1,462. */
const serial1904 = (iso: string) => toExcelSerial(iso)! - 1462;

describe("the date systems 1900 and 1904", () => {
  test.each([
    // [serial, date1904, expected]
    [44209, false, "2021-01-13"],
    [42747, true, "2021-01-13"],
    [0, true, "1904-01-01"],
    [1, true, "1904-01-02"],
    [44286.75, false, "2021-03-31"],
    [42824.75, true, "2021-03-31"],
  ])("parseExcelSerial(%s, 1904: %s) = %s", (serial, date1904, verwacht) => {
    expect(parseExcelSerial(serial, date1904)).toBe(verwacht);
  });

  test("serialIn1900System adds 1,462 days in the 1904 system, nothing in 1900", () => {
    expect(serialIn1900System(42747, true)).toBe(44209);
    expect(serialIn1900System(44209, false)).toBe(44209);
    expect(serialIn1900System(44209)).toBe(44209);
  });

  test.each([
    [42747, true, "13-01-2021"],
    [44209, false, "13-01-2021"],
    ["42747", true, "42747"],
  ])("deadline %p (1904: %s) reads as %s", (waarde, date1904, tekst) => {
    const d = parseDeadline(waarde, PEIL, date1904);
    expect([d.kind, d.due, d.text]).toEqual(["date", "2021-01-13", tekst]);
  });

  test("remembering per value keeps the systems apart", () => {
    expect(parseDeadline(44209, PEIL).due).toBe("2021-01-13");
    expect(parseDeadline(44209, PEIL, true).due).toBe("2025-01-14");
    expect(parseDeadline(44209, PEIL).due).toBe("2021-01-13");
  });

  test("mijlpaal date in a 1904 workbook", () => {
    expect(readExactDate(serial1904("2020-03-31"), true)).toEqual({
      kind: "date",
      date: "2020-03-31",
    });
    expect(readExactDate(toExcelSerial("2020-03-31")!)).toEqual({
      kind: "date",
      date: "2020-03-31",
    });
  });
});

describe("Grid.date1904 reaches every date reader of the core", () => {
  const in1904 = (g: Grid): Grid => ({ ...g, date1904: true });

  test("actielijst: a deadline as a date cell", () => {
    const values = [kop(), rij("a. een", "Nicoline", "In uitvoering", serial1904("2021-03-31"))];
    const r = valideerActielijst(in1904(grid(values)), { peildatum: PEIL, binnenkortDagen: 14 })!;
    expect(r.acties[0].deadline.due).toBe("2021-03-31");
  });

  test("register: Vertrokken per", () => {
    const rijen: CellValue[][] = [
      [...REGISTER_KOP],
      ["Nicoline van der Linden", "Nicoline", "DUO", serial1904("2021-01-13"), ""],
    ];
    const g = { sheet: "Accounthouders", values: rijen, merges: [] };
    expect(readRegister(in1904(g))!.personen[0].vertrokkenPer).toBe("2021-01-13");
    expect(readRegister(g)!.personen[0].vertrokkenPer).toBe("2017-01-12");
  });

  test("mijlpalen: the dashboard starts at the first real date", () => {
    const blad = datumBlad([["A-1", "Groningen", serial1904("2020-02-10"), "", "", "", "", ""]]);
    const d = dashboard([in1904(blad)], { peildatum: "2020-06-30" });
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q1 2020", "Q2 2020"]);
    expect(d.kwartalen.map((k) => k.counts.Opname)).toEqual([1, 1]);
  });
});

describe("remembered deadlines are frozen", () => {
  test("mutating a returned deadline throws and does not affect the next call", () => {
    const d = parseDeadline("eind maart 2021?", PEIL);
    expect(Object.isFrozen(d)).toBe(true);
    expect(() => {
      (d as { due: string | null }).due = "1999-01-01";
    }).toThrow(TypeError);
    expect(() => (d.implied as string[]).push("year")).toThrow(TypeError);
    const again = parseDeadline("eind maart 2021?", PEIL);
    expect(again).toBe(d);
    expect(again.due).toBe("2021-03-31");
  });

  test('the number 44209 and the text "44209" are remembered apart', () => {
    expect(parseDeadline(44209, PEIL).text).toBe("13-01-2021");
    expect(parseDeadline("44209", PEIL).text).toBe("44209");
  });
});
