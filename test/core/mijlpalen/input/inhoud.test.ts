import { leesMijlpalen } from "../../../../src/core/mijlpalen/dashboard";
import type { Grid } from "../../../../src/core/grid";
import { datumBlad, datumRij, opname } from "../helpers";

function inhoud(grids: Grid[]) {
  const gelezen = leesMijlpalen(grids, { peildatum: "2020-05-12" });
  if (!gelezen.ok) throw new Error(gelezen.fout.code);
  return gelezen.inhoud();
}

describe("what a workbook's dashboard was counted from", () => {
  test("snapshot sheets: every address once, at its cell in the oldest sheet listing it", () => {
    const i = inhoud([
      opname("Q4 2019", [
        ["1", "Opname"],
        ["0002", "Sloop"],
      ]),
      opname("Q1 2020", [
        ["2", "Opname"],
        ["3", "Opname", "Ten Boer"],
        ["1", "Uitvoering"],
      ]),
    ]);
    expect(i.adressen).toEqual([
      { sleutel: 1, adresId: "1", sheet: "Q4 2019", cell: "A2" },
      { sleutel: 2, adresId: "0002", sheet: "Q4 2019", cell: "A3" },
      { sleutel: 3, adresId: "3", sheet: "Q1 2020", cell: "A3" },
    ]);
    // The gemeente of a row without a readable phase is not counted, so not named either.
    expect(i.gemeenten).toEqual([
      { naam: "Groningen", sheet: "Q4 2019", cell: "C2" },
      { naam: "Ten Boer", sheet: "Q1 2020", cell: "C3" },
    ]);
  });

  test("milestone dates: every address with its first row; empty gemeente cells are no gemeente", () => {
    const i = inhoud([
      datumBlad([
        datumRij("A1", ["2019-05-01"], { gemeente: "" }),
        datumRij("a 1", ["2019-06-01"]),
        datumRij("B2", ["2019-06-01"], { gemeente: " loppersum" }),
      ]),
    ]);
    expect(i.adressen).toEqual([
      { sleutel: "A1", adresId: "A1", sheet: "Adressen", cell: "A2" },
      { sleutel: "B2", adresId: "B2", sheet: "Adressen", cell: "A4" },
    ]);
    expect(i.gemeenten).toEqual([{ naam: "loppersum", sheet: "Adressen", cell: "B4" }]);
  });
});
