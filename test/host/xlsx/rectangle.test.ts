import type { CellValue } from "../../../src/core/grid";
import { rectangle } from "../../../src/host/xlsx/rectangle";

describe("rectangle: from A1 to the last filled cell", () => {
  test("sparse rows become a rectangle; empty trailing rows and columns drop away", () => {
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

  test("merged: only the top-left cell keeps its value", () => {
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

  test("an empty sheet", () => {
    expect(rectangle([], [])).toEqual([]);
  });
});
