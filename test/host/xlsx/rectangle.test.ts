import type { CellValue } from "../../../src/core/grid";
import fc from "fast-check";
import { rectangle, sparseSheet } from "../../../src/host/xlsx/rectangle";

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

describe("sparseSheet: size and head from the cells there are (issue 24, case 8)", () => {
  test("property: size and head are those of the rectangle, whatever the sparse rows", () => {
    const cel = fc.oneof(fc.constant<CellValue>(""), fc.constantFrom<CellValue>("x", 1, true));
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.array(fc.option(cel, { nil: undefined }), { maxLength: 8 }), {
            nil: undefined,
          }),
          {
            maxLength: 12,
          }
        ),
        fc.nat(14),
        fc.nat(10),
        (ijl, r, c) => {
          // Sparse as the reader makes them: rows and cells that were never there are holes.
          const rijen = () => {
            const uit: CellValue[][] = [];
            ijl.forEach((rij, i) => {
              if (rij === undefined) return;
              const r: CellValue[] = [];
              rij.forEach((v, c) => {
                if (v !== undefined) r[c] = v;
              });
              uit[i] = r;
            });
            return uit;
          };
          const vol = rectangle(rijen(), []);
          const blad = sparseSheet(rijen(), []);
          expect(blad.rowCount).toBe(vol.length);
          expect(blad.columnCount).toBe(vol[0]?.length ?? 0);
          expect(blad.head(r, c)).toEqual(vol.slice(0, r).map((rij) => rij.slice(0, c)));
          expect(blad.values()).toEqual(vol);
        }
      )
    );
  });

  test("ten numbers at FOO100000: the size without a 100,010 x 4,461 grid", () => {
    const rijen: CellValue[][] = [];
    for (let i = 0; i < 10; i++) {
      rijen[99_999 + i] = [];
      rijen[99_999 + i][4_460] = i;
    }
    const blad = sparseSheet(rijen, []);
    expect([blad.rowCount, blad.columnCount]).toEqual([100_009, 4_461]);
    expect(blad.head(30, 30)).toEqual(Array.from({ length: 30 }, () => Array(30).fill("")));
    // Nothing was allocated for the rows in between: the sparse rows are still all there is.
    expect(rijen.filter((rij) => rij !== undefined)).toHaveLength(10);
  });
});
