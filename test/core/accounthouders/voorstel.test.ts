import { stelRegisterVoor } from "../../../src/core/accounthouders/voorstel";

describe("stelRegisterVoor", () => {
  test("groups the spellings of one person and picks the fullest form", () => {
    const cellen = [
      "Nicoline",
      "nicoline ",
      "Nicoline v.d. Linden",
      "N. van der Linden",
      "Nicoline van der Linden",
      "Nicoline / Anja",
      "Anja",
      "Anja Woortman",
      "Marc & Peter",
    ];
    expect(stelRegisterVoor(cellen)).toEqual([
      { naam: "Nicoline van der Linden", aliassen: ["N. van der Linden", "Nicoline"], aantal: 6 },
      { naam: "Anja Woortman", aliassen: ["Anja"], aantal: 3 },
      { naam: "Marc", aliassen: [], aantal: 1 },
      { naam: "Peter", aliassen: [], aantal: 1 },
    ]);
  });

  test("lakmerken and placeholders are nobody", () => {
    expect(stelRegisterVoor(["0/26", "(10)(2e)", "N.t.b.", "N.v.t.", ""])).toEqual([]);
  });

  test("small typos belong to the same person", () => {
    expect(
      stelRegisterVoor(["Nicoline van der Linden", "Nicolien", "Nicoline"]).map((v) => v.naam)
    ).toEqual(["Nicoline van der Linden"]);
  });

  test("a first name that fits two people is not guessed", () => {
    const v = stelRegisterVoor(["Peter Spijkerman", "Peter de Vries", "Peter"]);
    expect(v.map((x) => x.naam).sort()).toEqual(["Peter", "Peter Spijkerman", "Peter de Vries"]);
    expect(v.find((x) => x.naam === "Peter Spijkerman")?.aliassen).toEqual([]);
  });

  test("lowercase-only gets capitals, name prefixes do not", () => {
    expect(stelRegisterVoor(["nicoline van der linden"])[0].naam).toBe("Nicoline van der Linden");
  });

  test("the DUO column: five people by first name", () => {
    const kolom = [
      "0/26",
      "Nicoline",
      "N.t.b.",
      "Nicoline",
      "Henk",
      "Nicoline / Anja",
      "Anja",
      "Marc",
      "Peter",
      "N.v.t.",
      "10)(2e)",
      "0)(2e)",
    ];
    expect(stelRegisterVoor(kolom).map((v) => [v.naam, v.aantal])).toEqual([
      ["Nicoline", 3],
      ["Anja", 2],
      ["Henk", 1],
      ["Marc", 1],
      ["Peter", 1],
    ]);
  });
});
