import { ACCOUNTHOUDER_BERICHTEN } from "../../../src/core/accounthouders/berichten";
import { normaliseer, normaliseCell } from "../../../src/core/accounthouders/normalise";
import {
  readRegister,
  type Persoon,
  type Register,
} from "../../../src/core/accounthouders/register";
import { Resolver } from "../../../src/core/accounthouders/resolver";
import { bericht } from "../../../src/core/messages";
import { fixtureWerkmap } from "../../support/xlsx";

/** The registry of the fixtures, as the workbook's sheet holds it. */
async function fixtureRegister(): Promise<Register> {
  const w = await fixtureWerkmap("accounthouders-duo.xlsx");
  const [r] = await w.read([{ sheet: (await w.summary()).sheets[0].name }]);
  return readRegister(r!.grid)!;
}

/** The fixture's registry with more people, as a registry grows (no aliases: names only). */
function met(register: Register, ...namen: string[]): Register {
  const extra: Persoon[] = namen.map((naam, i) => ({
    naam,
    aliassen: [],
    organisatie: "",
    vertrokkenPer: null,
    opvolger: null,
    row: register.personen.length + 2 + i,
  }));
  return { ...register, personen: [...register.personen, ...extra] };
}

let duo: Resolver;
let tweeAnjas: Resolver;
beforeAll(async () => {
  const register = await fixtureRegister();
  duo = new Resolver(register);
  tweeAnjas = new Resolver(met(register, "Anja Wessels", "Arend Woortman"));
});

describe("every spelling of a name the register knows", () => {
  test.each([
    // voornaam + initiaal van de achternaam
    ["Anja W.", "Anja Woortman", "voornaam"],
    ["Anja W", "Anja Woortman", "voornaam"],
    ["anja w.", "Anja Woortman", "voornaam"],
    ["Henk M.", "Henk Mulder", "voornaam"],
    ["Nicoline v.d. L.", "Nicoline van der Linden", "voornaam"],
    // achternaam en dan de initiaal
    ["Woortman A.", "Anja Woortman", "voornaam"],
  ])("%j -> %s (%s)", (tekst, naam, via) => {
    expect(duo.losOp(tekst)).toMatchObject({ persoon: { naam }, via });
  });

  test.each([["Anja X."], ["Piet W."], ["Woortman B."], ["A. W."]])(
    "%j is nobody: unknown, not ambiguous",
    (tekst) => {
      expect(duo.duid(tekst)).toEqual({ soort: "onbekend" });
    }
  );
});

describe("joint owners, with every separator", () => {
  test.each([
    ["Anja\nHenk", "Anja Woortman / Henk Mulder"],
    ["Anja\r\nNicoline", "Anja Woortman / Nicoline van der Linden"],
    ["Anja | Marc", "Anja Woortman / Marc Hoenders"],
    ["Anja - Marc", "Anja Woortman / Marc Hoenders"],
    ["Anja i.s.m. Henk", "Anja Woortman / Henk Mulder"],
    ["Anja ism Henk", "Anja Woortman / Henk Mulder"],
    ["Anja W. / Henk M.", "Anja Woortman / Henk Mulder"],
  ])("%j -> %j", (tekst, naar) => {
    expect(normaliseCell(tekst, duo)).toMatchObject({ tekst: naar, onopgelost: [] });
  });
});

describe("a spelling that fits two people is never guessed", () => {
  test.each([
    ["Anja W.", ["Anja Wessels", "Anja Woortman"]],
    ["A. Woortman", ["Anja Woortman", "Arend Woortman"]],
    ["Woortman", ["Anja Woortman", "Arend Woortman"]],
    ["Woortman A.", ["Anja Woortman", "Arend Woortman"]],
  ])("%j fits %j", (tekst, kandidaten) => {
    const d = tweeAnjas.duid(tekst);
    expect(d.soort === "dubbelzinnig" && d.kandidaten.map((p) => p.naam)).toEqual(kandidaten);
    expect(tweeAnjas.losOp(tekst)).toBeNull();
  });

  test("whoever fits alone is recognised: Arend W.", () => {
    expect(tweeAnjas.losOp("Arend W.")?.persoon.naam).toBe("Arend Woortman");
    expect(tweeAnjas.losOp("Anja")?.persoon.naam).toBe("Anja Woortman");
  });

  test("the preview does not propose the cell and names the candidates in a finding", () => {
    const n = normaliseer(
      [
        { sheet: "Actielijst", cell: "D14", rows: [14], tekst: "Anja W. / Henk" },
        { sheet: "Actielijst", cell: "D16", rows: [16], tekst: "Henk" },
      ],
      tweeAnjas
    );
    expect(n.edits.map((e) => [e.cell, e.to])).toEqual([["D16", "Henk Mulder"]]);
    expect(n.unresolved).toEqual([
      {
        sheet: "Actielijst",
        cell: "D14",
        text: "Anja W.",
        kandidaten: ["Anja Wessels", "Anja Woortman"],
      },
    ]);
    expect(n.findings).toEqual([
      {
        code: "accounthouder-dubbelzinnig",
        severity: "warning",
        sheet: "Actielijst",
        cell: "D14",
        params: { tekst: "Anja W.", kandidaten: "Anja Wessels; Anja Woortman", aantal: 2, row: 14 },
      },
    ]);
    expect(bericht(n.findings[0])).toBe(
      '"Anja W." past bij 2 personen in het register: Anja Wessels of Anja Woortman. Regie kiest niet; schrijf de naam voluit of geef hem als alias aan één persoon.'
    );
  });

  test.each([
    [["A", "B"], "A of B"],
    [["A", "B", "C"], "A, B of C"],
  ])("candidates %j become %j", (namen, lijst) => {
    expect(
      ACCOUNTHOUDER_BERICHTEN["accounthouder-dubbelzinnig"]({
        tekst: "x",
        kandidaten: namen.join("; "),
        aantal: namen.length,
      })
    ).toContain(`register: ${lijst}.`);
  });
});
