import { FASEN, faseIndex, recogniseFase } from "../../../../src/core/mijlpalen";

describe("recogniseFase", () => {
  test.each([
    ["Nog niet gestart", "Nog niet gestart"],
    ["nog niet gestart", "Nog niet gestart"],
    ["  NOG  NIET GESTART ", "Nog niet gestart"],
    ["niet gestart", "Nog niet gestart"],
    ["Niet begonnen", "Nog niet gestart"],
    ["Opname", "Opname"],
    ["opname ", "Opname"],
    ["OPNAME", "Opname"],
    ["In opname", "Opname"],
    ["1. Opname", "Opname"],
    ["Fase: opname", "Opname"],
    ["Beoordeling", "Beoordeling"],
    ["in beoordeling", "Beoordeling"],
    ["Beoordleing", "Beoordeling"],
    ["Planvorming", "Planvorming"],
    ["plan-vorming", "Planvorming"],
    ["Planvormng", "Planvorming"],
    ["Uitvoering", "Uitvoering"],
    ["In uitvoering", "Uitvoering"],
    ["Uitvoring", "Uitvoering"],
    ["Voltooid", "Voltooid"],
    ["voltooit", "Voltooid"],
    ["Gereed", "Voltooid"],
    ["Afgerond", "Voltooid"],
    ["afgerond.", "Voltooid"],
    ["Opgeleverd", "Voltooid"],
    ["Voldoet aan norm", "Voltooid"],
    ["Opnâme", "Opname"],
    ["", null],
    ["   ", null],
    ["Onbekend", null],
    ["Fase", null],
    ["#N/A", null],
    ["Sloop", null],
  ])("%j -> %j", (tekst, verwacht) => {
    expect(recogniseFase(tekst)).toBe(verwacht);
  });

  test("FASEN are the six phases in order", () => {
    expect(FASEN).toEqual([
      "Nog niet gestart",
      "Opname",
      "Beoordeling",
      "Planvorming",
      "Uitvoering",
      "Voltooid",
    ]);
    expect(FASEN.map(faseIndex)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("every phase name is recognised as itself", () => {
    for (const fase of FASEN) expect(recogniseFase(fase)).toBe(fase);
  });
});
