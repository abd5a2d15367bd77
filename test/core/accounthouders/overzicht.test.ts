import { mailTekst } from "../../../src/core/accounthouders/mailtekst";
import { overzichtPerAccounthouder } from "../../../src/core/accounthouders/overzicht";
import { valideerActielijst } from "../../../src/core/actielijst/validate";
import type { Register } from "../../../src/core/accounthouders/register";
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
