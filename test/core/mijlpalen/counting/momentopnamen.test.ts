import { FASEN } from "../../../../src/core/mijlpalen";
import { blad, dashboard, meldingen, OPNAME_KOP, opname, rijTelling } from "../helpers";

describe("snapshot sheets: counts per quarter", () => {
  test("phase labels in any spelling count by phase; rows sum to the total", () => {
    const d = dashboard([
      opname("Q1 2020", [
        ["1", "Nog niet gestart"],
        ["2", "niet gestart"],
        ["3", "OPNAME "],
        ["4", "in beoordeling"],
        ["5", "Planvorming"],
        ["6", "Uitvoering"],
        ["7", "Gereed"],
        ["8", "Afgerond"],
      ]),
    ]);
    expect(d.kwartalen).toHaveLength(1);
    expect(d.kwartalen[0]).toMatchObject({ label: "Q1 2020", end: "2020-03-31", lopend: false });
    expect(rijTelling(d.kwartalen[0])).toEqual([2, 1, 1, 1, 1, 2, 8]);
    expect(d.anomalies).toEqual([]);
  });

  test("sheets are ordered by quarter, not by workbook order", () => {
    const d = dashboard([
      opname("Q1 2020", [["1", "Opname"]]),
      opname("Q4 2019", [["1", "Opname"]]),
    ]);
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q4 2019", "Q1 2020"]);
  });

  test("an address listed twice in one quarter counts once and is reported", () => {
    const d = dashboard([
      opname("Q1 2020", [
        ["1", "Opname"],
        ["2", "Opname"],
        ["1", "Voltooid"],
        [1, "Opname"],
      ]),
    ]);
    expect(rijTelling(d.kwartalen[0])).toEqual([0, 2, 0, 0, 0, 0, 2]);
    expect(d.duplicates).toEqual([
      { sheet: "Q1 2020", cell: "A4", adresId: "1", kwartaal: "Q1 2020" },
      { sheet: "Q1 2020", cell: "A5", adresId: "1", kwartaal: "Q1 2020" },
    ]);
    expect(d.anomalies[0]).toMatchObject({
      code: "adres-dubbel",
      severity: "warning",
      adresId: "1",
      params: { adresId: "1", eersteCel: "A2", kwartaal: "Q1 2020" },
    });
  });

  test("a phase going back between consecutive quarters is reported", () => {
    const d = dashboard([
      opname("Q4 2019", [
        ["1", "Beoordeling"],
        ["2", "Opname"],
      ]),
      opname("Q1 2020", [
        ["2", "Opname"],
        ["1", "Opname"],
      ]),
    ]);
    expect(d.regressions).toEqual([
      {
        adresId: "1",
        from: "Beoordeling",
        to: "Opname",
        quarter: "Q1 2020",
        sheet: "Q1 2020",
        cell: "D3",
      },
    ]);
    expect(meldingen(d)).toEqual(["fase-terug Q1 2020!D3"]);
    expect(d.anomalies[0].params).toMatchObject({
      van: "Beoordeling",
      naar: "Opname",
      vorigKwartaal: "Q4 2019",
    });
  });

  test("unknown and missing phases and rows without Adres-ID are reported by cell, the rest counts", () => {
    const d = dashboard([
      opname("Q1 2020", [
        ["1", "Opname"],
        ["2", "Sloop"],
        ["3", ""],
        ["", "Opname"],
        ["", ""], // still a street and a gemeente: a row, without Adres-ID
        ["4", "Voltooid"],
      ]),
    ]);
    expect(rijTelling(d.kwartalen[0])).toEqual([0, 1, 0, 0, 0, 1, 2]);
    expect(meldingen(d)).toEqual([
      "fase-onbekend Q1 2020!D3",
      "fase-ontbreekt Q1 2020!D4",
      "adresid-ontbreekt Q1 2020!A5",
      "adresid-ontbreekt Q1 2020!A6",
    ]);
    expect(d.anomalies[0].params).toEqual({ adresId: "2", tekst: "Sloop" });
  });

  test("blank rows and a repeated header are skipped silently", () => {
    const d = dashboard([
      blad("Q1 2020", [
        OPNAME_KOP,
        ["1", "", "", "Opname"],
        [],
        ["", null, "", ""],
        OPNAME_KOP,
        ["2", "", "", "Opname"],
      ]),
    ]);
    expect(d.kwartalen[0].total).toBe(2);
    expect(d.anomalies).toEqual([]);
  });

  test("numeric and text Adres-IDs are one address (Excel dropped the zeros)", () => {
    const d = dashboard([
      opname("Q4 2019", [["0014200078729054", "Opname"]]),
      opname("Q1 2020", [[14200078729054, "Beoordeling"]]),
    ]);
    expect(d.totaalVerschil).toEqual([]);
    expect(d.regressions).toEqual([]);
  });

  test("two gemeenten: counts per gemeente too, every gemeente in every row", () => {
    const d = dashboard([
      opname("Q4 2019", [
        ["1", "Opname", "Groningen"],
        ["2", "Opname", "Loppersum"],
        ["3", "Voltooid", "GRONINGEN "],
      ]),
      opname("Q1 2020", [
        ["1", "Beoordeling", "Groningen"],
        ["3", "Voltooid", "Groningen"],
      ]),
    ]);
    const perGemeente = d.kwartalen.map((k) =>
      k.perGemeente!.map((g) => [g.gemeente, ...rijTelling(g)])
    );
    expect(perGemeente).toEqual([
      [
        ["Groningen", 0, 1, 0, 0, 0, 1, 2],
        ["Loppersum", 0, 1, 0, 0, 0, 0, 1],
      ],
      [
        ["Groningen", 0, 0, 1, 0, 0, 1, 2],
        ["Loppersum", 0, 0, 0, 0, 0, 0, 0],
      ],
    ]);
  });

  test("one gemeente: no per-gemeente counts", () => {
    const d = dashboard([opname("Q1 2020", [["1", "Opname"]])]);
    expect(d.kwartalen[0].perGemeente).toBeUndefined();
  });

  test("a change of totaal is explained: addresses added and gone, counted and listed", () => {
    const d = dashboard([
      opname("Q4 2019", [
        ["1", "Opname"],
        ["2", "Opname"],
        ["3", "Opname"],
      ]),
      opname("Q1 2020", [
        ["1", "Opname"],
        ["4", "Opname"],
        ["5", "Nog niet gestart"],
        ["6", "Nog niet gestart"],
      ]),
    ]);
    expect(d.kwartalen.map((k) => k.total)).toEqual([3, 4]);
    expect(d.totaalVerschil).toEqual([
      {
        quarter: "Q1 2020",
        vorigKwartaal: "Q4 2019",
        vorig: 3,
        nu: 4,
        added: ["4", "5", "6"],
        gone: ["2", "3"],
      },
    ]);
    const [verschil] = d.totaalVerschil;
    expect(verschil.nu - verschil.vorig).toBe(verschil.added.length - verschil.gone.length);
    expect(d.anomalies).toEqual([
      expect.objectContaining({
        code: "totaal-veranderd",
        params: {
          kwartaal: "Q1 2020",
          vorigKwartaal: "Q4 2019",
          vorig: 3,
          nu: 4,
          erbij: 3,
          weg: 2,
        },
      }),
    ]);
  });

  test("an address with an unknown phase is gone from the count, and the finding says why", () => {
    const d = dashboard([opname("Q4 2019", [["1", "Opname"]]), opname("Q1 2020", [["1", "??"]])]);
    expect(d.totaalVerschil[0]).toMatchObject({ added: [], gone: ["1"] });
    expect(meldingen(d)).toEqual(["fase-onbekend Q1 2020!D2", "totaal-veranderd Q1 2020!A1"]);
  });

  test("a missing quarter between two sheets is reported", () => {
    const d = dashboard([
      opname("Q3 2019", [["1", "Opname"]]),
      opname("Q1 2020", [["1", "Opname"]]),
    ]);
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q3 2019", "Q1 2020"]);
    expect(d.anomalies).toEqual([
      expect.objectContaining({
        code: "kwartaal-ontbreekt",
        params: { kwartaal: "Q4 2019", vorig: "Q3 2019", volgend: "Q1 2020" },
      }),
    ]);
  });
});

describe("snapshot sheets: which quarter", () => {
  test("the running quarter's sheet is counted apart, as lopend up to the peildatum", () => {
    const d = dashboard(
      [opname("Q1 2020", [["1", "Opname"]]), opname("Q2 2020", [["1", "Beoordeling"]])],
      { peildatum: "2020-05-12" }
    );
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q1 2020"]);
    expect(d.lopend).toMatchObject({ label: "Q2 2020", end: "2020-05-12", lopend: true, total: 1 });
    expect(meldingen(d)).toEqual(["kwartaal-lopend Q2 2020!A1"]);
  });

  test("on the quarter's last day the quarter has ended", () => {
    const d = dashboard([opname("Q2 2020", [["1", "Opname"]])], { peildatum: "2020-06-30" });
    expect(d.kwartalen.map((k) => [k.label, k.end, k.lopend])).toEqual([
      ["Q2 2020", "2020-06-30", false],
    ]);
    expect(d.lopend).toBeUndefined();
  });

  test("a sheet of a later quarter, a second sheet of a quarter and a sheet without quarter are left out", () => {
    const d = dashboard(
      [
        opname("Q1 2020", [["1", "Opname"]]),
        opname("31-3-2020", [["1", "Voltooid"]]),
        opname("Q3 2020", [["1", "Voltooid"]]),
        opname("Blad1", [["1", "Voltooid"]]),
      ],
      { peildatum: "2020-05-12" }
    );
    expect(d.kwartalen.map((k) => [k.label, k.counts.Opname])).toEqual([["Q1 2020", 1]]);
    expect(d.anomalies.map((a) => [a.code, a.sheet])).toEqual([
      ["kwartaal-dubbel", "31-3-2020"],
      ["kwartaal-na-peildatum", "Q3 2020"],
      ["kwartaal-onbekend", "Blad1"],
    ]);
  });

  test("the override names the quarter of a sheet whose name does not", () => {
    const d = dashboard([opname("Stand maart", [["1", "Opname"]])], {
      kwartaalOverride: { "Stand maart": { jaar: 2020, kwartaal: 1 } },
    });
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q1 2020"]);
  });
});

test("FASEN are the columns of every row", () => {
  const d = dashboard([opname("Q1 2020", [["1", "Opname"]])]);
  expect(Object.keys(d.kwartalen[0].counts)).toEqual([...FASEN]);
});
