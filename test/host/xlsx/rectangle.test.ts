import type { CellValue } from "../../../src/core/grid";
import { rectangle } from "../../../src/host/xlsx/rectangle";

describe("rectangle: van A1 tot de laatste gevulde cel", () => {
  test("ijle rijen worden een rechthoek; lege rijen en kolommen achteraan vallen weg", () => {
    const rijen: CellValue[][] = [];
    rijen[1] = [];
    rijen[1][2] = "x";
    rijen[3] = [1];
    rijen[5] = ["", ""];
    expect(rectangle(rijen, [])).toEqual([
      ["", "", ""],
      ["", "", "x"],
      ["", "", ""],
      [1, "", ""],
    ]);
  });

  test("samengevoegd: alleen de cel linksboven houdt zijn waarde", () => {
    expect(
      rectangle(
        [
          [1, 2],
          [3, 4],
        ],
        [{ top: 0, left: 0, bottom: 1, right: 0 }]
      )
    ).toEqual([
      [1, 2],
      ["", 4],
    ]);
  });

  test("een leeg blad", () => {
    expect(rectangle([], [])).toEqual([]);
  });
});
