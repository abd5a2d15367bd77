import { valideerActielijst, type ActielijstRapport } from "../../../src/core/actielijst/validate";
import { readRegister } from "../../../src/core/accounthouders/register";
import type { Finding } from "../../../src/core/findings";
import type { Grid } from "../../../src/core/grid";
import { bericht } from "../../../src/core/messages";
import { fixtureJson } from "../../support/fixtures";
import { verschuif } from "../../support/verschuif";
import { fixtureWerkmap } from "../../support/xlsx";

const PEIL = "2021-02-24";

interface VerwachteRij {
  row: number;
  action: string;
  status: string | null;
  deadline: { text: string; kind: string; due: string | null; uncertain: boolean };
  owners: string[];
  rag: string;
}
const verwacht = fixtureJson<VerwachteRij[]>("actielijst-duo-2021.expected.json");

let lijst: Grid;
let register: ReturnType<typeof readRegister>;
beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
  const r = await fixtureWerkmap("accounthouders-duo.xlsx");
  register = readRegister((await r.read([{ sheet: (await r.summary()).sheets[0].name }]))[0]!.grid);
});

function valideer(grid: Grid): ActielijstRapport {
  return valideerActielijst(grid, { peildatum: PEIL, binnenkortDagen: 14, register })!;
}

/** [row, first column moved (0-based), direction, cells the put-back writes]. */
const GEVALLEN: [number, number, "links" | "rechts", string[]][] = [
  [16, 2, "links", ["B16", "C16", "D16", "E16", "F16", "G16"]],
  // "Marc" is nowhere else in the owner column: the registry knows him.
  [17, 2, "links", ["B17", "C17", "D17", "E17", "F17", "G17"]],
  [15, 2, "links", ["B15", "C15", "D15", "E15", "F15", "G15"]],
  [3, 2, "rechts", ["C3", "D3", "E3", "F3", "G3", "H3"]],
];

describe("a shifted row of the DUO actielijst is read as if it were back in place", () => {
  test.each(GEVALLEN)(
    "row %i, from column %i to %s: status, accounthouder, deadline and traffic light of the expected result",
    (row, vanaf, richting) => {
      const r = valideer(verschuif(lijst, row, vanaf, richting));
      const a = r.acties.find((x) => x.row === row)!;
      const v = verwacht.find((x) => x.row === row)!;
      expect({
        action: a.actie,
        status: a.status,
        deadline: {
          text: a.deadline.text,
          kind: a.deadline.kind,
          due: a.deadline.due,
          uncertain: a.deadline.uncertain,
        },
        owners: a.eigenaren,
        rag: a.verkeerslicht,
      }).toEqual({
        action: v.action,
        status: v.status,
        deadline: v.deadline,
        owners: v.owners,
        rag: v.rag,
      });
    }
  );

  test.each(GEVALLEN)(
    "row %i, from column %i to %s: the finding says how Regie reads the row",
    (row, vanaf, richting, cellen) => {
      const r = valideer(verschuif(lijst, row, vanaf, richting));
      const f = r.findings.filter((x) => x.code === "rij-verschoven");
      const v = verwacht.find((x) => x.row === row)!;
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({
        cell: `A${row}`,
        params: {
          row,
          richting,
          status: v.status,
          deadline: v.deadline.text,
          terug: cellen.length,
        },
      });
      expect(bericht(f[0])).toContain(
        `De cellen van rij ${row} lijken een kolom naar ${richting} verschoven. Regie leest ze alsof ze in hun eigen kolom staan: status "${v.status}"`
      );
      expect(
        r.acties.find((x) => x.row === row)!.bron.verschoven?.terug?.map((m) => m.cell)
      ).toEqual(cellen);
    }
  );

  test("the rest of the list reads as without the shift, and findings about the row point at the cell where the value is", () => {
    const r = valideer(verschuif(lijst, 16, 2, "links"));
    const zonder = valideer(lijst);
    const anders = (x: ActielijstRapport) =>
      x.acties
        .filter((a) => a.row !== 16)
        .map((a) => [a.row, a.status, a.eigenaren, a.verkeerslicht]);
    expect(anders(r)).toEqual(anders(zonder));
    expect(r.acties.find((a) => a.row === 16)!.cellen).toMatchObject({
      actie: "B16",
      accounthouder: "C16",
      status: "D16",
      deadline: "F16",
    });
    expect(r.findings.filter((f: Finding) => f.params.row === 16).map((f) => f.code)).toEqual([
      "rij-verschoven",
    ]);
  });

  test("putting back that would erase a cell is not proposed", () => {
    const g = verschuif(lijst, 16, 2, "links");
    g.values[15][7] = "staat aan het eind";
    const r = valideer(g);
    expect(r.acties.find((a) => a.row === 16)!.bron.verschoven).toEqual({
      richting: "links",
      terug: null,
    });
    expect(bericht(r.findings.find((f) => f.code === "rij-verschoven")!)).toContain(
      "Zet ze met de hand terug"
    );
  });
});
