import { zoekBestaande } from "../../../src/core/verslag/bestaand";

const LIJST = [
  { row: 2, actie: "a. NCG zet format uit bij gemeenten" },
  { row: 3, actie: "Anja komt voor het volgende DUO met een stuk over de brief van Blok B." },
  {
    row: 4,
    actie: "Peter organiseert een bijeenkomst met de onderzoekers van Gronings Perspectief.",
  },
  { row: 5, actie: "Uitwerken burgerparticipatie, bewonersevaluatie" },
];

describe("an item the list already has, by the measure verschil matches with", () => {
  test.each<[string, { row: number; zeker: boolean } | null]>([
    // The same text, also with numbering, case and punctuation of its own.
    [
      "Anja komt voor het volgende DUO met een stuk over de brief van Blok B.",
      { row: 3, zeker: true },
    ],
    [
      "vii. anja komt voor het volgende DUO met een stuk over de brief van blok B",
      { row: 3, zeker: true },
    ],
    // A word or two edited: still the same.
    [
      "Peter organiseert een bijeenkomst met de onderzoekers van het Gronings Perspectief.",
      { row: 4, zeker: true },
    ],
    // Much changed: maybe, not sure.
    ["Peter organiseert een bijeenkomst met de onderzoekers.", { row: 4, zeker: false }],
    // Something else.
    ["Henk maakt uiterlijk 15 april een voorstel voor de financiële governance.", null],
  ])("%s -> %j", (item, verwacht) => {
    const [gevonden] = zoekBestaande([item], LIJST);
    expect(gevonden && { row: gevonden.row, zeker: gevonden.zeker }).toEqual(verwacht);
  });

  test("one row is never two items: the better item gets it", () => {
    const tekst = LIJST[1].actie;
    const [a, b] = zoekBestaande([tekst.replace("Blok B", "blok C"), tekst], LIJST);
    expect(b).toMatchObject({ row: 3, zeker: true });
    expect(a).toBeNull();
  });
});
