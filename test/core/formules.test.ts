import { formuleZoeker, nietBerekendParams } from "../../src/core/formules";

describe("formuleZoeker", () => {
  test("without areas no cell is a formula", () => {
    expect(formuleZoeker()("A1")).toBe(false);
    expect(formuleZoeker([])("D5")).toBe(false);
  });

  test("single cells (as files report them) and rectangles (as Excel reports them)", () => {
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

describe("nietBerekendParams", () => {
  const cel = (top: number, left: number) => ({ top, left, bottom: top, right: left });
  test("the first five cells by name, the rest counted", () => {
    expect(nietBerekendParams([cel(4, 4)])).toEqual({ aantal: 1, cellen: "E5" });
    expect(nietBerekendParams([0, 1, 2, 3, 4, 5, 6].map((r) => cel(r, 1)))).toEqual({
      aantal: 7,
      cellen: "B1, B2, B3, B4, B5 en 2 andere",
    });
  });
});
