import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { pasWijzigingenToe } from "../../../src/app/wijzigingen/pas-toe";
import { LOG_BLAD } from "../../../src/core/wijzigingslog";
import { momentopname, werkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const waarden = () => [
  ["Openstaande acties", "Account-houder DUO", "Status"],
  ["a", "nicoline ", "Afgerond"],
  ["b", 42, "loopt"],
];
const edits = [
  { sheet: "Acties", cell: "B2", from: "nicoline ", to: "Nicoline van der Linden" },
  { sheet: "Acties", cell: "C2", from: "Afgerond", to: "Gereed" },
];

async function cel(w: ReturnType<typeof werkmap>, sheet: string, address: string) {
  const [r] = await w.read([{ sheet }]);
  const m = /([A-Z])(\d+)/.exec(address)!;
  return r!.grid.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
}

describe("applying and undoing changes", () => {
  test("applying writes the cells and logs time, cell, old and new", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    const r = await pasWijzigingenToe(w, edits, {
      actie: "Normaliseer accounthouders",
      tijdstip: "2021-02-24 10:00:00",
    });
    expect(r).toEqual({ ok: true, value: { batch: "24-02-2021 10:00:00", aantal: 2 } });
    expect(await cel(w, "Acties", "B2")).toBe("Nicoline van der Linden");
    const [log] = await w.read([{ sheet: LOG_BLAD }]);
    // Dutch columns, no Batch column; the moment a real date (44251 is 24-02-2021), dd-mm-jjjj uu:mm.
    const tien = 44251 + 10 / 24;
    expect(log!.grid.values).toEqual([
      ["Tijdstip", "Handeling", "Blad", "Cel", "Oud", "Nieuw", "Ongedaan gemaakt op"],
      [
        tien,
        "Normaliseer accounthouders",
        "Acties",
        "B2",
        "nicoline ",
        "Nicoline van der Linden",
        "",
      ],
      [tien, "Normaliseer accounthouders", "Acties", "C2", "Afgerond", "Gereed", ""],
    ]);
    const ws = w.workbook.getWorksheet(LOG_BLAD)!;
    expect(ws.getCell("A2").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(ws.getCell("A3").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    // Fitted: "Nicoline van der Linden" in Nieuw, the moments as dd-mm-jjjj uu:mm, never the default only.
    expect(ws.getColumn("F").width! * 5.25).toBeGreaterThanOrEqual(23 * 6);
    expect(ws.getColumn("A").width! * 5.25).toBeGreaterThanOrEqual(16 * 6);
  });

  test("undo writes the moment as a date in Ongedaan gemaakt op", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    await pasWijzigingenToe(w, edits, { actie: "Normaliseer", tijdstip: "2021-02-24 10:00:00" });
    const r = await maakOngedaan(w, { tijdstip: "2021-02-24 12:00:00" });
    expect(r).toMatchObject({ ok: true, value: { batch: "24-02-2021 10:00:00", hersteld: 2 } });
    const [log] = await w.read([{ sheet: LOG_BLAD }]);
    expect(log!.grid.values.slice(1).map((rij) => rij[6])).toEqual([44251.5, 44251.5]);
    expect(w.workbook.getWorksheet(LOG_BLAD)!.getCell("G2").numFmt).toBe("dd-mm-yyyy hh:mm");
  });

  test("a log of an earlier Regie (with Batch, ISO times) is extended and undone in its own layout", async () => {
    const oud = ["Tijdstip", "Batch", "Actie", "Blad", "Cel", "Oud", "Nieuw", "Ongedaan"];
    const w = werkmap(
      { name: "Acties", values: waarden() },
      {
        name: LOG_BLAD,
        values: [
          oud,
          [
            "2021-01-05 09:00:00",
            "2021-01-05 09:00:00",
            "Herstel",
            "Acties",
            "C3",
            "open",
            "loopt",
            "",
          ],
        ],
      }
    );
    await pasWijzigingenToe(w, [edits[0]], {
      actie: "Normaliseer",
      tijdstip: "2021-02-24 10:00:00",
    });
    const [log] = await w.read([{ sheet: LOG_BLAD }]);
    expect(log!.grid.values[0]).toEqual(oud);
    expect(log!.grid.values[2]).toEqual([
      "2021-02-24 10:00:00",
      "2021-02-24 10:00:00",
      "Normaliseer",
      "Acties",
      "B2",
      "nicoline ",
      "Nicoline van der Linden",
      "",
    ]);
    const r = await maakOngedaan(w, { tijdstip: "2021-02-24 11:00:00" });
    expect(r).toMatchObject({ ok: true, value: { batch: "24-02-2021 10:00:00", hersteld: 1 } });
    expect(await cel(w, "Acties", "B2")).toBe("nicoline ");
    const [na] = await w.read([{ sheet: LOG_BLAD }]);
    expect(na!.grid.values[2][7]).toBe("2021-02-24 11:00:00");
    expect(na!.grid.values[1][7]).toBe("");
  });

  test("undo restores the latest batch exactly, then the batch before it", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    const voor = (await momentopname(w)) as { name: string }[];
    await pasWijzigingenToe(w, edits, { actie: "Normaliseer accounthouders", tijdstip: "t1" });
    const naEerste = ((await momentopname(w)) as { name: string }[]).filter(
      (s) => s.name === "Acties"
    );
    await pasWijzigingenToe(w, [{ sheet: "Acties", cell: "B3", from: 42, to: "Henk Mulder" }], {
      actie: "Herstel",
      tijdstip: "t2",
    });
    const eerste = await maakOngedaan(w, { tijdstip: "t3" });
    expect(eerste).toMatchObject({
      ok: true,
      value: { batch: "t2", hersteld: 1, overgeslagen: [] },
    });
    expect(await cel(w, "Acties", "B3")).toBe(42);
    expect(
      ((await momentopname(w)) as { name: string }[]).filter((s) => s.name === "Acties")
    ).toEqual(naEerste);
    await maakOngedaan(w, { tijdstip: "t4" });
    expect(
      ((await momentopname(w)) as { name: string }[]).filter((s) => s.name === "Acties")
    ).toEqual(voor);
    const nogmaals = await maakOngedaan(w, { tijdstip: "t5" });
    expect(!nogmaals.ok && foutTekst(nogmaals.refusal)).toMatch(/geen wijziging/);
  });

  test("a cell changed again since then stays and is named", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    await pasWijzigingenToe(w, edits, { actie: "Normaliseer", tijdstip: "t1" });
    await w.write([
      { kind: "values", sheet: "Acties", address: "C2", values: [["In uitvoering"]] },
    ]);
    const r = await maakOngedaan(w, { tijdstip: "t2" });
    expect(r).toMatchObject({ ok: true, value: { hersteld: 1, overgeslagen: ["Acties!C2"] } });
    expect(await cel(w, "Acties", "C2")).toBe("In uitvoering");
    expect(await cel(w, "Acties", "B2")).toBe("nicoline ");
  });

  test("formula-like text stays text in sheet and log", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    await pasWijzigingenToe(
      w,
      [{ sheet: "Acties", cell: "A2", from: "a", to: '=HYPERLINK("http://x")' }],
      { actie: "Test", tijdstip: "t1" }
    );
    expect(w.workbook.getWorksheet("Acties")!.getCell("A2").type).toBe(
      3 /* ExcelJS.ValueType.String */
    );
    expect(w.workbook.getWorksheet(LOG_BLAD)!.getCell("F2").type).toBe(3);
  });

  test("a cell changed after the preview: nothing written, the cell named", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    await w.write([{ kind: "values", sheet: "Acties", address: "C2", values: [["Gestopt"]] }]);
    const voor = await momentopname(w);
    const r = await pasWijzigingenToe(w, edits, { actie: "Normaliseer", tijdstip: "t1" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.code).toBe("host-changed");
    expect(foutTekst(r.refusal)).toMatch(
      /Cel Acties!C2 is gewijzigd sinds de voorvertoning \(nu "Gestopt", was "Afgerond"\)\. Maak een nieuwe voorvertoning\./
    );
    expect(await momentopname(w)).toEqual(voor);
  });

  test("a file whose log was added since the preview: refused before anything is written", async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    await pasWijzigingenToe(w, [edits[1]], { actie: "Herstel status", tijdstip: "t0" });
    const voor = await momentopname(w);
    const r = await pasWijzigingenToe(w, [edits[0]], {
      actie: "Normaliseer",
      tijdstip: "t1",
      bekend: { logRijen: null },
    });
    expect(!r.ok && foutTekst(r.refusal)).toMatch(
      /Het blad "Wijzigingslog" is sinds de voorvertoning aangemaakt/
    );
    expect(await momentopname(w)).toEqual(voor);
  });

  test('5 and "5", and spaces around them, count as the same value', async () => {
    const w = werkmap({ name: "Acties", values: waarden() });
    const r = await pasWijzigingenToe(
      w,
      [{ sheet: "Acties", cell: "B3", from: "42 ", to: "Anja" }],
      { actie: "Normaliseer", tijdstip: "t1" }
    );
    expect(r.ok).toBe(true);
    expect(await cel(w, "Acties", "B3")).toBe("Anja");
  });
});
