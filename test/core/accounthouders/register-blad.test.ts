import {
  registerBereik,
  registerCellen,
  registerDoel,
  registerRijen,
} from "../../../src/core/accounthouders/register-blad";

describe("waar een registervoorstel komt", () => {
  test.each<[string[], string, boolean]>([
    [["Actielijst"], "Accounthouders", true],
    [["Actielijst", "accounthouders"], "Accounthouders (voorstel)", false],
    [["Accounthouders", "Accounthouders (voorstel)"], "Accounthouders (voorstel 2)", false],
    [
      ["Accounthouders", "ACCOUNTHOUDERS (VOORSTEL)", "Accounthouders (voorstel 2)"],
      "Accounthouders (voorstel 3)",
      false,
    ],
  ])("bladen %j: %s", (bladen, blad, register) => {
    expect(registerDoel(bladen)).toEqual({ blad, register });
  });
});

describe("de cellen van het nieuwe blad", () => {
  const rijen = registerRijen([
    { naam: " Henk Mulder ", aliassen: ["Henk", " ", "H. Mulder"], aantal: 3 },
    { naam: "  ", aliassen: ["niemand"], aantal: 1 },
    { naam: "Anja", aliassen: [], aantal: 1 },
  ]);

  test("kop, dan een rij per persoon met een naam; aliassen met ; gescheiden", () => {
    expect(rijen).toEqual([
      ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
      ["Henk Mulder", "Henk; H. Mulder", "", "", ""],
      ["Anja", "", "", "", ""],
    ]);
    expect(registerBereik(rijen)).toBe("A1:E3");
  });

  test("alleen gevulde cellen, als wijziging van leeg: wat de voorvertoning noemt en het log bewaart", () => {
    expect(
      registerCellen("Accounthouders (voorstel)", rijen).map((c) => [c.cell, c.from, c.to])
    ).toEqual([
      ["A1", "", "Naam"],
      ["B1", "", "Aliassen"],
      ["C1", "", "Organisatie"],
      ["D1", "", "Vertrokken per"],
      ["E1", "", "Opvolger"],
      ["A2", "", "Henk Mulder"],
      ["B2", "", "Henk; H. Mulder"],
      ["A3", "", "Anja"],
    ]);
  });
});
