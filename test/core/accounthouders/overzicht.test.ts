import { overzichtPerAccounthouder } from "../../../src/core/accounthouders/overzicht";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import type { Register } from "../../../src/core/accounthouders/register";
import { grid, kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const REGISTER: Register = {
  sheet: "Accounthouders",
  personen: [
    {
      naam: "Roelien Kamminga",
      aliassen: ["Roelien"],
      organisatie: "BZK",
      vertrokkenPer: "2021-01-13",
      opvolger: "Nicoline van der Linden",
      row: 2,
    },
    {
      naam: "Nicoline van der Linden",
      aliassen: ["Nicoline"],
      organisatie: "BZK",
      vertrokkenPer: null,
      opvolger: null,
      row: 3,
    },
    {
      naam: "Anja Woortman",
      aliassen: ["Anja"],
      organisatie: "",
      vertrokkenPer: null,
      opvolger: null,
      row: 4,
    },
  ],
  findings: [],
};

function rapport(rows: ReturnType<typeof rij>[], peildatum = PEIL) {
  return valideerActielijst(grid([kop(), ...rows]), {
    peildatum,
    binnenkortDagen: 14,
    register: REGISTER,
  })!;
}

describe("vertrokken accounthouders", () => {
  test("een open actie van iemand die voor de peildatum vertrok geeft een waarschuwing met de opvolger", () => {
    const r = rapport([
      rij("a", "Roelien", "In uitvoering", "1 mei 2021"),
      rij("b", "Roelien", "Gereed", ""),
      rij("c", "Nicoline", "In uitvoering", "1 mei 2021"),
    ]);
    const f = r.findings.filter((x) => x.code === "accounthouder-vertrokken");
    expect(f.map((x) => [x.cell, x.params])).toEqual([
      [
        "D2",
        {
          row: 2,
          naam: "Roelien Kamminga",
          datum: "2021-01-13",
          opvolger: "Nicoline van der Linden",
        },
      ],
    ]);
    // not replaced silently
    expect(r.acties[0].eigenaren).toEqual(["Roelien Kamminga"]);
  });

  test("vertrek na de peildatum telt nog niet", () => {
    const r = rapport([rij("a", "Roelien", "In uitvoering", "1 mei 2021")], "2021-01-10");
    expect(r.findings.some((x) => x.code === "accounthouder-vertrokken")).toBe(false);
  });
});

describe("overzicht per accounthouder", () => {
  test("open, verlopen en binnenkort per persoon; gezamenlijke eigenaren tellen voor elk; gereed telt niet", () => {
    const r = rapport([
      rij("a", "Nicoline", "In uitvoering", "1 februari 2021"),
      rij("b", "Nicoline / Anja", "In uitvoering", "1 maart 2021"),
      rij("c", "Anja", "Gereed", "1 januari 2021"),
      rij("d", "0/26", "In uitvoering", "1 mei 2021"),
      rij("e", "", "In uitvoering", "1 mei 2021"),
    ]);
    expect(
      overzichtPerAccounthouder(r.acties).map((o) => [
        o.naam,
        o.soort,
        o.open.length,
        o.verlopen.length,
        o.binnenkort.length,
      ])
    ).toEqual([
      ["Nicoline van der Linden", "persoon", 2, 1, 1],
      ["Anja Woortman", "persoon", 1, 0, 1],
      ["(10)(2e)", "gelakt", 1, 0, 0],
      ["Zonder accounthouder", "geen", 1, 0, 0],
    ]);
  });
});
