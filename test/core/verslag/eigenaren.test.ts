import type { Register } from "../../../src/core/accounthouders/register";
import { ActorKenner } from "../../../src/core/verslag/actoren";
import { duidRollen } from "../../../src/core/verslag/eigenaren";
import { duoRegister, register } from "./register";

let duo: Register;
beforeAll(async () => {
  duo = await duoRegister();
});

/** [item text, owners, attendees, mentioned] */
type Geval = [string, string[], string[], string[]];

function rollen(tekst: string, reg: Register | null = duo): [string[], string[], string[]] {
  const r = duidRollen(tekst, new ActorKenner(reg));
  return [r.eigenaren, r.aanwezig, r.genoemd].map((l) => l.map((a) => a.naam)) as never;
}

describe("the owner rule: the subject who acts owns the action point", () => {
  test.each<Geval>([
    // 1. The subject at the start, alone or joined.
    ["Anja komt voor het volgende DUO met een stuk.", ["Anja Woortman"], [], []],
    ["Peter organiseert een bijeenkomst.", ["Peter Spijkerman"], [], []],
    ["Nicoline van der Linden maakt een overzicht.", ["Nicoline van der Linden"], [], []],
    ["Woortman stuurt de brief.", ["Anja Woortman"], [], []],
    ["A. Woortman stuurt de brief.", ["Anja Woortman"], [], []],
    ["BZK, OBG en NCG lopen de begroting na.", ["BZK", "OBG", "NCG"], [], []],
    [
      "Peter en (10)(2e) gaan een rondje maken langs de gemeenten.",
      ["Peter Spijkerman", "(10)(2e)"],
      [],
      [],
    ],
    ["Henk i.s.m. Bert werkt het voorstel uit.", ["Henk Mulder", "Bert Popken"], [], []],
    ["Anja / Henk leveren de stukken aan.", ["Anja Woortman", "Henk Mulder"], [], []],
    // Lakmerken in the forms OCR leaves.
    ["(10)(2e) maakt een opdrachtomschrijving.", ["(10)(2e)"], [], []],
    ["0)(2e) maakt een opdrachtomschrijving.", ["(10)(2e)"], [], []],
    ["10/2e maakt een opdrachtomschrijving.", ["(10)(2e)"], [], []],
    ["(1O)(2e) maakt een opdrachtomschrijving.", ["(10)(2e)"], [], []],
    ["(10) (2e) maakt een opdrachtomschrijving.", ["(10)(2e)"], [], []],
    // ... or right after the verb when the sentence starts otherwise.
    ["Voor het volgende DUO maakt Henk een notitie.", ["Henk Mulder"], [], []],
    ["Daarnaast zal BZK het aantal aanvragen monitoren.", ["BZK"], [], []],
    // 2. Passive: the actor after "door".
    ["Een memo wordt door Anja opgesteld.", ["Anja Woortman"], [], []],
    ["De evaluatie zal door BZK en NCG worden uitgevoerd.", ["BZK", "NCG"], [], []],
    // 3. Taking part makes attendees, not owners.
    [
      "Peter organiseert een bijeenkomst. Roelien en Anja zullen in ieder geval aanwezig zijn, voor de anderen is het optioneel.",
      ["Peter Spijkerman"],
      ["Roelien Kamminga", "Anja Woortman"],
      [],
    ],
    ["Johan belt de gemeenten. Marc sluit daarbij aan.", ["Johan Koopmans"], ["Marc Hoenders"], []],
    ["Henk neemt deel aan de werkgroep.", [], ["Henk Mulder"], []],
    [
      "Peter organiseert een bijeenkomst waar Anja aanwezig is.",
      ["Peter Spijkerman"],
      [],
      ["Anja Woortman"],
    ],
    // 4. Everyone else is mentioned: after a preposition, as object, inside a noun phrase.
    [
      "(10)(2e) brengt een notitie in en stemt deze van te voren af met Henk.",
      ["(10)(2e)"],
      [],
      ["Henk Mulder"],
    ],
    [
      "(10)(2e) zal met (10)(2e) contact opnemen. Expertise van (10)(2e) kan van pas komen.",
      ["(10)(2e)"],
      [],
      [],
    ],
    ["Het stuk gaat naar Anja en Roelien.", [], [], ["Anja Woortman", "Roelien Kamminga"]],
    ["Peter organiseert het. Hij nodigt Anja uit.", ["Peter Spijkerman"], [], ["Anja Woortman"]],
    // A name without a predicate does nothing.
    ["Anja.", [], [], ["Anja Woortman"]],
    [
      "Roelien zal hiervoor een voorzet naar de regio sturen. Hij belt Henk.",
      ["Roelien Kamminga"],
      [],
      ["Henk Mulder"],
    ],
    // 5. A name the register does not know: a subject of two or three words before a verb.
    ["Susan Top zal in gesprek gaan.", ["Susan Top"], [], []],
    ["Secretarissen kijken met elkaar naar de planning.", [], [], []],
    // No one acts: no owner.
    ["Het stuk moet nog zo snel mogelijk worden afgetikt.", [], [], []],
    // Likeness is not enough in running text: "Mark" is not Marc, "Hank" not Henk.
    ["Mark komt met een stuk.", [], [], []],
  ])("%s", (tekst, eigenaren, aanwezig, genoemd) => {
    expect(rollen(tekst)).toEqual([eigenaren, aanwezig, genoemd]);
  });

  test("without a register: a capitalised word before a verb is a name as written; lakmerk and organisations still known", () => {
    expect(rollen("Anja komt met een stuk. BZK kijkt mee.", null)).toEqual([
      ["Anja", "BZK"],
      [],
      [],
    ]);
    expect(rollen("0/26 maakt een notitie voor Henk.", null)).toEqual([["(10)(2e)"], [], []]);
  });

  test("a written form that fits two people is not guessed: named as written", () => {
    const twee = register([
      ["Anja Woortman", "Anja", "", "", ""],
      ["Arend Woortman", "Arend", "", "", ""],
    ]);
    const r = duidRollen("A. Woortman komt met een stuk.", new ActorKenner(twee));
    expect(r.eigenaren).toEqual([
      {
        soort: "dubbelzinnig",
        naam: "A. Woortman",
        kandidaten: ["Anja Woortman", "Arend Woortman"],
      },
    ]);
  });

  test("the register's own organisations count as organisations", () => {
    const metOrg = register([["Jan Jansen", "Jan", "EBG", "", ""]]);
    expect(rollen("EBG stelt een plan op.", metOrg)[0]).toEqual(["EBG"]);
  });
});
