import { readFileSync } from "node:fs";
import type { Register } from "../../../src/core/accounthouders/register";
import { alineasUitTekst } from "../../../src/core/verslag/alinea";
import { leesActiepunten, type Actiepunt } from "../../../src/core/verslag/actiepunten";
import { verslagBericht, verslagFoutBericht } from "../../../src/core/verslag/berichten";
import { leesVerslag, type Verslag } from "../../../src/core/verslag/verslag";
import { fixture } from "../../support/fixtures";
import { MAART_2021, verslagTekst, type VerslagSpec } from "../../support/verslagen";
import { duoRegister } from "./register";

/** One row of a table: an item's number, its owners, its deadline (text, kind, due, uncertain). */
type Rij = [string, string[], [string, string, string | null, boolean] | null];

const MOGELIJK_VERPLAATST = "volgende-vergadering-onzeker";

let register: Register;
beforeAll(async () => {
  register = await duoRegister();
});

function lees(tekst: string): Verslag {
  const uitkomst = leesVerslag(alineasUitTekst(tekst));
  if (!uitkomst.ok) throw new Error(verslagFoutBericht(uitkomst.fout));
  return uitkomst.verslag;
}

function punten(tekst: string, volgendeVergadering?: string): Actiepunt[] {
  return leesActiepunten(lees(tekst), {
    register,
    acties: [],
    ...(volgendeVergadering && { volgendeVergadering }),
  }).actiepunten;
}

/** An item as a table row: what the tables below say of each. */
function alsRij(a: Actiepunt): Rij {
  const d = a.deadline;
  return [a.nummer, a.owners, d && [d.text, d.kind, d.due, d.uncertain]];
}

describe("the minutes of 13 January 2021 (the fixture)", () => {
  const tekst = () => readFileSync(fixture("verslag-duo-2021-01-13.txt"), "utf8");
  const volgende: [string, string, string | null, boolean] = ["", "date", "2021-02-10", true];
  const duo = (text: string): [string, string, string | null, boolean] =>
    [text, ...volgende.slice(1)] as never;

  test.each<Rij>([
    ["i", ["(10)(2e)"], duo("Voor de volgende keer")],
    ["ii", ["(10)(2e)"], duo("Het volgende DUO")],
    ["iii", ["Roelien Kamminga"], duo("in het volgend DUO")],
    ["iv", ["(10)(2e)"], null],
    ["v", ["(10)(2e)"], duo("voor het volgende DUO")],
    ["vi", ["(10)(2e)"], duo("voor het volgende DUO")],
    ["vii", ["Anja Woortman"], duo("voor het volgende DUO")],
    ["viii", [], ["zo snel mogelijk", "asap", null, false]],
    ["ix", ["Peter Spijkerman"], null],
    ["x", ["BZK", "OBG", "NCG"], null],
    ["xi", ["(10)(2e)"], duo("in het volgende DUO")],
  ])("item %s: owners %j, deadline %j", (nummer, owners, deadline) => {
    const a = punten(tekst()).find((p) => p.nummer === nummer);
    expect(a && alsRij(a)).toEqual([nummer, owners, deadline]);
  });

  test("every item of the Actiepuntenlijst, in order, and nothing of the Besluitenlijst", () => {
    const v = lees(tekst());
    expect(v.vergadering).toBe("2021-01-13");
    expect(v.actiepunten.map((a) => a.nummer)).toEqual([
      "i",
      "ii",
      "iii",
      "iv",
      "v",
      "vi",
      "vii",
      "viii",
      "ix",
      "x",
      "xi",
    ]);
    for (const a of v.actiepunten) {
      expect(a.tekst).not.toMatch(/opdrachtnemer|Johan is de eigenaar|Nationaal|kenmerk|\*\*/);
    }
    expect(v.actiepunten[10].tekst).toBe(
      "(10)(2e) brengt in het volgende DUO de meerjarenplanning in. Hij zal een voorzet aanleveren bij de secretarissen"
    );
  });

  test("a page header in the middle of a sentence is taken out and the sentence read whole", () => {
    const ix = lees(tekst()).actiepunten[8];
    expect(ix.tekst).toBe(
      "Peter organiseert een bijeenkomst met de onderzoekers van Gronings Perspectief. Hij nodigt hierbij de leden van het DUO uit. Roelien en Anja zullen in ieder geval aanwezig zijn, voor de anderen is het optioneel."
    );
  });

  test("the next meeting: 10 February, which may move to 11 February (only proposed), said per item", () => {
    const gelezen = leesActiepunten(lees(tekst()), { register, acties: [] });
    expect(gelezen.volgendeVergadering).toMatchObject({
      datum: "2021-02-10",
      misschien: "2021-02-11",
      zeker: false,
      bron: "verslag",
    });
    const v = gelezen.actiepunten[4];
    expect(v.findings.map((f) => f.code)).toEqual([MOGELIJK_VERPLAATST]);
    expect(verslagBericht(v.findings[0])).toMatch(
      /^Het volgende DUO is op 10-02-2021, maar wordt mogelijk verplaatst naar 11-02-2021 \("In verband met een overleg/
    );
  });

  test("who is owner, who attends, who is only mentioned; who left is named with the successor", () => {
    const [i, ii, iii, , , , , viii, ix] = punten(tekst());
    expect(i.rollen.genoemd.map((a) => a.naam)).toEqual(["Henk Mulder"]);
    expect(ii.rollen.genoemd.map((a) => a.naam)).toEqual(["Anja Woortman", "Roelien Kamminga"]);
    expect(ix.rollen.aanwezig.map((a) => a.naam)).toEqual(["Roelien Kamminga", "Anja Woortman"]);
    expect(iii.findings.map(verslagBericht)).toContain(
      "Roelien Kamminga is vertrokken per 13-01-2021; opvolger volgens het register: Nicoline van der Linden."
    );
    expect(viii.findings.map((f) => f.code)).toContain("geen-eigenaar");
  });
});

describe("a verslag of 3 March 2021 in that style (text)", () => {
  test.each<Rij>([
    ["i", ["Henk Mulder"], ["uiterlijk 15 april", "date", "2021-04-15", false]],
    [
      "ii",
      ["Anja Woortman", "Peter Spijkerman"],
      ["voor het volgende DUO", "date", "2021-03-18", false],
    ],
    ["iii", ["(10)(2e)"], ["begin mei", "month", "2021-05-10", false]],
    ["iv", ["Nicoline van der Linden"], ["Voor het volgende DUO", "date", "2021-03-18", false]],
    ["v", ["BZK", "NCG"], ["na de zomer", "dependency", null, false]],
    ["vi", ["Johan Koopmans"], ["zo spoedig mogelijk", "asap", null, false]],
    ["vii", [], null],
    ["viii", ["Susan Top"], ["in het tweede kwartaal", "quarter", "2021-06-30", false]],
    ["ix", ["(10)(2e)"], ["eind maart?", "month", "2021-03-31", true]],
    ["x", ["(10)(2e)", "BZK"], ["voor 1 april 2021", "date", "2021-04-01", false]],
  ])("item %s: owners %j, deadline %j", (nummer, owners, deadline) => {
    const a = punten(verslagTekst(MAART_2021)).find((p) => p.nummer === nummer);
    expect(a && alsRij(a)).toEqual([nummer, owners, deadline]);
  });

  test("all ten items, page headers (also a page number) out of the text, no decision among them", () => {
    const v = lees(verslagTekst(MAART_2021));
    expect(v.vergadering).toBe("2021-03-03");
    expect(v.actiepunten).toHaveLength(10);
    expect(v.actiepunten[0].tekst).toBe(
      "Henk maakt uiterlijk 15 april een voorstel voor de financiële governance."
    );
    expect(v.actiepunten[9].tekst).toBe(
      "(1O)(2e) en BZK zorgen voor 1 april 2021 voor een gezamenlijke reactie."
    );
    expect(v.actiepunten.map((a) => a.tekst).join(" ")).not.toMatch(
      /stemt in met|eigenaar van het dossier/
    );
  });

  test("a move said as a fact: the next meeting is the new date, certain", () => {
    const gelezen = leesActiepunten(lees(verslagTekst(MAART_2021)), { register, acties: [] });
    expect(gelezen.volgendeVergadering).toMatchObject({ datum: "2021-03-18", zeker: true });
    expect(gelezen.actiepunten[1].findings).toEqual([]);
  });

  test("attendees, the mentioned, a name the register does not know", () => {
    const a = punten(verslagTekst(MAART_2021));
    expect(a[5].rollen.aanwezig.map((x) => x.naam)).toEqual(["Marc Hoenders", "Bert Popken"]);
    expect(a[8].rollen.genoemd.map((x) => x.naam)).toEqual(["Anja Woortman"]);
    expect(a[7].findings.map(verslagBericht)).toContain(
      '"Susan Top" staat niet in het register; Regie neemt de naam over zoals die geschreven is.'
    );
    expect(a[6].findings.map((f) => f.code)).toEqual(["geen-eigenaar", "geen-deadline"]);
  });
});

describe("other ways a verslag writes things", () => {
  const DECEMBER: VerslagSpec = {
    vergaderdatum: "16 december 2020, 15.00 uur",
    nummering: "cijfers",
    actiepunten: [
      "Peter brengt begin januari de meerjarenplanning in.",
      "Roelien levert uiterlijk 1 februari 2021 de begroting aan.",
      "A. Woortman en Henk Mulder stemmen de brief voor blok B voor 1 maart af.",
      "Anja komt voor het volgende DUO met een voorstel.",
    ],
    slot: ["Het volgende DUO is op woensdag 13 januari 2021."],
  };

  test.each<Rij>([
    ["1", ["Peter Spijkerman"], ["begin januari", "month", "2021-01-10", false]],
    ["2", ["Roelien Kamminga"], ["uiterlijk 1 februari 2021", "date", "2021-02-01", false]],
    ["3", ["Anja Woortman", "Henk Mulder"], ["voor 1 maart", "date", "2021-03-01", false]],
    ["4", ["Anja Woortman"], ["voor het volgende DUO", "date", "2021-01-13", false]],
  ])(
    "December, numbered 1, 2, 3; a month without a year is the next one: item %s",
    (nummer, owners, deadline) => {
      const a = punten(verslagTekst(DECEMBER)).find((p) => p.nummer === nummer);
      expect(a && alsRij(a)).toEqual([nummer, owners, deadline]);
    }
  );

  test("someone who leaves before the deadline is named with the successor", () => {
    const roelien = punten(verslagTekst(DECEMBER))[1];
    expect(roelien.findings.map(verslagBericht)).toEqual([
      "Roelien Kamminga is vertrokken per 13-01-2021; opvolger volgens het register: Nicoline van der Linden.",
    ]);
  });

  const ZONDER: VerslagSpec = {
    vergaderdatum: "7 april 2021",
    nummering: "letters",
    actiepunten: ["Anja komt in het volgende DUO met een voorstel.", "Henk rondt het af."],
  };

  test("no next meeting in the verslag: no date, and said; given by the user: that date, certain", () => {
    const [zonder] = punten(verslagTekst(ZONDER));
    expect(alsRij(zonder)).toEqual([
      "a",
      ["Anja Woortman"],
      ["in het volgende DUO", "tbd", null, true],
    ]);
    expect(zonder.findings.map(verslagBericht)).toEqual([
      '"in het volgende DUO": het verslag noemt de datum van het volgende DUO niet. Geef die datum op (in het taakvenster bij Volgende DUO, op de opdrachtregel met --volgende-vergadering DD-MM-JJJJ).',
    ]);
    const [met] = punten(verslagTekst(ZONDER), "2021-04-21");
    expect(alsRij(met)).toEqual([
      "a",
      ["Anja Woortman"],
      ["in het volgende DUO", "date", "2021-04-21", false],
    ]);
    expect(met.findings).toEqual([]);
  });

  test.each([
    ["Het volgende DUO is op 21 april.", "2021-04-21", true],
    ["Volgende vergadering: 21-4-2021", "2021-04-21", true],
    ["Mogelijk wordt het volgende DUO op 21 april gehouden.", "2021-04-21", false],
    ["Het DUO van 21 april wordt verplaatst naar 22 april.", "2021-04-22", true],
    [
      "Er wordt gekeken of het DUO van 21 april kan worden verplaatst naar 22 april.",
      "2021-04-21",
      false,
    ],
    ["Dit komt terug in het DUO van 5 mei.", "2021-05-05", false],
    ["Verslag vorige vergadering d.d. 17 maart 2021.", null, false],
  ])("%s -> next meeting %s (certain: %s)", (zin, datum, zeker) => {
    const gelezen = leesActiepunten(lees(verslagTekst({ ...ZONDER, mededelingen: [zin] })), {
      register,
      acties: [],
    });
    expect(
      gelezen.volgendeVergadering && [
        gelezen.volgendeVergadering.datum,
        gelezen.volgendeVergadering.zeker,
      ]
    ).toEqual(datum === null ? null : [datum, zeker]);
  });
});

describe("what is no verslag, or not one Regie can read: a value with a Dutch message", () => {
  test.each<[string, string]>([
    ["", "Het verslag is leeg: er is niets te lezen."],
    [
      "Boodschappen: brood, melk.\nNiet vergeten: de fiets.",
      "Dit lijkt geen verslag van het DUO: er staat geen Vergaderdatum en geen Actiepuntenlijst in.",
    ],
    [
      verslagTekst({
        vergaderdatum: "3 maart 2021",
        actiepunten: ["Henk maakt een voorstel."],
        metLijst: false,
      }),
      'Het verslag heeft geen Actiepuntenlijst: Regie zoekt een regel "Actiepuntenlijst" met de genummerde actiepunten eronder.',
    ],
    [
      verslagTekst({ actiepunten: ["Henk maakt een voorstel."] }),
      'Het verslag noemt geen vergaderdatum: Regie zoekt een regel "Vergaderdatum en -tijd" met een datum (bijvoorbeeld 13 januari 2021).',
    ],
    [
      verslagTekst({ vergaderdatum: "3 maart", actiepunten: ["Henk maakt een voorstel."] }),
      'De vergaderdatum "3 maart" heeft geen jaar; schrijf de datum voluit (bijvoorbeeld 13 januari 2021).',
    ],
  ])("%#: %s", (tekst, melding) => {
    const uitkomst = leesVerslag(alineasUitTekst(tekst));
    expect(uitkomst.ok).toBe(false);
    if (!uitkomst.ok) expect(verslagFoutBericht(uitkomst.fout)).toBe(melding);
  });
});
