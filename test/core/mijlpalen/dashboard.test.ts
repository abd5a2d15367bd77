import {
  maakMijlpalenDashboard,
  MIJLPAAL_BERICHTEN,
  MIJLPAAL_CODES,
  MIJLPAAL_FOUTEN,
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
      expect(MIJLPAAL_BERICHTEN[uitkomst.fout.code](uitkomst.fout.params)).not.toMatch(/undefined/);
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
  const voorbeeld = {
    cellen: "B2, B7",
    adresId: "0014200078729054",
    eersteCel: "A2",
    kwartaal: "Q1 2020",
    vorigKwartaal: "Q4 2019",
    van: "Beoordeling",
    naar: "Opname",
    tekst: "Sloop",
    mijlpaal: "Beoordeling",
    datum: "2020-03-31",
    eerder: "Opname",
    eerderDatum: "2020-04-01",
    peildatum: "2020-05-12",
    sheet: "Q1 2020",
    eerderBlad: "31-3-2020",
    vorig: 4943,
    nu: 4945,
    volgend: "Q2 2020",
    erbij: 3,
    weg: 1,
    rij: 5,
    momentopnamen: "Q1 2020",
    mijlpaalBladen: "Adressen",
    bladen: "Stand",
    aantal: 2,
  };

  test.each([...Object.keys(MIJLPAAL_CODES), ...MIJLPAAL_FOUTEN])(
    "%s has a Dutch sentence",
    (code) => {
      const tekst = MIJLPAAL_BERICHTEN[code as keyof typeof MIJLPAAL_BERICHTEN](voorbeeld);
      expect(tekst).toMatch(/^[A-Z"Q]/);
      expect(tekst).toMatch(/[.)]$/);
      expect(tekst).not.toMatch(/undefined|NaN|\[object/);
    }
  );

  test("dates are written dd-mm-jjjj, as Regie shows every date", () => {
    expect(MIJLPAAL_BERICHTEN["datums-volgorde"](voorbeeld)).toBe(
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
    for (const a of d.anomalies)
      expect(MIJLPAAL_BERICHTEN[a.code](a.params)).not.toMatch(/undefined/);
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
  expect(MIJLPAAL_BERICHTEN["formule-niet-berekend"](melding.params)).toMatch(
    /^Formule zonder berekende waarde in cel B2;/
  );
});
