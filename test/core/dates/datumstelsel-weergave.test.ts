import { valideerActielijst } from "../../../src/core/actielijst/validate";
import type { CellValue, Grid } from "../../../src/core/grid";
import { grid, kop, rij } from "../../support/grid";
import { datumstelselUitWeergave, type GetoondeCel } from "../../../src/core/dates/datumstelsel";

// 44221 is 23-1-2021 in the 1900 system and 24-1-2025 in the 1904 system (1,462 days later).
const S = 44221;

describe("the date system told by a date cell's text against its serial", () => {
  test.each<[string, GetoondeCel[], "1900" | "1904" | null]>([
    ["d-m-yyyy, 1900", [{ serial: S, text: "23-1-2021" }], "1900"],
    ["d-m-yyyy, 1904", [{ serial: S, text: "24-1-2025" }], "1904"],
    ["m/d/yyyy (en-US), 1904", [{ serial: S, text: "1/24/2025" }], "1904"],
    ["dd-mm-yy, 1900", [{ serial: S, text: "23-01-21" }], "1900"],
    ["dd-mm-yy, 1904", [{ serial: S, text: "24-01-25" }], "1904"],
    ["month name and year, 1904", [{ serial: S, text: "jan 2025" }], "1904"],
    ["date with time, 1904", [{ serial: S + 0.5, text: "24-1-2025 12:00" }], "1904"],
    // 31-12-2020 (1900) against 1-1-2025 (1904): the years differ by 5 here.
    ["a 31 December, 1900", [{ serial: 44196, text: "31-12-2020" }], "1900"],
    ["a plain number whose digits pass for a year", [{ serial: 1909, text: "1909" }], null],
    ["a formatted number", [{ serial: 44221, text: "44.221,00" }], null],
    ["a time only", [{ serial: 0.5, text: "12:00" }], null],
    ["no cells", [], null],
    [
      "cells that disagree tell nothing",
      [
        { serial: S, text: "23-1-2021" },
        { serial: S, text: "24-1-2025" },
      ],
      null,
    ],
    [
      "a plain number beside a date: the date tells",
      [
        { serial: 2021, text: "2021" },
        { serial: S, text: "24-1-2025" },
      ],
      "1904",
    ],
  ])("%s", (_naam, cellen, verwacht) => {
    expect(datumstelselUitWeergave(cellen)).toBe(verwacht);
  });
});

describe("the action list says which date system its date serials count in", () => {
  const lijst = (deadline: CellValue) =>
    grid([kop(), rij("a. bellen", "Anja", "In uitvoering", deadline, { doel: "#01" })]);
  const codes = (g: Grid) =>
    valideerActielijst(g, { peildatum: "2021-02-24", binnenkortDagen: 14 })!
      .findings.map((f) => f.code)
      .filter((c) => c.startsWith("datumstelsel"));

  test.each<[string, Partial<Grid>, CellValue, string[]]>([
    ["1904, a serial deadline", { date1904: true }, 42747, ["datumstelsel-1904"]],
    [
      "not known, a serial deadline",
      { dateSystemAssumed: true },
      42747,
      ["datumstelsel-aangenomen"],
    ],
    ["1900 as told: nothing to say", {}, 44209, []],
    ["not known, but no deadline is a serial", { dateSystemAssumed: true }, "eind maart", []],
  ])("%s", (_naam, stelsel, deadline, verwacht) => {
    expect(codes({ ...lijst(deadline), ...stelsel })).toEqual(verwacht);
  });
});
