import { eigenarenMetBevindingen, filterRapport } from "../../../src/core/actielijst/filter";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import { ordenRapport } from "../../../src/core/actielijst/volgorde";
import { grid, kop, rij } from "../../support/grid";

const r = valideerActielijst(
  grid([
    kop(),
    rij("a. verlopen", "Anja", "In uitvoering", "20 februari 2021"),
    rij("b. samen, binnenkort", "Anja / Nicoline", "In uitvoering", "5 maart 2021"),
    rij("c. ntb", "Nicoline", "In uitvoering", "Nader te bepalen"),
    rij("d. geen eigenaar", "", "In uitvoering", "Nader te bepalen"),
    rij("e. schrijfwijze", "Henk", "gereed", "1 januari 2021"),
  ]),
  { peildatum: "2021-02-24", binnenkortDagen: 14 }
)!;
const cellen = (eigenaar: string | null, ernst: "error" | "warning" | "info" | null) =>
  filterRapport(r, { eigenaar, ernst }).findings.map((f) => `${f.code}@${f.cell}`);

describe("filterRapport: findings of one accounthouder or one severity", () => {
  test.each([
    ["Anja", null, ["actie-verlopen@G2", "actie-binnenkort@G3"]],
    ["Nicoline", null, ["actie-binnenkort@G3", "deadline-niet-concreet@G4"]],
    ["Henk", null, ["status-schrijfwijze@E6"]],
    [null, "info", ["actie-binnenkort@G3", "status-schrijfwijze@E6"]],
    ["Nicoline", "warning", ["deadline-niet-concreet@G4"]],
    ["Henk", "warning", []],
  ] as const)("%s, %s -> %j", (eigenaar, ernst, verwacht) => {
    expect(cellen(eigenaar, ernst)).toEqual(verwacht);
  });

  test("without a filter the report stays as it is", () => {
    expect(filterRapport(r, { eigenaar: null, ernst: null })).toBe(r);
  });

  test("a filtered report goes through ordenRapport as it is: the order is decided in one place", () => {
    const { termijnen, groepen } = ordenRapport(
      filterRapport(r, { eigenaar: "Anja", ernst: null })
    );
    expect(termijnen.map((t) => t.actie.row)).toEqual([2, 3]);
    expect(groepen).toEqual([]);
  });

  test("the filter's choices: whoever has at least one finding, alphabetically", () => {
    expect(eigenarenMetBevindingen(r)).toEqual(["Anja", "Henk", "Nicoline"]);
  });
});
