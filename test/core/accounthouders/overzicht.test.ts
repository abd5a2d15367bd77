import { nietHerkend } from "../../../src/core/accounthouders/berichten";
import { mailTekst } from "../../../src/core/accounthouders/mailtekst";
import { overzichtPerAccounthouder } from "../../../src/core/accounthouders/overzicht";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import type { Register } from "../../../src/core/accounthouders/register";
import { T } from "../../../src/taskpane/texts";
import { grid, kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";
const REGISTER: Register = {
  sheet: "Accounthouders",
  personen: [
    {
      naam: "Roelien Kamminga",
      aliassen: ["Roelien"],
      organisatie: "BZK",
      vertrokkenPer: "2021-01-13",
      opvolger: "Nicoline van der Linden",
      row: 2,
    },
    {
      naam: "Nicoline van der Linden",
      aliassen: ["Nicoline"],
      organisatie: "BZK",
      vertrokkenPer: null,
      opvolger: null,
      row: 3,
    },
    {
      naam: "Anja Woortman",
      aliassen: ["Anja"],
      organisatie: "",
      vertrokkenPer: null,
      opvolger: null,
      row: 4,
    },
  ],
  findings: [],
};

function rapport(rows: ReturnType<typeof rij>[], peildatum = PEIL) {
  return valideerActielijst(grid([kop(), ...rows]), {
    peildatum,
    binnenkortDagen: 14,
    register: REGISTER,
  })!;
}

describe("departed accounthouders", () => {
  test("an open actie of someone who left before the peildatum gives a warning with the successor", () => {
    const r = rapport([
      rij("a", "Roelien", "In uitvoering", "1 mei 2021"),
      rij("b", "Roelien", "Gereed", ""),
      rij("c", "Nicoline", "In uitvoering", "1 mei 2021"),
    ]);
    const f = r.findings.filter((x) => x.code === "accounthouder-vertrokken");
    expect(f.map((x) => [x.cell, x.params])).toEqual([
      [
        "D2",
        {
          row: 2,
          naam: "Roelien Kamminga",
          datum: "2021-01-13",
          opvolger: "Nicoline van der Linden",
        },
      ],
    ]);
    // not replaced silently
    expect(r.acties[0].eigenaren).toEqual(["Roelien Kamminga"]);
  });

  test("leaving after the peildatum does not count yet", () => {
    const r = rapport([rij("a", "Roelien", "In uitvoering", "1 mei 2021")], "2021-01-10");
    expect(r.findings.some((x) => x.code === "accounthouder-vertrokken")).toBe(false);
  });
});

describe("overview per accounthouder", () => {
  const namen = (regels: { naam: string }[]) => regels.map((r) => r.naam);

  test("people, then Nog niet toegewezen and Gelakt (Woo) as groups of their own; joint owners count for each; gereed does not count", () => {
    const r = rapport([
      rij("a", "Nicoline", "In uitvoering", "1 februari 2021"),
      rij("b", "Nicoline / Anja", "In uitvoering", "1 maart 2021"),
      rij("c", "Anja", "Gereed", "1 januari 2021"),
      rij("d", "0/26", "In uitvoering", "1 mei 2021"),
      rij("e", "", "In uitvoering", "1 mei 2021"),
      rij("f", "N.v.t.", "In uitvoering", "1 mei 2021"),
      rij("g", "ntb", "In uitvoering", "1 mei 2021"),
      rij("h", "-", "In uitvoering", "1 mei 2021"),
      rij("i", "Anja / N.t.b.", "In uitvoering", "1 mei 2021"),
    ]);
    const o = overzichtPerAccounthouder(r);
    expect(o.peildatum).toBe(PEIL);
    expect(
      o.personen.map((p) => [p.naam, p.soort, p.open.length, p.verlopen, p.binnenkort])
    ).toEqual([
      ["Nicoline van der Linden", "persoon", 2, 1, 1],
      ["Anja Woortman", "persoon", 2, 0, 1],
    ]);
    expect(o.nietToegewezen.map((p) => [p.naam, p.soort, p.open.length])).toEqual([
      ["N.t.b.", "plaatshouder", 2],
      ["Zonder accounthouder", "geen", 2],
      ["N.v.t.", "plaatshouder", 1],
    ]);
    expect(o.gelakt.map((p) => [p.naam, p.soort, p.open.length])).toEqual([
      ["(10)(2e)", "gelakt", 1],
    ]);
    // never among the people
    expect(namen(o.personen)).not.toEqual(expect.arrayContaining(["N.v.t."]));
  });

  test.each<[string, string, string, number | null]>([
    ["1 februari 2021", "overdue", "2021-02-01", -23],
    ["24 februari 2021", "due-soon", "2021-02-24", 0],
    ["1 maart 2021", "due-soon", "2021-03-01", 5],
    ["31 maart 2021", "on-track", "2021-03-31", 35],
    ["Zo spoedig mogelijk", "no-deadline", "", null],
  ])(
    "deadline %s: traffic light %s, due %s, %s days relative to the peildatum",
    (tekst, licht, due, dagen) => {
      const r = rapport([rij("a", "Anja", "In uitvoering", tekst)]);
      const [open] = overzichtPerAccounthouder(r).personen[0].open;
      expect([open.licht, open.actie.deadline.due ?? "", open.dagen]).toEqual([licht, due, dagen]);
      // the validation's own light, not a second computation
      expect(open.licht).toBe(r.acties[0].verkeerslicht);
    }
  );

  test("per person first overdue (longest overdue first), then due soon, on schedule, without deadline", () => {
    const r = rapport([
      rij("zonder", "Anja", "In uitvoering", "doorlopend"),
      rij("later", "Anja", "In uitvoering", "30 juni 2021"),
      rij("kort verlopen", "Anja", "In uitvoering", "20 februari 2021"),
      rij("binnenkort", "Anja", "In uitvoering", "1 maart 2021"),
      rij("lang verlopen", "Anja", "In uitvoering", "1 januari 2021"),
      rij("eerder", "Anja", "In uitvoering", "31 maart 2021"),
    ]);
    expect(overzichtPerAccounthouder(r).personen[0].open.map((o) => o.actie.actie)).toEqual([
      "lang verlopen",
      "kort verlopen",
      "binnenkort",
      "eerder",
      "later",
      "zonder",
    ]);
  });
});

describe("overview: forms the registry does not resolve to one person are no person", () => {
  const AREND = {
    naam: "Arend Woortman",
    aliassen: [],
    organisatie: "",
    vertrokkenPer: null,
    opvolger: null,
    row: 5,
  };
  const MET_AREND: Register = { ...REGISTER, personen: [...REGISTER.personen, AREND] };
  const rijen = [
    rij("a", "Anja", "In uitvoering", "1 februari 2021"),
    rij("b", "A. Woortman", "In uitvoering", "1 februari 2021"),
    rij("c", "Nicoline / A. Woortman", "In uitvoering", "1 mei 2021"),
    rij("d", "Jan", "In uitvoering", "1 maart 2021"),
    rij("e", "N.t.b.", "In uitvoering", "1 mei 2021"),
  ];
  const namen = (regels: { naam: string }[]) => regels.map((r) => r.naam);
  const tabel = (
    regels: { naam: string; soort: string; kandidaten?: string[]; open: unknown[] }[]
  ) => regels.map((r) => [r.naam, r.soort, r.kandidaten ?? null, r.open.length]);

  test("an ambiguous form and an unknown name go to Niet herkend, with the candidates; the people's counts are their own", () => {
    const r = valideerActielijst(grid([kop(), ...rijen]), {
      peildatum: PEIL,
      binnenkortDagen: 14,
      register: MET_AREND,
    })!;
    const o = overzichtPerAccounthouder(r, MET_AREND);
    expect(tabel(o.personen)).toEqual([
      ["Anja Woortman", "persoon", null, 1],
      ["Nicoline van der Linden", "persoon", null, 1],
    ]);
    expect(tabel(o.nietHerkend)).toEqual([
      ["A. Woortman", "dubbelzinnig", ["Anja Woortman", "Arend Woortman"], 2],
      ["Jan", "onbekend", null, 1],
    ]);
    expect(tabel(o.nietToegewezen)).toEqual([["N.t.b.", "plaatshouder", null, 1]]);
    // Anja's one action is hers alone: "A. Woortman" is not added to her (nor to Arend)
    expect(o.personen.find((p) => p.naam === "Anja Woortman")!.verlopen).toBe(1);
    expect(namen(o.personen)).not.toContain("Arend Woortman");
  });

  test("the candidates are the ones the validation reports for that cell: one matching, not two", () => {
    const r = valideerActielijst(grid([kop(), ...rijen]), {
      peildatum: PEIL,
      binnenkortDagen: 14,
      register: MET_AREND,
    })!;
    const gevonden = r.findings.find((f) => f.code === "accounthouder-dubbelzinnig")!;
    const woortman = overzichtPerAccounthouder(r, MET_AREND).nietHerkend[0];
    expect(woortman.kandidaten!.join("; ")).toBe(gevonden.params.kandidaten);
  });

  test.each<[string, Register | null]>([
    ["without a registry", null],
    ["with an empty registry", { ...REGISTER, personen: [] }],
  ])("%s every name stands as written, as a person", (_, register) => {
    const r = valideerActielijst(grid([kop(), ...rijen]), {
      peildatum: PEIL,
      binnenkortDagen: 14,
      register,
    })!;
    const o = overzichtPerAccounthouder(r, register);
    expect(o.nietHerkend).toEqual([]);
    expect(namen(o.personen).sort()).toEqual(["A. Woortman", "Anja", "Jan", "Nicoline"]);
  });
});

describe("why a name is not recognised, in the words every view uses", () => {
  test.each<[string, string[], string, RegExp]>([
    [
      "A. Woortman",
      ["Anja Woortman", "Arend Woortman"],
      "'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet.",
      /^Schrijf de naam voluit, of geef deze schrijfwijze .* als alias aan één persoon\.$/,
    ],
    [
      "Jan",
      [],
      "'Jan' staat niet in het register, ook niet als alias.",
      /^Zet de persoon op het blad Accounthouders, of deze schrijfwijze als alias/,
    ],
  ])("%s", (tekst, kandidaten, reden, advies) => {
    const n = nietHerkend(tekst, kandidaten);
    expect(n.reden).toBe(reden);
    expect(n.advies).toMatch(advies);
  });

  test("validation's findings view says an ambiguous owner in the same words", () => {
    const namen = ["Anja Woortman", "Arend Woortman"];
    expect(T.bevinding.kandidaten("A. Woortman", namen)).toBe(
      nietHerkend("A. Woortman", namen).reden
    );
    expect(T.bevinding.kandidatenAdvies).toBe(nietHerkend("A. Woortman", namen).advies);
  });
});

describe("Kopieer als e-mailtekst", () => {
  test("heading with name and peildatum dd-mm-jjjj, overdue first, deadlines dd-mm-jjjj, the words added when they say more", () => {
    const r = rapport([
      rij("Notitie\nopstellen", "Anja", "In uitvoering", "eind maart 2021"),
      rij("Uitwerken integrale aanpak", "Anja", "In uitvoering", "1 februari 2021"),
      rij("Overleg plannen", "Anja", "In uitvoering", "Zo spoedig mogelijk"),
      rij("Brief sturen", "Anja", "In uitvoering", "1 maart 2021"),
      rij("", "Anja", "In uitvoering", "5 maart 2021?"),
      rij("Klaar", "Anja", "Gereed", "1 januari 2021"),
    ]);
    const anja = overzichtPerAccounthouder(r).personen[0];
    expect(mailTekst(anja, r.peildatum).split("\n")).toEqual([
      "Openstaande acties voor Anja Woortman (peildatum 24-02-2021):",
      "",
      "- [verlopen, 23 dagen] Uitwerken integrale aanpak (deadline 01-02-2021)",
      "- [binnenkort, nog 5 dagen] Brief sturen (deadline 01-03-2021)",
      '- [binnenkort, nog 9 dagen] (rij 6, zonder omschrijving) (deadline 05-03-2021, "5 maart 2021?")',
      '- [op schema, nog 35 dagen] Notitie opstellen (deadline 31-03-2021, "eind maart 2021")',
      '- [geen concrete deadline] Overleg plannen (deadline "Zo spoedig mogelijk")',
      "",
      "5 open acties, waarvan 1 verlopen en 2 binnenkort.",
    ]);
  });

  test.each<[string, string]>([
    ["23 februari 2021", "[verlopen, 1 dag]"],
    ["24 februari 2021", "[binnenkort, vandaag]"],
    ["25 februari 2021", "[binnenkort, nog 1 dag]"],
  ])("%s: %s", (deadline, licht) => {
    const r = rapport([rij("a", "Anja", "In uitvoering", deadline)]);
    expect(mailTekst(overzichtPerAccounthouder(r).personen[0], r.peildatum)).toContain(
      `- ${licht} a (`
    );
  });

  test("without open acties the text says so", () => {
    expect(
      mailTekst(
        { naam: "Anja Woortman", soort: "persoon", open: [], verlopen: 0, binnenkort: 0 },
        PEIL
      )
    ).toBe(
      "Openstaande acties voor Anja Woortman (peildatum 24-02-2021):\n\nGeen openstaande acties.\n\n0 open acties, waarvan 0 verlopen en 0 binnenkort."
    );
  });
});
