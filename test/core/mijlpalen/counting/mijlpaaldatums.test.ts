import { faseOp, maakStappen } from "../../../../src/core/mijlpalen/input/tijdlijn";
import { voldoetAanNorm } from "../../../../src/core/mijlpalen/fasen/resultaat-beoordeling";
import { blad, dashboard, datumBlad, datumRij, meldingen, rijTelling } from "../helpers";

/** Phase at each quarter end of the table, for one address. */
function fasenVan(rij: ReturnType<typeof datumRij>, peildatum = "2020-12-31"): string[] {
  const d = dashboard([datumBlad([rij])], { peildatum, vanaf: { jaar: 2019, kwartaal: 4 } });
  return d.kwartalen.map((k) => Object.entries(k.counts).find(([, n]) => n === 1)![0]);
}

describe("milestone dates: the phase at a quarter end", () => {
  test.each([
    [
      "no dates: not started",
      [],
      [
        "Nog niet gestart",
        "Nog niet gestart",
        "Nog niet gestart",
        "Nog niet gestart",
        "Nog niet gestart",
      ],
    ],
    [
      "opname on the quarter's last day counts in that quarter",
      ["2019-12-31"],
      ["Opname", "Opname", "Opname", "Opname", "Opname"],
    ],
    [
      "opname the day after counts in the next",
      ["2020-01-01"],
      ["Nog niet gestart", "Opname", "Opname", "Opname", "Opname"],
    ],
    [
      "each milestone in its quarter",
      ["2019-11-01", "2020-02-01", "2020-05-01", "2020-08-01", "2020-11-01"],
      ["Opname", "Beoordeling", "Planvorming", "Uitvoering", "Voltooid"],
    ],
    [
      "two milestones in one quarter: the furthest",
      ["2019-11-01", "2019-12-01"],
      ["Beoordeling", "Beoordeling", "Beoordeling", "Beoordeling", "Beoordeling"],
    ],
    [
      "a skipped milestone is no problem",
      ["2019-11-01", "", "", "2020-02-01"],
      ["Opname", "Uitvoering", "Uitvoering", "Uitvoering", "Uitvoering"],
    ],
  ])("%s", (_naam, datums, verwacht) => {
    expect(fasenVan(datumRij("1", datums))).toEqual(verwacht);
  });

  test("dates out of order are reported and not reordered: the furthest milestone dated by then", () => {
    // Beoordeling dated before Opname: at the end of Q4 2019 only Beoordeling has happened.
    const rij = datumRij("7", ["2020-02-01", "2019-11-01"]);
    expect(fasenVan(rij)).toEqual([
      "Beoordeling",
      "Beoordeling",
      "Beoordeling",
      "Beoordeling",
      "Beoordeling",
    ]);
    const d = dashboard([datumBlad([rij])], { peildatum: "2020-12-31" });
    expect(meldingen(d)).toEqual(["datums-volgorde Adressen!D2"]);
    expect(d.anomalies[0].params).toEqual({
      adresId: "7",
      mijlpaal: "Beoordeling",
      datum: "2019-11-01",
      eerder: "Opname",
      eerderDatum: "2020-02-01",
    });
  });

  test("an unreadable date is reported with its cell; the other milestones still count", () => {
    const rij = datumRij("1", ["2019-11-01", "medio januari", "2020-02-01"]);
    expect(fasenVan(rij)).toEqual([
      "Opname",
      "Planvorming",
      "Planvorming",
      "Planvorming",
      "Planvorming",
    ]);
    const d = dashboard([datumBlad([rij])]);
    expect(meldingen(d)).toEqual(["datum-onleesbaar Adressen!D2"]);
    expect(d.anomalies[0].params).toEqual({
      adresId: "1",
      mijlpaal: "Beoordeling",
      tekst: "medio januari",
    });
  });

  test("Dutch date text reads as the serial does", () => {
    const d = dashboard([
      datumBlad([
        datumRij("1", ["31-12-2019"]),
        datumRij("2", ["31 december 2019"]),
        datumRij("3", ["2019-12-31"]),
        datumRij("4", ["1-1-2020"]),
      ]),
    ]);
    expect(d.kwartalen.find((k) => k.label === "Q4 2019")!.counts.Opname).toBe(3);
    expect(d.anomalies).toEqual([]);
  });

  test("a date before 2000 is a typing error: reported, not used", () => {
    const d = dashboard([datumBlad([datumRij("1", [3])])]);
    expect(meldingen(d)).toEqual(["datum-onwaarschijnlijk Adressen!C2"]);
    expect(d.kwartalen.every((k) => k.counts["Nog niet gestart"] === 1)).toBe(true);
  });

  test("a date after the peildatum is noted and counts nowhere yet", () => {
    const d = dashboard([datumBlad([datumRij("1", ["2019-11-01", "2020-06-01"])])]);
    expect(meldingen(d)).toEqual(["datum-na-peildatum Adressen!D2"]);
    expect(d.lopend!.counts.Opname).toBe(1);
  });

  test("voldoet aan norm: Voltooid at Datum voltooid when given", () => {
    const rij = datumRij("1", ["2019-10-01", "2019-11-01", "", "", "2020-02-01"], {
      resultaat: "voldoet aan norm",
    });
    expect(fasenVan(rij)).toEqual(["Beoordeling", "Voltooid", "Voltooid", "Voltooid", "Voltooid"]);
  });

  test("voldoet aan norm without Datum voltooid: Voltooid at Datum beoordeling", () => {
    const rij = datumRij("1", ["2019-10-01", "2020-02-01"], { resultaat: "Voldoet aan de norm" });
    expect(fasenVan(rij)).toEqual(["Opname", "Voltooid", "Voltooid", "Voltooid", "Voltooid"]);
  });

  test("voldoet aan norm without either date is reported and not Voltooid", () => {
    const rij = datumRij("1", ["2019-10-01"], { resultaat: "voldoet aan norm" });
    expect(fasenVan(rij)).toEqual(["Opname", "Opname", "Opname", "Opname", "Opname"]);
    const d = dashboard([datumBlad([rij])]);
    expect(meldingen(d)).toEqual(["resultaat-zonder-datum Adressen!H2"]);
  });

  test("versterken is an ordinary result", () => {
    const rij = datumRij("1", ["2019-10-01", "2020-02-01"], { resultaat: "versterken" });
    expect(fasenVan(rij)).toEqual([
      "Opname",
      "Beoordeling",
      "Beoordeling",
      "Beoordeling",
      "Beoordeling",
    ]);
  });

  test("an address listed twice counts once, also across two milestone sheets", () => {
    const d = dashboard([
      datumBlad([datumRij("1", ["2019-10-01"]), datumRij("1", ["2019-10-01", "2019-11-01"])]),
      datumBlad([datumRij(1, [])], "Adressen 2"),
    ]);
    expect(d.kwartalen.at(-1)!.total).toBe(1);
    expect(d.duplicates).toEqual([
      { sheet: "Adressen", cell: "A3", adresId: "1" },
      { sheet: "Adressen 2", cell: "A2", adresId: "1" },
    ]);
    expect(d.anomalies[1].params).toEqual({ adresId: "1", eersteCel: "Adressen!A2" });
  });

  test("a row without Adres-ID is reported; blank rows are not", () => {
    const d = dashboard([
      datumBlad([datumRij("1", ["2019-10-01"]), [], datumRij("", ["2019-10-01"])]),
    ]);
    expect(meldingen(d)).toEqual(["adresid-ontbreekt Adressen!A4"]);
  });

  test("two gemeenten: counts per gemeente", () => {
    const d = dashboard([
      datumBlad([
        datumRij("1", ["2019-10-01"], { gemeente: "Groningen" }),
        datumRij("2", [], { gemeente: "Loppersum" }),
        datumRij("3", ["2019-10-01", "2019-11-01"], { gemeente: "Loppersum" }),
      ]),
    ]);
    const q4 = d.kwartalen.find((k) => k.label === "Q4 2019")!;
    expect(q4.perGemeente!.map((g) => [g.gemeente, ...rijTelling(g)])).toEqual([
      ["Groningen", 0, 1, 0, 0, 0, 0, 1],
      ["Loppersum", 1, 0, 1, 0, 0, 0, 2],
    ]);
  });
});

describe("milestone dates: which quarters", () => {
  const rijen = [datumRij("1", ["2019-08-15", "2020-04-15"]), datumRij("2", [])];

  test("from the first quarter with a date to the last ended one; the running quarter apart", () => {
    const d = dashboard([datumBlad(rijen)], { peildatum: "2020-05-12" });
    expect(d.kwartalen.map((k) => [k.label, k.end, k.lopend])).toEqual([
      ["Q3 2019", "2019-09-30", false],
      ["Q4 2019", "2019-12-31", false],
      ["Q1 2020", "2020-03-31", false],
    ]);
    expect(d.lopend).toMatchObject({ label: "Q2 2020", end: "2020-05-12", lopend: true });
    expect(rijTelling(d.lopend!)).toEqual([1, 0, 1, 0, 0, 0, 2]);
  });

  test("a peildatum on a quarter end: that quarter is the last row, nothing runs", () => {
    const d = dashboard([datumBlad(rijen)], { peildatum: "2020-06-30" });
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q3 2019", "Q4 2019", "Q1 2020", "Q2 2020"]);
    expect(d.lopend).toBeUndefined();
  });

  test("vanaf sets the first quarter", () => {
    const d = dashboard([datumBlad(rijen)], { vanaf: { jaar: 2020, kwartaal: 1 } });
    expect(d.kwartalen.map((k) => k.label)).toEqual(["Q1 2020"]);
  });

  test("no dates at all: the last ended quarter, everyone not started", () => {
    const d = dashboard([datumBlad([datumRij("1", []), datumRij("2", [])])]);
    expect(d.kwartalen.map((k) => [k.label, ...rijTelling(k)])).toEqual([
      ["Q1 2020", 2, 0, 0, 0, 0, 0, 2],
    ]);
  });

  test("header not on row 1 and columns shuffled", () => {
    const kop = ["Datum voltooid", "Datum opname", "Adres-id", "Datum beoordeling"];
    const d = dashboard([blad("Export", [["Export 12-5-2020"], [], kop, ["", 43770, "1", 43800]])]);
    expect(d.kwartalen.find((k) => k.label === "Q4 2019")!.counts.Beoordeling).toBe(1);
  });
});

describe("timelines", () => {
  test("steps rise in date and phase; the phase on a day is the last step on or before it", () => {
    const stappen = maakStappen([
      { datum: "2020-02-01", fase: 1 },
      { datum: "2019-11-01", fase: 2 },
      { datum: "2020-03-01", fase: 3 },
      { datum: "2020-03-01", fase: 4 },
    ]);
    expect(stappen).toEqual([
      { datum: "2019-11-01", fase: 2 },
      { datum: "2020-03-01", fase: 4 },
    ]);
    expect(faseOp(stappen, "2019-10-31")).toBe("Nog niet gestart");
    expect(faseOp(stappen, "2019-11-01")).toBe("Beoordeling");
    expect(faseOp(stappen, "2020-02-15")).toBe("Beoordeling");
    expect(faseOp(stappen, "2020-03-01")).toBe("Uitvoering");
  });

  test.each([
    ["voldoet aan norm", true],
    ["Voldoet aan de norm", true],
    ["voldoet zonder maatregelen", true],
    ["geen maatregelen nodig", true],
    ["voldoet niet", false],
    ["versterken", false],
    ["", false],
  ])("voldoetAanNorm(%j) = %j", (tekst, verwacht) => {
    expect(voldoetAanNorm(tekst)).toBe(verwacht);
  });
});
