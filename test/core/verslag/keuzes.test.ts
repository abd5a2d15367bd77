import {
  accounthouderKeuzes,
  doelKeuzes,
  onderwerpKeuzes,
  passendeKeuzes,
} from "../../../src/core/verslag/keuzes";

const a = (doel: string, onderwerp: string) => ({ doel, onderwerp });

describe("the goals and topics a new row can be given: the list's own", () => {
  test.each<[string, { doel: string; onderwerp: string }[], ReturnType<typeof doelKeuzes>]>([
    ["an empty list: none", [], []],
    [
      "each goal once, in the list's order, with its topics once, trimmed",
      [
        a("#01 Mensen", "I.Mensen"),
        a("#01 Mensen", "I.Mensen"),
        a("#01 Mensen ", "II.Houding"),
        a("#02 Kaders", "I.Regelingen"),
        a("#01 Mensen", "III.Later"),
      ],
      [
        { doel: "#01 Mensen", onderwerpen: ["I.Mensen", "II.Houding", "III.Later"] },
        { doel: "#02 Kaders", onderwerpen: ["I.Regelingen"] },
      ],
    ],
    [
      "a goal without topics; topics without a goal under the empty goal; empty rows not at all",
      [a("#03 Sturing", ""), a("", "Los onderwerp"), a("", ""), a("  ", " ")],
      [
        { doel: "#03 Sturing", onderwerpen: [] },
        { doel: "", onderwerpen: ["Los onderwerp"] },
      ],
    ],
  ])("%s", (_naam, acties, verwacht) => {
    expect(doelKeuzes(acties)).toEqual(verwacht);
  });

  test("the topics offered: the chosen goal's, or every topic once when no goal is chosen", () => {
    const keuzes = doelKeuzes([
      a("#01 Mensen", "I.Mensen"),
      a("#02 Kaders", "I.Regelingen"),
      a("#02 Kaders", "I.Mensen"),
      a("", "Los"),
    ]);
    expect(onderwerpKeuzes(keuzes, "#02 Kaders")).toEqual(["I.Regelingen", "I.Mensen"]);
    expect(onderwerpKeuzes(keuzes, "")).toEqual(["I.Mensen", "I.Regelingen", "Los"]);
    expect(onderwerpKeuzes(keuzes, "#09 Onbekend")).toEqual(["I.Mensen", "I.Regelingen", "Los"]);
  });
});

describe("accounthouderKeuzes: the register's people a new row can be given", () => {
  const persoon = (naam: string, vertrokkenPer: string | null = null) => ({
    naam,
    aliassen: [],
    organisatie: "",
    vertrokkenPer,
    opvolger: null,
    row: 2,
  });
  const register = {
    sheet: "Accounthouders",
    findings: [],
    personen: [
      persoon("Roelien Kamminga", "2021-01-13"),
      persoon("Nicoline van der Linden"),
      persoon("Anja Woortman", "2021-06-01"),
      persoon(" Henk Mulder "),
      persoon("Nicoline van der Linden"),
    ],
  };

  test.each<[string, string[]]>([
    ["2021-01-13", ["Anja Woortman", "Henk Mulder", "Nicoline van der Linden"]],
    ["2021-06-01", ["Henk Mulder", "Nicoline van der Linden"]],
  ])("at the meeting of %s: everyone not gone by then, once, by name", (vergadering, namen) => {
    expect(accounthouderKeuzes(register, vergadering)).toEqual(namen);
  });

  test("no register: nothing to offer (the field stays free)", () => {
    expect(accounthouderKeuzes(null, "2021-01-13")).toEqual([]);
  });

  test.each<[string, string[]]>([
    ["", ["Anja Woortman", "Henk Mulder", "Nicoline van der Linden"]],
    ["nicol", ["Nicoline van der Linden"]],
    ["  MULDER ", ["Henk Mulder"]],
    ["Anja Woortman", ["Anja Woortman", "Henk Mulder", "Nicoline van der Linden"]],
    ["(10)(2e)", []],
  ])("typed %j: the names that hold it (a whole name shows every one)", (getypt, namen) => {
    expect(passendeKeuzes(accounthouderKeuzes(register, "2021-01-13"), getypt)).toEqual(namen);
  });
});
