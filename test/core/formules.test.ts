import { formuleZoeker } from "../../src/core/formules";

describe("formuleZoeker", () => {
  test("zonder gebieden is geen cel een formule", () => {
    expect(formuleZoeker()("A1")).toBe(false);
    expect(formuleZoeker([])("D5")).toBe(false);
  });

  test("losse cellen (zoals bestanden ze melden) en rechthoeken (zoals Excel ze meldt)", () => {
    const isFormule = formuleZoeker([
      { top: 4, left: 3, bottom: 4, right: 3 },
      { top: 9, left: 4, bottom: 19, right: 5 },
    ]);
    expect(["D5", "E10", "F20", "E15"].map(isFormule)).toEqual([true, true, true, true]);
    expect(["D4", "D6", "C5", "E9", "G10", "E21", "geen adres"].map(isFormule)).toEqual(
      Array(7).fill(false)
    );
  });
});
