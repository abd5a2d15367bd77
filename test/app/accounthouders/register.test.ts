import { registerVoorstel, schrijfRegister } from "../../../src/app/accounthouders/register";
import { valideer } from "../../../src/app/actielijst/valideer";
import { leesRegister, REGISTER_BLAD } from "../../../src/core/accounthouders/register";
import { grid, kop, rij } from "../../support/grid";
import { fixtureWerkmap, werkmap } from "../../support/xlsx";

const PEIL = "2021-02-24";

describe("Registry opbouwen", () => {
  test("stelt voor uit de eigenaarkolom en schrijft pas na bevestiging, als nieuw blad", async () => {
    const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const voorstel = await registerVoorstel(w, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(voorstel.fout.bericht);
    expect(voorstel.waarde.bestaat).toBe(false);
    expect(voorstel.waarde.personen.map((p) => p.naam)).toEqual([
      "Nicoline",
      "Anja",
      "Henk",
      "Marc",
      "Peter",
    ]);
    expect((await w.summary()).sheets.map((s) => s.name)).toEqual(["Actielijst"]);

    const bevestigd = voorstel.waarde.personen.map((p) =>
      p.naam === "Nicoline" ? { ...p, naam: "Nicoline van der Linden", aliassen: ["Nicoline"] } : p
    );
    expect(await schrijfRegister(w, bevestigd)).toEqual({ ok: true, waarde: { aantal: 5 } });
    const [blad] = await w.read([{ sheet: REGISTER_BLAD }]);
    expect(blad!.grid.values.slice(0, 2)).toEqual([
      ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
      ["Nicoline van der Linden", "Nicoline", "", "", ""],
    ]);
    const rapport = await valideer(w, { peildatum: PEIL });
    expect(rapport.ok && rapport.waarde.acties.find((a) => a.row === 3)?.eigenaren).toEqual([
      "Nicoline van der Linden",
    ]);
  });

  test("een bestaand Accounthouders-blad wordt nooit overschreven", async () => {
    const w = werkmap(
      { name: "Acties", values: [kop(), rij("a", "Anja", "Gereed", "")] },
      {
        name: "Accounthouders",
        values: [
          ["Naam", "Aliassen"],
          ["Anja Woortman", "Anja"],
        ],
      }
    );
    const r = await schrijfRegister(w, [{ naam: "Anja", aliassen: [], aantal: 1 }]);
    expect(!r.ok && r.fout.bericht).toMatch(/overschrijft het niet/);
    const [blad] = await w.read([{ sheet: "Accounthouders" }]);
    expect(blad!.grid.values[1]).toEqual(["Anja Woortman", "Anja"]);
  });

  test.each([
    [[{ naam: " ", aliassen: [], aantal: 1 }], /leeg/],
    [
      [
        { naam: "Anja", aliassen: [], aantal: 1 },
        { naam: "anja", aliassen: [], aantal: 1 },
      ],
      /dezelfde naam/,
    ],
  ])("ongeldige bevestiging schrijft niets", async (personen, melding) => {
    const w = werkmap({ name: "Acties", values: [kop()] });
    const r = await schrijfRegister(w, personen);
    expect(!r.ok && r.fout.bericht).toMatch(melding);
    expect((await w.summary()).sheets).toHaveLength(1);
  });
});

describe("het register lezen", () => {
  test("meldt een alias bij twee personen, dubbele aliassen, onbekende opvolgers en onleesbare datums", () => {
    const r = leesRegister(
      grid(
        [
          ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
          ["Peter Spijkerman", "Peter; PS; Peter", "NCG", "", ""],
          ["Peter de Vries", "Peter", "", "gisteren", "Jan Klaassen"],
          ["", "zonder naam", "", "", ""],
          ["Roelien Kamminga", "Roelien", "BZK", 44209, "Peter de Vries"],
        ],
        [],
        "Accounthouders"
      )
    )!;
    expect(r.personen.map((p) => [p.naam, p.aliassen, p.vertrokkenPer])).toEqual([
      ["Peter Spijkerman", ["Peter", "PS"], null],
      ["Peter de Vries", ["Peter"], null],
      ["Roelien Kamminga", ["Roelien"], "2021-01-13"],
    ]);
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual(
      expect.arrayContaining([
        ["register-alias-twee-personen", "B3", "error"],
        ["register-datum-onleesbaar", "D3", "warning"],
        ["register-opvolger-onbekend", "E3", "warning"],
        ["register-naam-ontbreekt", "A4", "error"],
      ])
    );
  });

  test("zonder kopregel met Naam en Aliassen is het geen register", () => {
    expect(leesRegister(grid([["Iets", "Anders"]]))).toBeNull();
  });
});
