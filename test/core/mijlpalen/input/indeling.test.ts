import type { CellValue } from "../../../../src/core/grid";
import { recogniseIndeling } from "../../../../src/core/mijlpalen";
import { recogniseHeaderCell } from "../../../../src/core/mijlpalen/input/header-cell";
import { DATUM_KOP, OPNAME_KOP } from "../helpers";

describe("recogniseHeaderCell", () => {
  test.each([
    ["Adres-ID", "adresId"],
    ["Adres ID", "adresId"],
    ["AdresID", "adresId"],
    ["Adres-id", "adresId"],
    ["adres_id", "adresId"],
    ["Adrs-ID", "adresId"],
    ["BAG-ID", "adresId"],
    ["Fase", "fase"],
    ["Status fase", "fase"],
    ["Huidige fase", "fase"],
    ["Versterkingsfase", "fase"],
    ["Gemeente", "gemeente"],
    ["Gemeete", "gemeente"],
    ["Toelichting", "toelichting"],
    ["Resultaat beoordeling", "resultaat"],
    ["Uitkomst beoordeling", "resultaat"],
    ["Datum opname", "datum:Opname"],
    ["Opnamedatum", "datum:Opname"],
    ["datum  BEOORDELING", "datum:Beoordeling"],
    ["Datum planvorming", "datum:Planvorming"],
    ["Datum start uitvoering", "datum:Uitvoering"],
    ["Datum voltooid", "datum:Voltooid"],
    ["Datum gereed", "datum:Voltooid"],
    ["Datum oplevering", "datum:Voltooid"],
    ["Adres", null],
    ["Straat", null],
    ["Huisnummer", null],
    ["Postcode", null],
    ["Woonplaats", null],
    ["Peildatum", null],
    ["Datum", null],
    ["", null],
  ])("%j -> %j", (tekst, verwacht) => {
    const kop = recogniseHeaderCell(tekst);
    const soort = kop && (kop.soort === "datum" ? `datum:${kop.mijlpaal}` : kop.soort);
    expect(soort).toBe(verwacht);
  });
});

/** The sheet's first rows, as the pane reads them before anything is generated. */
const hoofd = (name: string, head: CellValue[][]) => ({ name, head });

describe("recogniseIndeling", () => {
  test("snapshot sheets by their header, quarters from their names", () => {
    const indeling = recogniseIndeling([
      hoofd("Q4 2019", [OPNAME_KOP, ["1", "Dorpsstraat", "Groningen", "Opname"]]),
      hoofd("2020 Q1", [OPNAME_KOP]),
      hoofd("Toelichting", [["Dit blad legt uit ..."]]),
    ]);
    expect(indeling.soort).toBe("momentopnamen");
    expect(
      indeling.momentopnamen.map((b) => [b.sheet, b.kopRij, b.kwartaal, b.kwartaalBron])
    ).toEqual([
      ["Q4 2019", 0, { jaar: 2019, kwartaal: 4 }, "bladnaam"],
      ["2020 Q1", 0, { jaar: 2020, kwartaal: 1 }, "bladnaam"],
    ]);
    expect(indeling.momentopnamen[0].kolommen).toEqual({
      adresId: 0,
      gemeente: 2,
      fase: 3,
      datums: {},
    });
    expect(indeling.overig).toEqual(["Toelichting"]);
  });

  test("shuffled columns, header on row 3 under a title, typos in the header", () => {
    const indeling = recogniseIndeling([
      hoofd("Stand eind maart", [
        ["Fasen per adres, stand 31 maart 2020"],
        [],
        ["Toelichting", "Status fase", "Postcode", "Gemeete", "Adres ID"],
        ["", "Opname", "9798 CT", "Groningen", "0014200078729054"],
      ]),
    ]);
    expect(indeling.soort).toBe("momentopnamen");
    const [blad] = indeling.momentopnamen;
    expect(blad.kopRij).toBe(2);
    expect(blad.kolommen).toEqual({ adresId: 4, fase: 1, gemeente: 3, toelichting: 0, datums: {} });
    expect(blad.kwartaal).toBeNull();
    expect(blad.kwartaalBron).toBeNull();
  });

  test("the override gives the quarter, and wins over the name", () => {
    const indeling = recogniseIndeling(
      [hoofd("Stand eind maart", [OPNAME_KOP]), hoofd("Q4 2019", [OPNAME_KOP])],
      { "Stand eind maart": { jaar: 2020, kwartaal: 1 }, "Q4 2019": { jaar: 2019, kwartaal: 3 } }
    );
    expect(indeling.momentopnamen.map((b) => [b.kwartaal, b.kwartaalBron])).toEqual([
      [{ jaar: 2020, kwartaal: 1 }, "opgegeven"],
      [{ jaar: 2019, kwartaal: 3 }, "opgegeven"],
    ]);
  });

  test("the override holds own entries with real quarters only", () => {
    const indeling = recogniseIndeling(
      [hoofd("toString", [OPNAME_KOP]), hoofd("Stand", [OPNAME_KOP])],
      {
        Stand: { jaar: 2020, kwartaal: 5 },
      }
    );
    expect(indeling.momentopnamen.map((b) => b.kwartaal)).toEqual([null, null]);
  });

  test("a milestone sheet: Adres-ID and at least two date columns, in any order", () => {
    const indeling = recogniseIndeling([
      hoofd("Adressen", [
        ["Export BAG 12-5-2020"],
        ["Datum voltooid", "Opnamedatum", "AdresID", "Resultaat beoordeling", "Datum beoordeling"],
      ]),
    ]);
    expect(indeling.soort).toBe("mijlpaaldatums");
    expect(indeling.mijlpaalBladen).toEqual([
      {
        sheet: "Adressen",
        kopRij: 1,
        kolommen: {
          adresId: 2,
          resultaat: 3,
          datums: { Voltooid: 0, Opname: 1, Beoordeling: 4 },
        },
      },
    ]);
  });

  test("the full milestone header as the fixture has it", () => {
    const indeling = recogniseIndeling([hoofd("Adressen", [DATUM_KOP])]);
    expect(indeling.mijlpaalBladen[0].kolommen.datums).toEqual({
      Opname: 2,
      Beoordeling: 3,
      Planvorming: 4,
      Uitvoering: 5,
      Voltooid: 6,
    });
  });

  test.each([
    ["no Adres-ID", [["Straat", "Fase"]]],
    ["Adres-ID only", [["Adres-ID", "Straat"]]],
    ["one date column only", [["Adres-ID", "Datum opname"]]],
    ["header below row 10", [...Array.from({ length: 10 }, () => ["x"]), OPNAME_KOP]],
    ["empty sheet", []],
  ])("not a layout: %s", (_naam, head) => {
    const indeling = recogniseIndeling([hoofd("Blad1", head as CellValue[][])]);
    expect(indeling.soort).toBe("geen");
    expect(indeling.overig).toEqual(["Blad1"]);
  });

  test("a sheet with Fase and dates is a snapshot when its name states a quarter", () => {
    const kop = ["Adres-ID", "Fase", "Datum opname", "Datum beoordeling"];
    const indeling = recogniseIndeling([hoofd("Q1 2020", [kop]), hoofd("Adressen", [kop])]);
    expect(indeling.soort).toBe("gemengd");
    expect(indeling.momentopnamen.map((b) => b.sheet)).toEqual(["Q1 2020"]);
    expect(indeling.mijlpaalBladen.map((b) => b.sheet)).toEqual(["Adressen"]);
    const opgegeven = recogniseIndeling([hoofd("Adressen", [kop])], {
      Adressen: { jaar: 2020, kwartaal: 1 },
    });
    expect(opgegeven.soort).toBe("momentopnamen");
  });

  test("the surest column wins: Fase over Status", () => {
    const indeling = recogniseIndeling([hoofd("Q1 2020", [["Status", "Adres-ID", "Fase"]])]);
    expect(indeling.momentopnamen[0].kolommen.fase).toBe(2);
    const alleenStatus = recogniseIndeling([hoofd("Q1 2020", [["Status", "Adres-ID"]])]);
    expect(alleenStatus.momentopnamen[0].kolommen.fase).toBe(0);
  });
});
