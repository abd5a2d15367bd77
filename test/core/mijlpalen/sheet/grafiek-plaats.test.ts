import { rijenPerPagina, schaalOpBreedte } from "../../../../src/core/afdruk";
import { grafiekPlaats } from "../../../../src/core/mijlpalen/sheet/dashboard-sheet";

describe("A4 landscape in Excel's Normal margins, 15 pt rows", () => {
  test.each([
    [500, 1],
    [741.2, 1],
    [1482.4, 0.5],
  ])("%p pt of columns print one page wide at %p", (breedte, schaal) =>
    expect(schaalOpBreedte(breedte)).toBeCloseTo(schaal, 5)
  );

  test.each([
    [1, 32],
    [0.75, 43],
    [0.5, 64],
  ])("at %p a page holds %p rows", (schaal, rijen) => expect(rijenPerPagina(schaal)).toBe(rijen));
});

describe("grafiekPlaats: the chart under the table, and what shares its page", () => {
  // [case, last row above the chart, table width (pt), movement rows needed, expected]
  test.each([
    // The Groningen snapshots: 2 quarters, one pair; at 100 % the page holds 32 rows: the chart
    // takes what the table and the pair leave.
    ["2 quarters", 8, 732, 5, { rijen: 18, eenPagina: true, afdrukTot: 32 }],
    ["a narrower table prints no larger", 8, 500, 5, { rijen: 18, eenPagina: true, afdrukTot: 32 }],
    // Wide columns shrink the page to 74 %: rows to spare, the chart stops at its maximum and the
    // movement pairs may use the rest.
    ["a wide table", 7, 1000, 3, { rijen: 22, eenPagina: true, afdrukTot: 43 }],
    // 13 quarters and the running one: the page shrinks to 75 % for the chart's minimum.
    ["14 quarters", 22, 846, 8, { rijen: 12, eenPagina: true, afdrukTot: 43 }],
    // 27 quarters: the table goes on over pages; the chart starts a page (with the repeated
    // header) and the movement table fills that page.
    ["28 quarters", 36, 846, 8, { rijen: 22, eenPagina: false, afdrukTot: 73 }],
  ])("%s", (_naam, tabelEinde, breedte, doorstroomRijen, verwacht) =>
    expect(grafiekPlaats({ tabelEinde, breedte, doorstroomRijen })).toEqual(verwacht)
  );

  test("one page whenever table, minimal chart and pair fit at 75 %; never a page over", () => {
    for (let tabelEinde = 7; tabelEinde <= 60; tabelEinde++)
      for (const breedte of [400, 741, 900, 1200])
        for (const doorstroomRijen of [3, 5, 8, 12]) {
          const p = grafiekPlaats({ tabelEinde, breedte, doorstroomRijen });
          const nodig = tabelEinde + 1 + p.rijen + doorstroomRijen;
          if (p.eenPagina) {
            // What must print fits the page at the scale fit-to-page gives (75 % at least).
            expect(nodig).toBeLessThanOrEqual(Math.max(p.afdrukTot, rijenPerPagina(0.75)));
            expect(p.rijen).toBeGreaterThanOrEqual(12);
          } else {
            // The chart's page holds the repeated header and the whole chart at the width's scale.
            expect(1 + p.rijen).toBeLessThanOrEqual(rijenPerPagina(schaalOpBreedte(breedte)));
            expect(tabelEinde + 1 + 12 + doorstroomRijen).toBeGreaterThan(rijenPerPagina(0.75));
          }
          expect(p.rijen).toBeLessThanOrEqual(22);
        }
  });
});
