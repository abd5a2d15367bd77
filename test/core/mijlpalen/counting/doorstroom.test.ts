import type { Beweging, Doorstroom, MijlpalenDashboard } from "../../../../src/core/mijlpalen";
import { FASEN } from "../../../../src/core/mijlpalen";
import { blad, dashboard, datumBlad, datumRij, OPNAME_KOP, opname } from "../helpers";

/** The moves of a pair as "from > to: n", in the order the dashboard lists them. */
function bewegingen(d: Doorstroom): string[] {
  return d.bewegingen.map((b: Beweging) => `${b.from} > ${b.to}: ${b.aantal}`);
}

/** The pair ending in `kwartaal`. */
function paar(d: MijlpalenDashboard, kwartaal: string): Doorstroom {
  const gevonden = d.doorstroom.find((x) => x.quarter === kwartaal);
  if (!gevonden) throw new Error(`geen doorstroom naar ${kwartaal}`);
  return gevonden;
}

/** `n` addresses with ids from `start`, all in phase `fase`. */
function adressen(start: number, n: number, fase: string): [string, string][] {
  return Array.from({ length: n }, (_, i) => [String(start + i), fase]);
}

describe("movement between snapshot sheets", () => {
  test("every move is counted by phase, new, gone and unreadable addresses explicitly", () => {
    const d = dashboard([
      opname("Q4 2019", [
        ...adressen(1, 3, "Nog niet gestart"), // -> Opname
        ...adressen(10, 2, "Opname"), // -> Beoordeling
        ["20", "Beoordeling"], // -> Opname (back)
        ["21", "Planvorming"], // -> Voltooid
        ["22", "Uitvoering"], // -> Voltooid
        ["23", "Uitvoering"], // stays
        ["24", "Voltooid"], // stays
        ["30", "Opname"], // not in Q1 2020
        ["31", "Opname"], // Q1 2020: phase unreadable
        ["32", "Sloop"], // Q4 2019: phase unreadable, Q1 2020 Beoordeling
      ]),
      opname("Q1 2020", [
        ["24", "Voltooid"],
        ["23", "Uitvoering"],
        ["22", "Voltooid"],
        ["21", "voltooid"],
        ["20", "Opname"],
        ...adressen(10, 2, "Beoordeling"),
        ...adressen(1, 3, "Opname"),
        ["31", "?"],
        ["32", "Beoordeling"],
        ["40", "Voltooid"], // new, already Voltooid
        ["41", "Nog niet gestart"], // new
        ["20", "Uitvoering"], // a second row of 20: the first row counts
      ]),
    ]);
    expect(d.doorstroom).toHaveLength(1);
    const x = d.doorstroom[0];
    expect(x).toMatchObject({
      vorigKwartaal: "Q4 2019",
      quarter: "Q1 2020",
      end: "2020-03-31",
      lopend: false,
    });
    expect(bewegingen(x)).toEqual([
      "Nog niet gestart > Opname: 3",
      "Opname > Beoordeling: 2",
      "Beoordeling > Opname: 1",
      "Planvorming > Voltooid: 1",
      "Uitvoering > Voltooid: 1",
      "nieuw > Nog niet gestart: 1",
      "nieuw > Voltooid: 1",
      "zonder-fase > Beoordeling: 1",
      "Opname > zonder-fase: 1",
      "Opname > weg: 1",
    ]);
    // Reached Voltooid: from an earlier phase only; the new address already Voltooid is listed apart.
    expect(x.voltooidBereikt).toBe(2);
    const stil = (i: number) => x.matrix[i][i];
    expect([stil(0), stil(1), stil(2), stil(3), stil(4), stil(5)]).toEqual([0, 0, 0, 0, 1, 1]);
    expect(x.matrix[0][1]).toBe(3);
    expect(x.matrix[2][1]).toBe(1);
  });

  test("addresses are matched by Adres-ID as the counting matches them, not by row", () => {
    const d = dashboard([
      opname("Q4 2019", [
        ["0014200078729054", "Opname"],
        [" ab 12 ", "Opname"],
      ]),
      opname("Q1 2020", [
        ["AB12", "Beoordeling"],
        [14200078729054, "Opname"],
      ]),
    ]);
    expect(bewegingen(d.doorstroom[0])).toEqual(["Opname > Beoordeling: 1"]);
  });

  test("one pair per consecutive sheet, the running quarter last and marked", () => {
    const d = dashboard(
      [
        opname("Q4 2019", [["1", "Opname"]]),
        opname("Q1 2020", [["1", "Beoordeling"]]),
        opname("Q2 2020", [["1", "Voltooid"]]),
      ],
      { peildatum: "2020-05-12" }
    );
    expect(d.doorstroom.map((x) => [x.vorigKwartaal, x.quarter, x.end, x.lopend])).toEqual([
      ["Q4 2019", "Q1 2020", "2020-03-31", false],
      ["Q1 2020", "Q2 2020", "2020-05-12", true],
    ]);
    expect(d.doorstroom.map((x) => x.voltooidBereikt)).toEqual([0, 1]);
  });

  test("nothing moved: an empty list, the stayers on the diagonal", () => {
    const rijen = [...adressen(1, 4, "Opname"), ["9", "Voltooid"]] as [string, string][];
    const d = dashboard([opname("Q4 2019", rijen), opname("Q1 2020", rijen.slice().reverse())]);
    expect(d.doorstroom[0].bewegingen).toEqual([]);
    expect(d.doorstroom[0].matrix[1][1]).toBe(4);
    expect(d.doorstroom[0].matrix[5][5]).toBe(1);
    expect(d.doorstroom[0].matrix.flat().reduce((a, b) => a + b)).toBe(5);
  });

  test("one sheet: no pair, so no movement", () => {
    expect(dashboard([opname("Q1 2020", [["1", "Opname"]])]).doorstroom).toEqual([]);
  });

  test("a sheet with a repeated header or blank rows moves nobody", () => {
    const d = dashboard([
      blad("Q4 2019", [OPNAME_KOP, ["1", "", "", "Opname"], [], OPNAME_KOP]),
      blad("Q1 2020", [OPNAME_KOP, [], ["1", "", "", "Opname"]]),
    ]);
    expect(d.doorstroom[0].bewegingen).toEqual([]);
  });
});

describe("movement from milestone dates", () => {
  const opties = { peildatum: "2020-06-30", vanaf: { jaar: 2019, kwartaal: 4 } as const };

  test("the phase at each quarter end follows from the dates, then the same table", () => {
    const d = dashboard(
      [
        datumBlad([
          datumRij("1", ["2019-10-10", "2020-01-01"]), // Q4 Opname, Q1 Beoordeling
          datumRij("2", ["2019-12-31", "2020-02-01", "2020-03-31"]), // Q4 Opname, Q1 Planvorming
          datumRij("3", ["2020-01-15", "", "", "", "2020-06-30"]), // Q1 Opname, Q2 Voltooid
          datumRij("4", ["2019-11-01", "2019-11-02", "2019-11-03", "2020-04-01", "2020-04-02"]),
          datumRij("5", []), // never started
          datumRij("6", ["2019-11-01", "2020-05-01"], { resultaat: "voldoet aan norm" }),
        ]),
      ],
      opties
    );
    expect(d.doorstroom.map((x) => `${x.vorigKwartaal} > ${x.quarter}`)).toEqual([
      "Q4 2019 > Q1 2020",
      "Q1 2020 > Q2 2020",
    ]);
    expect(bewegingen(paar(d, "Q1 2020"))).toEqual([
      "Nog niet gestart > Opname: 1",
      "Opname > Beoordeling: 1",
      "Opname > Planvorming: 1",
    ]);
    expect(bewegingen(paar(d, "Q2 2020"))).toEqual([
      "Opname > Voltooid: 2",
      "Planvorming > Voltooid: 1",
    ]);
    expect(d.doorstroom.map((x) => x.voltooidBereikt)).toEqual([0, 3]);
    expect(paar(d, "Q2 2020").matrix[0][0]).toBe(1);
  });

  test("the running quarter is counted up to the peildatum", () => {
    const d = dashboard([datumBlad([datumRij("1", ["2020-01-10", "2020-04-20", "2020-06-01"])])], {
      ...opties,
      peildatum: "2020-05-12",
    });
    const lopend = d.doorstroom[d.doorstroom.length - 1];
    expect(lopend).toMatchObject({ quarter: "Q2 2020", end: "2020-05-12", lopend: true });
    expect(bewegingen(lopend)).toEqual(["Opname > Beoordeling: 1"]);
  });

  test("every address is in every quarter: nothing is new or gone", () => {
    const d = dashboard(
      [datumBlad([datumRij("1", ["2019-10-10"]), datumRij("2", ["2020-02-02"])])],
      opties
    );
    for (const x of d.doorstroom)
      expect(x.bewegingen.every((b) => FASEN.includes(b.from as never))).toBe(true);
    expect(d.doorstroom.every((x) => x.matrix.flat().reduce((a, b) => a + b) === 2)).toBe(true);
  });
});
