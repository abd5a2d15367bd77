import { normaliseCell } from "../../../src/core/accounthouders/normalise";
import type { Persoon, Register } from "../../../src/core/accounthouders/register";
import { Resolver } from "../../../src/core/accounthouders/resolver";

const DUO = [
  "Peter Spijkerman",
  "Henk Mulder",
  "Roelien Kamminga",
  "Jurry Bonnema",
  "Anja Woortman",
  "Johan Koopmans",
  "Bert Popken",
  "Nicoline van der Linden",
  "Marc Hoenders",
];

function register(
  namen: string[],
  aliassen: (naam: string) => string[] = (n) => [n.split(" ")[0]]
): Register {
  const personen: Persoon[] = namen.map((naam, i) => ({
    naam,
    aliassen: aliassen(naam),
    organisatie: "",
    vertrokkenPer: null,
    opvolger: null,
    row: i + 2,
  }));
  return { sheet: "Accounthouders", personen, findings: [] };
}

const duo = new Resolver(register(DUO));
const cel = (tekst: string, resolver = duo) => normaliseCell(tekst, resolver);

describe("one person, many spellings", () => {
  test.each([
    ["Nicoline", "alias"],
    ["nicoline ", "alias"],
    ["NICOLINE", "alias"],
    ["Nicoline van der Linden", "alias"],
    ["Nicoline v.d. Linden", "alias"],
    ["Nicoline vd Linden", "alias"],
    ["N. van der Linden", "achternaam"],
    ["N. v.d. Linden", "achternaam"],
    ["Linden", "achternaam"],
    ["Nicolien", "gelijkenis"],
    ["Nicoline van der Lindn", "gelijkenis"],
  ])("%j -> Nicoline van der Linden (%s)", (tekst, via) => {
    expect(duo.losOp(tekst)).toMatchObject({ persoon: { naam: "Nicoline van der Linden" }, via });
  });

  test("a first name alone counts only if it is unique, even without an alias in the register", () => {
    const zonderAlias = new Resolver(register(DUO, () => []));
    expect(zonderAlias.losOp("Anja")).toMatchObject({
      persoon: { naam: "Anja Woortman" },
      via: "voornaam",
    });
    const tweePeters = new Resolver(register([...DUO, "Peter de Vries"], () => []));
    expect(tweePeters.losOp("Peter")).toBeNull();
    expect(tweePeters.losOp("P. de Vries")).toMatchObject({ persoon: { naam: "Peter de Vries" } });
  });

  test.each([["Kees"], ["X"], [""], ["Piet Jansen"], ["N. Jansen"]])(
    "%j stays unresolved",
    (tekst) => {
      expect(duo.losOp(tekst)).toBeNull();
    }
  );
});

describe("normalising an owner cell", () => {
  test.each([
    ["Nicoline / Anja", "Nicoline van der Linden / Anja Woortman"],
    ["Nicoline/Anja", "Nicoline van der Linden / Anja Woortman"],
    ["Marc & Peter", "Marc Hoenders / Peter Spijkerman"],
    ["Henk, Bert", "Henk Mulder / Bert Popken"],
    ["Henk en Bert", "Henk Mulder / Bert Popken"],
    ["Anja + Johan", "Anja Woortman / Johan Koopmans"],
    ["Anja / Anja Woortman", "Anja Woortman"],
    ["0/26", "(10)(2e)"],
    ["0)(2e)", "(10)(2e)"],
    ["10)(2e)", "(10)(2e)"],
    ["(10)(2e)", "(10)(2e)"],
    ["Anja / 0/26", "Anja Woortman / (10)(2e)"],
    ["ntb", "N.t.b."],
    ["N.T.B", "N.t.b."],
    ["n.v.t.", "N.v.t."],
    ["Nicoline / Kees", "Nicoline / Kees"],
    ["Kees ", "Kees "],
    ["", ""],
  ])("%j -> %j", (tekst, naar) => {
    expect(cel(tekst).tekst).toBe(naar);
  });

  test("a lakmerk is a hidden person, not unresolved and not empty", () => {
    expect(cel("0/26")).toEqual({
      tekst: "(10)(2e)",
      eigenaren: ["(10)(2e)"],
      onopgelost: [],
      dubbelzinnig: [],
      via: [],
    });
  });

  test("unresolved parts are named", () => {
    expect(cel("Nicoline / Kees").onopgelost).toEqual(["Kees"]);
  });

  test.each([
    "Nicoline van der Linden / Anja Woortman",
    "(10)(2e)",
    "N.t.b.",
    "Marc Hoenders",
    "Kees",
  ])("already normalised stays the same: %j", (tekst) => {
    expect(cel(tekst).tekst).toBe(tekst);
    expect(cel(cel(tekst).tekst).tekst).toBe(cel(tekst).tekst);
  });
});
