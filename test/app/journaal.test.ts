import fc from "fast-check";
import { journaalVoor, leesJournaal, planTerugdraaien } from "../../src/app/journaal";
import type { WorkbookSummary, WriteOp } from "../../src/app/ports";
import { bestaat } from "../../src/app/schrijven";
import type { CellValue } from "../../src/core/grid";

function summary(...namen: string[]): WorkbookSummary {
  return {
    sheets: namen.map((name) => ({
      name,
      visibility: "Visible" as const,
      protected: false,
      rowCount: 0,
      columnCount: 0,
      head: [],
    })),
    activeSheet: null,
  };
}

const schrijf = (sheet: string, address: string, values: CellValue[][]): WriteOp => ({
  kind: "values",
  sheet,
  address,
  values,
});

describe("journaalVoor: a batch's way back, before it writes", () => {
  test("keeps writes on sheets that existed, the sheets it adds, and where it writes on those", () => {
    const ops: WriteOp[] = [
      { kind: "expect", sheet: "Lijst", cell: "D2", value: "Anja" },
      schrijf("Lijst", "D2", [["Anja Woortman"]]),
      { kind: "addSheet", sheet: "Log" },
      schrijf("Log", "A1", [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ]),
      { kind: "format", sheet: "Log", address: "A1:C1", bold: true },
    ];
    const j = journaalVoor(
      ops,
      (na) => [
        schrijf("Lijst", "D2", [["Anja"]]),
        ...(bestaat(na, "Log") ? [{ kind: "deleteSheet", sheet: "Log" } as const] : []),
      ],
      { task: "wijzigingen", actie: "Normaliseer accounthouders" }
    );
    expect(j.schrijft).toEqual([ops[1], ops[2]]);
    // The rollback as if everything landed: the added sheet exists then, so it goes.
    expect(j.terug).toEqual([
      schrijf("Lijst", "D2", [["Anja"]]),
      { kind: "deleteSheet", sheet: "Log" },
    ]);
    expect(j.gebieden).toEqual([{ sheet: "Log", address: "A1:C2" }]);
    // Stored as JSON and read back, it is the same journal.
    expect(leesJournaal(JSON.parse(JSON.stringify(j)))).toEqual(j);
  });

  test("a rollback that cannot be computed without a failure gives an empty way back, not a crash", () => {
    const j = journaalVoor(
      [schrijf("Lijst", "A1", [["x"]])],
      () => {
        throw new Error("geen fout om te lezen");
      },
      { task: "markeren" }
    );
    expect(j.terug).toEqual([]);
  });
});

describe("leesJournaal: what the workbook holds is untrusted", () => {
  test.each([
    null,
    "tekst",
    { task: { task: "markeren" } },
    { task: { task: "markeren" }, schrijft: [{ kind: "values" }], terug: [] },
    { task: { task: "markeren" }, schrijft: [], terug: [{ kind: "chart", sheet: "x" }] },
  ])("%j reads as unknown", (opgeslagen) => {
    expect(leesJournaal(opgeslagen)).toBe(null);
  });

  test("a journal too large to keep names its task and sheets", () => {
    expect(leesJournaal({ task: { task: "markeren" }, bladen: ["Lijst"] })).toEqual({
      task: { task: "markeren" },
      bladen: ["Lijst"],
    });
  });
});

describe("planTerugdraaien: what putting an interrupted write back does", () => {
  const journaal = {
    schrijft: [
      schrijf("Lijst", "D2", [["Anja Woortman"], ["Nicoline van der Linden"], ["Kees Bos"]]),
      { kind: "addSheet", sheet: "Log" } as WriteOp,
    ],
    terug: [
      schrijf("Lijst", "D2", [["Anja"], ["Nicoline"], ["Kees"]]),
      { kind: "deleteSheet", sheet: "Log" } as WriteOp,
    ],
    gebieden: [{ sheet: "Log", address: "A1:B2" }],
  };

  test("a cell holding what the write put there goes back (guarded); one as before stays; one changed since is named", () => {
    const lijst: CellValue[][] = [["kop"], ["", "", "", "Anja Woortman"], ["", "", "", "Nicoline"]];
    lijst.push(["", "", "", "Piet"]);
    const plan = planTerugdraaien(journaal, summary("Lijst", "Log"), (s) =>
      s === "Lijst" ? lijst : [["a", "b"]]
    );
    expect(plan.cellen).toEqual([
      { sheet: "Lijst", cell: "D2", was: "Anja Woortman", wordt: "Anja" },
    ]);
    expect(plan.gewijzigd).toEqual([{ sheet: "Lijst", cell: "D4", nu: "Piet" }]);
    expect(plan.ops).toEqual([
      { kind: "expect", sheet: "Lijst", cell: "D2", value: "Anja Woortman" },
      schrijf("Lijst", "D2", [["Anja"]]),
      { kind: "deleteSheet", sheet: "Log" },
    ]);
    expect(plan.bladenWeg).toEqual(["Log"]);
  });

  test("a sheet the write added stays when something stands outside where the write wrote", () => {
    const plan = planTerugdraaien(journaal, summary("Lijst", "Log"), (s) =>
      s === "Lijst" ? [] : [["a", "b", "notitie van de gebruiker"]]
    );
    expect(plan.bladenWeg).toEqual([]);
    expect(plan.bladenGehouden).toEqual(["Log"]);
    expect(plan.ops.some((o) => o.kind === "deleteSheet")).toBe(false);
  });

  test("a sheet the write did not add is never deleted, whatever the journal says", () => {
    const plan = planTerugdraaien(
      { schrijft: [], terug: [{ kind: "deleteSheet", sheet: "Lijst" }] },
      summary("Lijst"),
      () => []
    );
    expect(plan.ops).toEqual([]);
  });

  test("property: no write of the plan touches a cell unless it holds what the write put there", () => {
    const waarde = fc.constantFrom<CellValue>("", "a", "b", "c", 1, true);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(waarde, waarde, waarde), { minLength: 1, maxLength: 12 }),
        (cellen) => {
          const j = {
            schrijft: [
              schrijf(
                "Lijst",
                "A1",
                cellen.map(([, na]) => [na])
              ),
            ],
            terug: [
              schrijf(
                "Lijst",
                "A1",
                cellen.map(([voor]) => [voor])
              ),
            ],
          };
          const nu = cellen.map(([, , n]) => [n]);
          const plan = planTerugdraaien(j, summary("Lijst"), () => nu);
          for (const op of plan.ops) {
            if (op.kind !== "values") continue;
            const r = Number(op.address.slice(1)) - 1;
            const guard = plan.ops.find((g) => g.kind === "expect" && g.cell === op.address);
            expect(guard).toEqual({
              kind: "expect",
              sheet: "Lijst",
              cell: op.address,
              value: nu[r][0],
            });
            expect(String(nu[r][0])).toBe(String(cellen[r][1]));
          }
        }
      )
    );
  });
});
