import type { Deadline } from "../../../src/core/dates/types";
import { deadlineCel, eersteVrijeRij, rijCellen } from "../../../src/core/verslag/nieuwe-rijen";
import type { ActiepuntDeadline } from "../../../src/core/verslag/termijn";
import { grid } from "../../support/grid";

const d = (
  text: string,
  kind: Deadline["kind"],
  meer: Partial<ActiepuntDeadline> = {}
): ActiepuntDeadline => ({
  text,
  kind,
  due: null,
  start: null,
  uncertain: false,
  implied: [],
  sent: false,
  bron: "tekst",
  ...meer,
});

describe("a deadline as the list writes it", () => {
  test.each<[ActiepuntDeadline | null, string, string]>([
    [
      d("uiterlijk 15 april", "date", { due: "2021-04-15", implied: ["year"] }),
      "15 april 2021",
      "15-04-2021",
    ],
    [
      d("voor het volgende DUO", "date", { due: "2021-02-10", bron: "vergadering" }),
      "10 februari 2021",
      "10-02-2021",
    ],
    [
      d("voor het volgende DUO", "date", {
        due: "2021-02-10",
        uncertain: true,
        bron: "vergadering",
      }),
      "10 februari 2021?",
      "10-02-2021?",
    ],
    [
      d("begin mei", "month", { due: "2021-05-10", implied: ["year"] }),
      "Begin mei 2021",
      "Begin mei 2021",
    ],
    [d("in Q2 2021", "quarter", { due: "2021-06-30" }), "In Q2 2021", "In Q2 2021"],
    [
      d("eind maart?", "month", { due: "2021-03-31", uncertain: true, implied: ["year"] }),
      "Eind maart 2021?",
      "Eind maart 2021?",
    ],
    [d("zo snel mogelijk", "asap"), "Zo spoedig mogelijk", "Zo spoedig mogelijk"],
    [d("nader te bepalen", "tbd"), "Nader te bepalen", "Nader te bepalen"],
    [d("doorlopend", "ongoing"), "Doorlopend", "Doorlopend"],
    [d("na de zomer", "dependency"), "Na de zomer", "Na de zomer"],
    [
      d("voor het volgende DUO", "tbd", { uncertain: true, bron: "vergadering" }),
      "Voor het volgende DUO?",
      "Voor het volgende DUO?",
    ],
    [null, "", ""],
  ])("%j -> %s (a list of date cells: %s)", (deadline, tekst, datum) => {
    expect(deadlineCel(deadline, "tekst")).toBe(tekst);
    expect(deadlineCel(deadline, "datum")).toBe(datum);
  });
});

describe("where new rows go", () => {
  test("below the last row with a value, and below every merged area", () => {
    expect(eersteVrijeRij(grid([["kop"], ["a"], [""], ["b"], ["", ""]]))).toBe(5);
    expect(eersteVrijeRij(grid([["kop"], ["a"], [""]], ["A2:A6"]))).toBe(7);
    expect(eersteVrijeRij(grid([]))).toBe(1);
  });

  test("each row's values in the list's own columns, empty values and missing columns left out", () => {
    const cellen = rijCellen("Actielijst", { actie: 2, accounthouder: 3, deadline: 6 }, 41, [
      {
        nummer: "i",
        waarden: { actie: "Anja komt.", accounthouder: "Anja Woortman", opmerking: "x" },
      },
      {
        nummer: "ii",
        waarden: { actie: "Henk gaat.", accounthouder: "", deadline: "1 maart 2021" },
      },
    ]);
    expect(cellen).toEqual([
      { sheet: "Actielijst", cell: "C41", from: "", to: "Anja komt." },
      { sheet: "Actielijst", cell: "D41", from: "", to: "Anja Woortman" },
      { sheet: "Actielijst", cell: "C42", from: "", to: "Henk gaat." },
      { sheet: "Actielijst", cell: "G42", from: "", to: "1 maart 2021" },
    ]);
  });
});
