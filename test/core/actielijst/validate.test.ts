import { valideerActielijst } from "../../../src/core/actielijst/validate";
import type { Finding } from "../../../src/core/findings";
import { bericht } from "../../../src/core/messages";
import { grid, kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const valideer = (values: Parameters<typeof grid>[0], merges: string[] = []) =>
  valideerActielijst(grid(values, merges), { peildatum: PEIL, binnenkortDagen: 14 })!;
const codes = (values: Parameters<typeof grid>[0], merges: string[] = []) =>
  valideer(values, merges).findings.map((f) => `${f.code}@${f.cell}`);

describe("reading rows", () => {
  test("merged cells give every row their value, in every column", () => {
    const r = valideer(
      [
        kop(),
        rij("a. een", "Nicoline", "In uitvoering", "31 maart 2021", {
          doel: "#02",
          onderwerp: "I.",
        }),
        rij("b. twee", "Nicoline", "", ""),
        rij("c. drie", "Anja", "", ""),
      ],
      ["A2:A4", "B2:B4", "E2:E4", "G2:G4"]
    );
    expect(r.acties.map((a) => [a.row, a.doel, a.status, a.deadline.due, a.cellen.status])).toEqual(
      [
        [2, "#02", "In uitvoering", "2021-03-31", "E2"],
        [3, "#02", "In uitvoering", "2021-03-31", "E2"],
        [4, "#02", "In uitvoering", "2021-03-31", "E2"],
      ]
    );
  });

  test("doel and onderwerp carry down into empty cells below; an empty status does not", () => {
    const r = valideer([
      kop(),
      rij("a. een", "Anja", "Gereed", "", { doel: "#05", onderwerp: "I. Planning" }),
      rij("b. twee", "Anja", "", "1 mei 2021"),
    ]);
    expect(r.acties[1]).toMatchObject({
      doel: "#05",
      onderwerp: "I. Planning",
      status: null,
      statusTekst: "",
    });
    expect(codes([kop(), rij("b. twee", "Anja", "", "1 mei 2021")])).toContain(
      "status-ontbreekt@E2"
    );
  });

  test("empty rows and the repeated header are no acties; carrying down stops at a new header", () => {
    const r = valideer([
      kop(),
      rij("a. een", "Anja", "Gereed", "", { doel: "#01" }),
      [],
      kop({ 4: "Uitvoeringssstatus" }),
      rij("b. twee", "Henk", "Gereed", ""),
    ]);
    expect(r.kopRijen).toEqual([1, 4]);
    expect(r.acties.map((a) => [a.row, a.doel])).toEqual([
      [2, "#01"],
      [5, ""],
    ]);
  });

  test("columns in a different order and without optional columns", () => {
    const r = valideer([
      ["Deadline", "Status", "Openstaande acties"],
      ["1 maart 2021", "In uitvoering", "a. iets"],
    ]);
    expect(r.acties[0]).toMatchObject({
      actie: "a. iets",
      status: "In uitvoering",
      verkeerslicht: "due-soon",
    });
    expect(r.findings.map((f) => f.code)).toContain("kolom-ontbreekt");
  });

  test("a title row with only a doel is no actie but does carry down", () => {
    const r = valideer([kop(), ["#07 Typologie"], rij("a. een", "Anja", "Gereed", "")]);
    expect(r.acties.map((a) => [a.row, a.doel])).toEqual([[3, "#07 Typologie"]]);
  });

  test("a header with nothing under it: the list is empty, said once at the header", () => {
    expect(codes([["Overleg DUO"], kop(), [""]])).toEqual(["lijst-leeg@A2"]);
    expect(codes([kop(), rij("a. een", "Anja", "Gereed", "")])).not.toContain("lijst-leeg@A1");
  });

  test("no header: null", () => {
    expect(
      valideerActielijst(grid([["Adres-ID", "Fase"]]), { peildatum: PEIL, binnenkortDagen: 14 })
    ).toBeNull();
  });
});

describe("checks", () => {
  test.each([
    [
      "status onbekend",
      rij("a", "Anja", "Misschien", "1 mei 2021"),
      "status-onbekend@E2",
      undefined,
    ],
    ["synoniem met herstel", rij("a", "Anja", "Afgerond", ""), "status-synoniem@E2", "Gereed"],
    [
      "bijna goed met herstel",
      rij("a", "Anja", "In uitvoring", "1 mei 2021"),
      "status-bijna@E2",
      "In uitvoering",
    ],
    [
      "verzonden bij open status",
      rij("a", "Anja", "In uitvoering", "22 februari 2021 verzonden"),
      "deadline-verzonden-open@E2",
      "Verstuurd",
    ],
    [
      "deadline onleesbaar",
      rij("a", "Anja", "In uitvoering", "binnenkort"),
      "deadline-onleesbaar@G2",
      undefined,
    ],
    [
      "open zonder concrete deadline",
      rij("a", "Anja", "In uitvoering", "Zo spoedig mogelijk"),
      "deadline-niet-concreet@G2",
      undefined,
    ],
    [
      "vanaf is geen deadline",
      rij("a", "Anja", "In voorbereiding", "Vanaf Q2 2021"),
      "deadline-niet-concreet@G2",
      undefined,
    ],
    [
      "accounthouder ontbreekt",
      rij("a", "", "In uitvoering", "1 mei 2021"),
      "accounthouder-ontbreekt@D2",
      undefined,
    ],
    [
      "accounthouder N.t.b.",
      rij("a", "N.t.b.", "In uitvoering", "1 mei 2021"),
      "accounthouder-ntb@D2",
      undefined,
    ],
    [
      "verlopen",
      rij("a", "Anja", "In uitvoering", "1 februari 2021"),
      "actie-verlopen@G2",
      undefined,
    ],
    ["onzeker", rij("a", "Anja", "In uitvoering", "26 maart?"), "deadline-onzeker@G2", undefined],
    [
      "Excel-fout als status",
      rij("a", "Anja", "#REF!", "1 mei 2021"),
      "cel-foutwaarde@E2",
      undefined,
    ],
    [
      "Excel-fout als deadline",
      rij("a", "Anja", "In uitvoering", "#N/A"),
      "cel-foutwaarde@G2",
      undefined,
    ],
    [
      "actie lijkt onderwerp",
      rij("II. Lokale uitvoer", "N.v.t.", "In voorbereiding", "30 juni 2021"),
      "actie-lijkt-onderwerp@C2",
      undefined,
    ],
  ])("%s", (_naam, actieRij, verwacht, herstel) => {
    const r = valideer([kop(), actieRij]);
    const f = r.findings.find((x) => `${x.code}@${x.cell}` === verwacht);
    expect(f).toBeDefined();
    expect(f!.fix?.to).toBe(herstel);
  });

  test("completed acties need no deadline and no accounthouder", () => {
    expect(codes([kop(), rij("a", "", "Gereed", "")])).toEqual([]);
  });

  test("a merged wrong status gives one finding, not one per row", () => {
    const r = valideer(
      [kop(), rij("a", "Anja", "Afgerond", ""), rij("b", "Anja", "", ""), rij("c", "Anja", "", "")],
      ["E2:E4"]
    );
    expect(r.findings.filter((f) => f.code === "status-synoniem")).toHaveLength(1);
  });

  test("a row shifted one column to the left stands out; ordinary rows do not", () => {
    const goed = rij("a. plan", "Nicoline", "In uitvoering", "1 mei 2021", {
      opdracht: "13 januari vastgesteld",
    });
    const geschoven = [
      "",
      "",
      "Nicoline",
      "In uitvoering",
      "13 januari vastgesteld",
      "1 mei 2021",
      "",
      "",
    ];
    const r = valideer([kop(), goed, geschoven]);
    expect(r.findings.filter((f) => f.code === "rij-verschoven").map((f) => f.params)).toEqual([
      {
        row: 3,
        richting: "links",
        status: "In uitvoering",
        accounthouder: "Nicoline",
        deadline: "1 mei 2021",
        terug: 5,
      },
    ]);
  });

  test("every row is checked, also after a wrong row", () => {
    const r = valideer([
      kop(),
      rij("a", "Anja", "???", "xyz"),
      rij("b", "", "", ""),
      rij("c", "Anja", "Gereed", ""),
    ]);
    expect(new Set(r.findings.map((f: Finding) => f.params.row))).toEqual(new Set([2, 3]));
  });
});

describe("formulas", () => {
  test("a status from a formula gets no fix: a value would erase the formula", () => {
    const values = [
      kop(),
      rij("a. een", "Anja", "loopt", "1 mei 2021"),
      rij("b. twee", "Anja", "loopt", "1 mei 2021"),
    ];
    const formules = [{ top: 1, left: 3, bottom: 1, right: 4 }];
    const r = valideerActielijst(grid(values), {
      peildatum: PEIL,
      binnenkortDagen: 14,
      formules,
    })!;
    const synoniemen = r.findings.filter((f) => f.code === "status-synoniem");
    expect(synoniemen.map((f) => [f.cell, "fix" in f])).toEqual([
      ["E2", false],
      ["E3", true],
    ]);
    expect(r.formuleCellen).toEqual(["E2", "D2"]);
  });
});

describe("formulas without a computed value", () => {
  test("one finding for the sheet, at the first cell, with the count", () => {
    const r = valideerActielijst(grid([kop(), rij("a. een", "Anja", "", "1 maart 2021")]), {
      peildatum: PEIL,
      binnenkortDagen: 14,
      nietBerekend: [
        { top: 1, left: 4, bottom: 1, right: 4 },
        { top: 3, left: 4, bottom: 3, right: 4 },
      ],
    })!;
    const f = r.findings.filter((x) => x.code === "formule-niet-berekend");
    expect(f.map((x) => [x.cell, x.severity, x.params])).toEqual([
      ["E2", "warning", { aantal: 2, cellen: "E2, E4" }],
    ]);
    expect(bericht(f[0])).toBe(
      "Formules zonder berekende waarde in 2 cellen (E2, E4); open en bewaar het bestand in Excel. Regie leest deze cellen als leeg."
    );
  });
});
