import { normaliseerVoorvertoning } from "../../../src/app/accounthouders/normaliseer";
import { valideer } from "../../../src/app/actielijst/valideer";
import { readRegister, type Register } from "../../../src/core/accounthouders/register";
import { fixtureJson } from "../../support/fixtures";
import { fixtureWerkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const verwacht = fixtureJson<{ row: number; owners: string[] }[]>(
  "actielijst-duo-2021.expected.json"
);

/** The fixture's owner cells written the other ways people write them: same people, same rows. */
const SCHRIJFWIJZEN: [string, string][] = [
  ["D3", "N. van der Linden"],
  ["D11", "Henk M."],
  ["D12", "Nicoline v.d. L.\nAnja W."],
  ["D14", "Anja W."],
  ["D16", "A. Woortman"],
  ["D17", "M. Hoenders"],
  ["D22", "spijkerman"],
  ["D34", "Woortman A."],
  ["D36", "ANJA  WOORTMAN "],
  ["D37", "anja w"],
  ["D40", "Nicoline V.D. Linden"],
];

/** The forms Regie did not know before ("Anja W.", "Woortman A.", one owner per line). */
const NIEUW = new Set(["D11", "D12", "D14", "D34", "D37"]);

async function register(...extra: string[]): Promise<Register> {
  const w = await fixtureWerkmap("accounthouders-duo.xlsx");
  const [r] = await w.read([{ sheet: (await w.summary()).sheets[0].name }]);
  const reg = readRegister(r!.grid)!;
  const personen = extra.map((naam, i) => ({
    naam,
    aliassen: [],
    organisatie: "",
    vertrokkenPer: null,
    opvolger: null,
    row: reg.personen.length + 2 + i,
  }));
  return { ...reg, personen: [...reg.personen, ...personen] };
}

async function herschreven(cellen: [string, string][] = SCHRIJFWIJZEN) {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  await w.write(
    cellen.map(([address, tekst]) => ({
      kind: "values" as const,
      sheet: "Actielijst",
      address,
      values: [[tekst]],
    }))
  );
  return w;
}

describe("the DUO actielijst with names written in other ways", () => {
  test("validating finds per row the same accounthouders as the expected result", async () => {
    const uitkomst = await valideer(await herschreven(), {
      peildatum: PEIL,
      register: await register(),
    });
    if (!uitkomst.ok) throw new Error(foutTekst(uitkomst.refusal));
    expect(uitkomst.value.acties.map((a) => ({ row: a.row, owners: a.eigenaren }))).toEqual(
      verwacht.map(({ row, owners }) => ({ row, owners }))
    );
    expect(uitkomst.value.findings.map((f) => f.code)).not.toContain("accounthouder-dubbelzinnig");
  });

  test.each(SCHRIJFWIJZEN.filter(([cel]) => NIEUW.has(cel)))(
    "normalising proposes %s (%j) as canonical",
    async (cel) => {
      const voorstel = await normaliseerVoorvertoning(await herschreven(), {
        peildatum: PEIL,
        register: await register(),
      });
      if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
      const row = Number(cel.slice(1));
      const owners = verwacht.find((v) => v.row === row)!.owners;
      expect(voorstel.value.normalisatie.edits.find((e) => e.cell === cel)?.to).toBe(
        owners.join(" / ")
      );
      expect(voorstel.value.normalisatie.unresolved).toEqual([]);
    }
  );
});

describe("with a second Anja W. and a second A. Woortman in the register", () => {
  const cellen: [string, string][] = [
    ["D14", "Anja W."],
    ["D16", "A. Woortman"],
    ["D36", "Anja Woortman"],
  ];

  test.each([
    ["D14", "Anja W.", "Anja Wessels; Anja Woortman"],
    ["D16", "A. Woortman", "Anja Woortman; Arend Woortman"],
  ])("validating reports %s (%j) with the candidates %j", async (cell, tekst, kandidaten) => {
    const uitkomst = await valideer(await herschreven(cellen), {
      peildatum: PEIL,
      register: await register("Anja Wessels", "Arend Woortman"),
    });
    if (!uitkomst.ok) throw new Error(foutTekst(uitkomst.refusal));
    const f = uitkomst.value.findings.filter((x) => x.code === "accounthouder-dubbelzinnig");
    expect(f.find((x) => x.cell === cell)).toMatchObject({
      severity: "warning",
      params: { tekst, kandidaten, aantal: 2, row: Number(cell.slice(1)) },
    });
    expect(f).toHaveLength(2);
    expect(uitkomst.value.acties.find((a) => a.row === Number(cell.slice(1)))?.eigenaren).toEqual([
      tekst,
    ]);
  });

  test("the preview does not propose those cells, the unambiguous ones it does", async () => {
    const voorstel = await normaliseerVoorvertoning(await herschreven(cellen), {
      peildatum: PEIL,
      register: await register("Anja Wessels", "Arend Woortman"),
    });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    const n = voorstel.value.normalisatie;
    expect(n.edits.map((e) => e.cell)).not.toEqual(expect.arrayContaining(["D14"]));
    expect(n.edits.map((e) => e.cell)).not.toEqual(expect.arrayContaining(["D16"]));
    expect(n.findings.map((f) => [f.cell, f.params.kandidaten])).toEqual([
      ["D14", "Anja Wessels; Anja Woortman"],
      ["D16", "Anja Woortman; Arend Woortman"],
    ]);
    expect(n.unresolved.map((u) => [u.cell, u.kandidaten])).toEqual([
      ["D14", ["Anja Wessels", "Anja Woortman"]],
      ["D16", ["Anja Woortman", "Arend Woortman"]],
    ]);
  });
});
