import {
  maakMijlpalenDashboard,
  MIJLPAAL_BERICHTEN,
  mijlpaalBericht,
} from "../../../src/core/mijlpalen";
import { blad, dashboard, datumBlad, datumRij, opname } from "./helpers";

describe("maakMijlpalenDashboard: refusals are values", () => {
  const peildatum = "2020-05-12";
  test.each([
    ["peildatum-ongeldig", [opname("Q1 2020", [["1", "Opname"]])], { peildatum: "12-5-2020" }],
    ["geen-indeling", [blad("Blad1", [["Naam", "Adres"]])], { peildatum }],
    ["geen-indeling", [], { peildatum }],
    ["geen-kwartaal", [opname("Stand", [["1", "Opname"]])], { peildatum }],
    [
      "indeling-gemengd",
      [opname("Q1 2020", [["1", "Opname"]]), datumBlad([datumRij("1", [])])],
      { peildatum },
    ],
  ])("%s", (code, grids, opties) => {
    const uitkomst = maakMijlpalenDashboard(grids, opties);
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) {
      expect(uitkomst.fout.code).toBe(code);
      expect(mijlpaalBericht(uitkomst.fout)).not.toMatch(/undefined/);
    }
  });

  test("both layouts chosen: the option picks one", () => {
    const grids = [
      opname("Q1 2020", [["1", "Opname"]]),
      datumBlad([datumRij("1", ["2019-10-01", "2019-11-01"])]),
    ];
    expect(
      dashboard(grids, { indeling: "momentopnamen" }).kwartalen.map((k) => k.counts.Opname)
    ).toEqual([1]);
    expect(
      dashboard(grids, { indeling: "mijlpaaldatums" }).kwartalen.at(-1)!.counts.Beoordeling
    ).toBe(1);
  });

  test("only the quarter's sheets that can be used: the others are findings, not a refusal", () => {
    const d = dashboard([opname("Q1 2020", [["1", "Opname"]]), opname("Stand", [["1", "Opname"]])]);
    expect(d.kwartalen).toHaveLength(1);
    expect(d.anomalies.map((a) => a.code)).toEqual(["kwartaal-onbekend"]);
  });

  test("sheets of later quarters only: an empty table, and the findings say why", () => {
    const d = dashboard([opname("Q4 2020", [["1", "Opname"]])]);
    expect(d.kwartalen).toEqual([]);
    expect(d.anomalies.map((a) => a.code)).toEqual(["kwartaal-na-peildatum"]);
  });
});

describe("berichten", () => {
  // Every code's sentence, with sample params of its code: test/core/messages.test.ts.
  test("dates are written dd-mm-jjjj, as Regie shows every date", () => {
    const params = {
      adresId: "0014200078729054",
      mijlpaal: "Beoordeling",
      datum: "2020-03-31",
      eerder: "Opname",
      eerderDatum: "2020-04-01",
    } as const;
    expect(MIJLPAAL_BERICHTEN["datums-volgorde"](params)).toBe(
      "Datum beoordeling 31-03-2020 bij adres 0014200078729054 ligt vóór datum opname 01-04-2020; de datums zijn niet omgezet."
    );
  });

  test("every finding of the fixtures' small cases has its words", () => {
    const d = dashboard([
      opname("Q1 2020", [
        ["1", "Opname"],
        ["1", "Opname"],
        ["2", "Sloop"],
      ]),
    ]);
    for (const a of d.anomalies) expect(mijlpaalBericht(a)).not.toMatch(/undefined/);
  });
});

test("formulas without a computed value: one message per source sheet, naming the sheet", () => {
  const uitkomst = maakMijlpalenDashboard([opname("Q1 2020", [["1", "Opname"]])], {
    peildatum: "2020-05-12",
    nietBerekend: { "Q1 2020": [{ top: 1, left: 1, bottom: 1, right: 1 }] },
  });
  if (!uitkomst.ok) throw new Error(`geen dashboard: ${uitkomst.fout.code}`);
  const melding = uitkomst.dashboard.anomalies.find((a) => a.code === "formule-niet-berekend")!;
  expect([melding.sheet, melding.cell, melding.severity]).toEqual(["Q1 2020", "B2", "warning"]);
  expect(mijlpaalBericht(melding)).toMatch(/^Formule zonder berekende waarde in cel B2;/);
});
