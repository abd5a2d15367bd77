import { registerVoorstel, writeRegister } from "../../../src/app/accounthouders/register";
import { valideer } from "../../../src/app/actielijst/valideer";
import { readRegister, REGISTER_BLAD } from "../../../src/core/accounthouders/register";
import { grid, kop, rij } from "../../support/grid";
import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { readLog, LOG_BLAD } from "../../../src/core/wijzigingslog";
import { fixtureWerkmap, momentopname, werkmap, type BladSpec } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const TIJD = "2021-02-24 10:00:00";

/** An action list naming Henk and Anja, beside a registry the user keeps (and other sheets). */
function bestaandRegister(...extra: BladSpec[]) {
  return werkmap(
    {
      name: "Acties",
      values: [
        kop(),
        rij("a", "Henk", "In uitvoering", "1 mei 2021"),
        rij("b", "Henk", "In uitvoering", "1 mei 2021"),
        rij("c", "Anja", "In uitvoering", "1 mei 2021"),
      ],
    },
    {
      name: "Accounthouders",
      values: [
        ["Naam", "Aliassen"],
        ["Anja Woortman", "Anja"],
      ],
    },
    ...extra
  );
}

describe("building the register", () => {
  test("proposes from the owner column and writes only after confirmation, as a new sheet", async () => {
    const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const voorstel = await registerVoorstel(w, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    expect(voorstel.value.bestaat).toBe(false);
    expect(voorstel.value.doel).toEqual({ blad: "Accounthouders", register: true });
    expect(voorstel.value.personen.map((p) => p.naam)).toEqual([
      "Nicoline",
      "Anja",
      "Henk",
      "Marc",
      "Peter",
    ]);
    expect((await w.summary()).sheets.map((s) => s.name)).toEqual(["Actielijst"]);

    const bevestigd = voorstel.value.personen.map((p) =>
      p.naam === "Nicoline" ? { ...p, naam: "Nicoline van der Linden", aliassen: ["Nicoline"] } : p
    );
    expect(await writeRegister(w, bevestigd, { tijdstip: TIJD })).toEqual({
      ok: true,
      value: { aantal: 5, blad: "Accounthouders", register: true, cellen: 11 },
    });
    const [blad] = await w.read([{ sheet: REGISTER_BLAD }]);
    expect(blad!.grid.values.slice(0, 2)).toEqual([
      ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
      ["Nicoline van der Linden", "Nicoline", "", "", ""],
    ]);
    const rapport = await valideer(w, { peildatum: PEIL });
    expect(rapport.ok && rapport.value.acties.find((a) => a.row === 3)?.eigenaren).toEqual([
      "Nicoline van der Linden",
    ]);
  });

  test("an existing Accounthouders sheet is never overwritten", async () => {
    const w = bestaandRegister();
    const r = await writeRegister(w, [{ naam: "Anja", aliassen: [], aantal: 1 }], {
      tijdstip: TIJD,
    });
    expect(!r.ok && foutTekst(r.refusal)).toMatch(/overschrijft het niet/);
    const [blad] = await w.read([{ sheet: "Accounthouders" }]);
    expect(blad!.grid.values[1]).toEqual(["Anja Woortman", "Anja"]);
  });

  test("with an existing register: the proposal on a new sheet, in the Wijzigingslog, undoable", async () => {
    const w = bestaandRegister();
    const voor = await momentopname(w);
    const voorstel = await registerVoorstel(w, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    expect(voorstel.value.bestaat).toBe(true);
    expect(voorstel.value.doel).toEqual({ blad: "Accounthouders (voorstel)", register: false });

    const r = await writeRegister(w, voorstel.value.personen, {
      tijdstip: TIJD,
      blad: voorstel.value.doel.blad,
    });
    expect(r).toEqual({
      ok: true,
      value: { aantal: 2, blad: "Accounthouders (voorstel)", register: false, cellen: 7 },
    });
    const [register, kopie] = await w.read([
      { sheet: "Accounthouders" },
      { sheet: "Accounthouders (voorstel)" },
    ]);
    expect(register!.grid.values[1]).toEqual(["Anja Woortman", "Anja"]);
    expect(kopie!.grid.values).toEqual([
      ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
      ["Henk", "", "", "", ""],
      ["Anja", "", "", "", ""],
    ]);
    const [log] = await w.read([{ sheet: LOG_BLAD }]);
    const regels = readLog(log!.grid.values).regels;
    expect(regels.map((l) => [l.actie, l.sheet, l.cell, l.oud, l.nieuw])).toContainEqual([
      "Registervoorstel opslaan",
      "Accounthouders (voorstel)",
      "A2",
      "",
      "Henk",
    ]);
    expect(regels).toHaveLength(7);

    const terug = await maakOngedaan(w, { tijdstip: "2021-02-24 11:00:00" });
    expect(terug.ok && [terug.value.actie, terug.value.hersteld]).toEqual([
      "Registervoorstel opslaan",
      7,
    ]);
    const na = (await w.summary()).sheets.map((s) => s.name);
    expect(na).toEqual(["Acties", "Accounthouders", LOG_BLAD]);
    // the user's sheets exactly as they were
    const zonderLog = (m: unknown) => (m as { name: string }[]).filter((b) => b.name !== LOG_BLAD);
    expect(zonderLog(await momentopname(w))).toEqual(zonderLog(voor));
  });

  test("undo after an own edit in the proposal leaves the sheet and that cell in place", async () => {
    const w = bestaandRegister();
    await writeRegister(w, [{ naam: "Henk", aliassen: ["H."], aantal: 1 }], {
      tijdstip: TIJD,
      blad: "Accounthouders (voorstel)",
    });
    await w.write([
      {
        kind: "values",
        sheet: "Accounthouders (voorstel)",
        address: "A2",
        values: [["Henk Mulder"]],
      },
    ]);
    const terug = await maakOngedaan(w, { tijdstip: "2021-02-24 11:00:00" });
    expect(terug.ok && terug.value.overgeslagen).toEqual(["Accounthouders (voorstel)!A2"]);
    const [kopie] = await w.read([{ sheet: "Accounthouders (voorstel)" }]);
    // only the user's own cell is left; the alias and the header Regie wrote are gone
    const gevuld = kopie!.grid.values.flatMap((rij, r) =>
      rij.flatMap((v, c) => (v === "" ? [] : [[r, c, v]]))
    );
    expect(gevuld).toEqual([[1, 0, "Henk Mulder"]]);
  });

  test("a sheet that meanwhile got the proposal's name is not overwritten", async () => {
    const w = bestaandRegister({ name: "accounthouders (VOORSTEL)", values: [["van mij"]] });
    const r = await writeRegister(w, [{ naam: "Henk", aliassen: [], aantal: 1 }], {
      tijdstip: TIJD,
      blad: "Accounthouders (voorstel)",
    });
    expect(!r.ok && foutTekst(r.refusal)).toMatch(/overschrijft het niet/);
    const [blad] = await w.read([{ sheet: "accounthouders (VOORSTEL)" }]);
    expect(blad!.grid.values).toEqual([["van mij"]]);
    expect((await w.summary()).sheets.map((s) => s.name)).not.toContain(LOG_BLAD);
    const voorstel = await registerVoorstel(w, { peildatum: PEIL });
    expect(voorstel.ok && voorstel.value.doel.blad).toBe("Accounthouders (voorstel 2)");
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
  ])("an invalid confirmation writes nothing", async (personen, melding) => {
    const w = werkmap({ name: "Acties", values: [kop()] });
    const r = await writeRegister(w, personen, { tijdstip: TIJD });
    expect(!r.ok && foutTekst(r.refusal)).toMatch(melding);
    expect((await w.summary()).sheets).toHaveLength(1);
  });
});

describe("reading the register", () => {
  test("reports an alias of two people, duplicate aliases, unknown successors and unreadable dates", () => {
    const r = readRegister(
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

  test("without a header row with Naam and Aliassen it is no register", () => {
    expect(readRegister(grid([["Iets", "Anders"]]))).toBeNull();
  });
});
