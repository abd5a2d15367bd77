import { recogniseColumn } from "../../../src/core/actielijst/columns";
import {
  heeftActieKop,
  recogniseHeaderRow,
  vindKopBlokken,
} from "../../../src/core/actielijst/header";
import { kop } from "../../support/grid";

describe("herkenKolom: header texts to meaning", () => {
  test.each([
    ["Randvoorwaarde realisatie doelen", "doel"],
    ["Onderwerpen", "onderwerp"],
    ["Openstaande acties", "actie"],
    ["Account-houder DUO", "accounthouder"],
    ["accounthouder", "accounthouder"],
    ["Uitvoeringsstatus", "status"],
    ["Uitvoeringssstatus", "status"],
    ["  STATUS ", "status"],
    ["Opdracht DUO", "opdracht"],
    ["Opracht DUO", "opdracht"],
    ["Deadline: vertraging vertraging verwacht op schema", "deadline"],
    ["Deadlines verdragging verwacht op schema", "deadline"],
    ["Opmerking", "opmerking"],
    ["Opmerkingen", "opmerking"],
  ])("%s -> %s", (tekst, kolom) => {
    expect(recogniseColumn(tekst)).toBe(kolom);
  });

  test.each([
    [""],
    ["Nicoline"],
    ["31 maart 2021"],
    ["In uitvoering"],
    ["x".repeat(200) + " status"],
  ])("%s is not a header", (tekst) => {
    expect(recogniseColumn(tekst)).toBeNull();
  });
});

describe("finding header rows", () => {
  test("a repeated header with typos and a different order gets its own layout", () => {
    const tweede = [
      "Opmerking",
      "Deadlines verdragging verwacht op schema",
      "Opracht DUO",
      "Uitvoeringssstatus",
      "Account-houder DUO",
      "Openstaande acties",
    ];
    const blokken = vindKopBlokken([
      kop(),
      ["", "", "a. iets", "Anja", "In uitvoering", "", "1 mei 2021", ""],
      [],
      tweede,
    ]);
    expect(blokken.map((b) => b.row)).toEqual([0, 3]);
    expect(blokken[0].kolommen).toMatchObject({ actie: 2, status: 4, deadline: 6 });
    expect(blokken[1].kolommen).toEqual({
      opmerking: 0,
      deadline: 1,
      opdracht: 2,
      status: 3,
      accounthouder: 4,
      actie: 5,
    });
  });

  test("a header without optional columns counts", () => {
    expect(recogniseHeaderRow(["Openstaande acties", "Status", "Deadline"])).toEqual({
      actie: 0,
      status: 1,
      deadline: 2,
    });
  });

  test.each([
    ["zonder actiekolom", ["Onderwerpen", "Status", "Deadline", "Opmerking"]],
    ["te weinig kolommen", ["Openstaande acties", "Status"]],
    ["gewone gegevens", ["a. NCG zet format uit", "Nicoline", "In uitvoering", "26 maart?"]],
    [
      "een datarij met doel, onderwerp en actie",
      ["#01 Doel", "I. Onderwerp", "a. Actie 0", "Anja", "Gereed", "", "1 mei"],
    ],
  ])("%s is not a header", (_naam, rij) => {
    expect(recogniseHeaderRow(rij)).toBeNull();
  });

  test("heeftActieKop looks at the first rows", () => {
    expect(heeftActieKop([["Titel"], [], kop()])).toBe(true);
    expect(heeftActieKop([["Adres-ID", "Fase"]])).toBe(false);
  });
});
