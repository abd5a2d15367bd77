import {
  registerBereik,
  registerCells,
  registerDoel,
  registerRows,
} from "../../../src/core/accounthouders/register-blad";

describe("where a register proposal goes", () => {
  test.each<[string[], string, boolean]>([
    [["Actielijst"], "Accounthouders", true],
    [["Actielijst", "accounthouders"], "Accounthouders (voorstel)", false],
    [["Accounthouders", "Accounthouders (voorstel)"], "Accounthouders (voorstel 2)", false],
    [
      ["Accounthouders", "ACCOUNTHOUDERS (VOORSTEL)", "Accounthouders (voorstel 2)"],
      "Accounthouders (voorstel 3)",
      false,
    ],
  ])("sheets %j: %s", (bladen, blad, register) => {
    expect(registerDoel(bladen)).toEqual({ blad, register });
  });
});

describe("the cells of the new sheet", () => {
  const rijen = registerRows([
    { naam: " Henk Mulder ", aliassen: ["Henk", " ", "H. Mulder"], aantal: 3 },
    { naam: "  ", aliassen: ["niemand"], aantal: 1 },
    { naam: "Anja", aliassen: [], aantal: 1 },
  ]);

  test("header, then one row per person with a name; aliases separated by ;", () => {
    expect(rijen).toEqual([
      ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
      ["Henk Mulder", "Henk; H. Mulder", "", "", ""],
      ["Anja", "", "", "", ""],
    ]);
    expect(registerBereik(rijen)).toBe("A1:E3");
  });

  test("only filled cells, as a change from empty: what the preview names and the log keeps", () => {
    expect(
      registerCells("Accounthouders (voorstel)", rijen).map((c) => [c.cell, c.from, c.to])
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
