import { valideerActielijst } from "../../../src/core/actielijst/validate";
import { ordenRapport } from "../../../src/core/actielijst/volgorde";
import { soort } from "../../../src/core/messages";
import { grid, kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const rapport = (values: Parameters<typeof grid>[0]) =>
  valideerActielijst(grid(values), { peildatum: PEIL, binnenkortDagen: 14 })!;

describe("ordenRapport: first the terms, then the rest by kind", () => {
  const r = rapport([
    kop(),
    rij("a. kort verlopen", "Anja", "In uitvoering", "20 februari 2021"),
    rij("b. binnenkort, later", "Anja", "In uitvoering", "5 maart 2021"),
    rij("c. lang verlopen", "Nicoline", "In uitvoering", "1 januari 2021"),
    rij("d. vandaag", "", "In uitvoering", "24 februari 2021"),
    rij("e. ntb", "Anja", "In uitvoering", "Nader te bepalen"),
    rij("f. ntb", "", "In uitvoering", "Zo spoedig mogelijk"),
    rij("g. ntb", "Anja", "", "Nader te bepalen"),
    rij("h. ook lang verlopen", "Anja", "In uitvoering", "1 januari 2021"),
    rij("i. gereed", "Anja", "gereed", "1 januari 2021"),
  ]);
  const { termijnen, groepen } = ordenRapport(r);

  test("overdue, longest overdue first (the row when equal); then due soon, earliest first", () => {
    expect(termijnen.map((t) => [t.actie.row, t.licht, t.dagen, t.finding.cell])).toEqual([
      [4, "overdue", 54, "G4"],
      [9, "overdue", 54, "G9"],
      [2, "overdue", 4, "G2"],
      [5, "due-soon", 0, "G5"],
      [3, "due-soon", 9, "G3"],
    ]);
  });

  test("the other findings by kind: errors, warnings, messages; the largest group first", () => {
    expect(groepen.map((g) => [g.severity, g.code, g.findings.map((f) => f.cell)])).toEqual([
      ["error", "status-ontbreekt", ["E8"]],
      ["warning", "deadline-niet-concreet", ["G6", "G7", "G8"]],
      ["warning", "accounthouder-ontbreekt", ["D5", "D7"]],
      ["info", "status-schrijfwijze", ["E10"]],
    ]);
  });

  test("every finding is in the order exactly once", () => {
    const geordend = [...termijnen.map((t) => t.finding), ...groepen.flatMap((g) => g.findings)];
    expect(geordend).toHaveLength(r.findings.length);
    expect(new Set(geordend)).toEqual(new Set(r.findings));
  });
});

describe("kind: the heading above a group", () => {
  test.each([
    ["deadline-niet-concreet", "Open actie zonder concrete deadline"],
    ["accounthouder-ontbreekt", "Open actie zonder accounthouder"],
    ["status-schrijfwijze", "Status anders geschreven"],
    ["register-naam-dubbel", "Register: naam staat er twee keer"],
    ["iets-nieuws", "Bevinding iets-nieuws"],
  ])("%s -> %s", (code, kop) => {
    expect(soort(code)).toBe(kop);
  });
});
