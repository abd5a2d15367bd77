import {
  laatsteBatch,
  readLog,
  logBreedtes,
  logIndeling,
  logRows,
} from "../../src/core/wijzigingslog";

const edit = { sheet: "Acties", cell: "B2", from: "nicoline ", to: "Nicoline van der Linden" };

describe("Wijzigingslog: Dutch columns, real dates", () => {
  test("a line: time as a date, action, sheet, cell, old, new, undone", () =>
    expect(logRows([edit], "Normaliseer", "2021-02-24 12:00:00")).toEqual([
      [44251.5, "Normaliseer", "Acties", "B2", "nicoline ", "Nicoline van der Linden", ""],
    ]));

  test("read back: the time as the user reads it, the lines of one moment together", () => {
    const kop = ["Tijdstip", "Handeling", "Blad", "Cel", "Oud", "Nieuw", "Ongedaan gemaakt op"];
    const { regels, indeling } = readLog([
      kop,
      [44251.5, "Normaliseer", "Acties", "B2", "a", "b", ""],
      [44251.5, "Normaliseer", "Acties", "B3", "c", "d", ""],
      [44250, "Herstel", "Acties", "C2", "e", "f", 44250.25],
    ]);
    expect(indeling).toBe("nieuw");
    expect(regels[0]).toMatchObject({
      tijdstip: "24-02-2021 12:00:00",
      batch: "24-02-2021 12:00:00",
      ongedaanCel: "G2",
    });
    expect(regels[2].ongedaan).toBe("23-02-2021 06:00:00");
    expect(laatsteBatch(regels)!.regels.map((r) => r.cell)).toEqual(["B2", "B3"]);
  });

  test("a log of an earlier Regie recognised by its Batch column", () => {
    expect(logIndeling(["Tijdstip", "Batch"])).toBe("oud");
    expect(logIndeling(["Tijdstip", "Handeling"])).toBe("nieuw");
    expect(logIndeling(undefined)).toBe("nieuw");
    const { regels } = readLog([
      ["Tijdstip", "Batch", "Actie", "Blad", "Cel", "Oud", "Nieuw", "Ongedaan"],
      ["2021-01-05 09:00:00", "2021-01-05 09:00:00", "Herstel", "Acties", "C3", "x", "y", ""],
    ]);
    expect(regels[0]).toMatchObject({ actie: "Herstel", cell: "C3", ongedaanCel: "H2" });
  });

  test("column widths: times fit dd-mm-jjjj uu:mm, Ongedaan gemaakt op fits its heading, the rest fits the content", () => {
    const [tijdstip, handeling, , cel, , nieuw, ongedaan] = logBreedtes(
      logRows([edit], "Normaliseer accounthouders", "2021-02-24 12:00:00")
    );
    expect(tijdstip).toBe(16 * 6 + 18);
    expect(handeling).toBe(26 * 6 + 18);
    expect(cel).toBe(48);
    expect(nieuw).toBe(23 * 6 + 18);
    expect(ongedaan).toBe(19 * 6 + 18);
  });
});
