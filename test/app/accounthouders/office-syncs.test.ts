import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
  regelSleutel,
} from "../../../src/app/accounthouders/normaliseer";
import type { CellValue } from "../../../src/core/grid";
import { LOG_BLAD } from "../../../src/core/wijzigingslog";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { kop, rij } from "../../support/grid";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const REGISTER: CellValue[][] = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Nicoline van der Linden", "Nicoline", "", "", ""],
  ["Anja Woortman", "Anja", "", "", ""],
];
const VARIANTEN = [
  "Nicoline",
  "nicoline ",
  "N. van der Linden",
  "Anja",
  "Nicoline / Anja",
  "0/26",
  "ntb",
];

function opzet(n: number) {
  const rows = [
    kop(),
    ...Array.from({ length: n }, (_, i) =>
      rij(`a. actie ${i}`, VARIANTEN[i % VARIANTEN.length], "In uitvoering", "1 mei 2021")
    ),
  ];
  const standIn = ExcelEmulator.fromSheets([
    { name: "Actielijst", values: rows },
    { name: "Accounthouders", values: REGISTER },
  ]);
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

describe("normalising via Office.js (standIn Excel)", () => {
  test("20,000 rows on Excel on the web: every request under 4 MB, actually measured", async () => {
    const { standIn, port } = opzet(20_000);
    const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    await pasNormalisatieToe(
      port,
      voorstel.value,
      alleRegels(voorstel.value),
      "2021-02-24 10:00:00"
    );
    expect(standIn.syncs.filter((s) => s.error)).toEqual([]);
    expect(Math.max(...standIn.syncs.map((s) => s.requestBytes))).toBeLessThan(4_000_000);
    // The 20,000 owner cells stack into one range per run of rows: the write is one sync, all or
    // nothing, where one range per cell took four chunks; before it, the guard read (issue 24,
    // case 12: changed cells are refused before anything is written).
    expect(standIn.syncCount).toBe(4);
    expect(standIn.values("Actielijst")[1][3]).toBe("Nicoline van der Linden");
    expect(standIn.values(LOG_BLAD)).toHaveLength(1 + voorstel.value.normalisatie.edits.length);
  });

  test.each([50, 5_000])(
    "preview + apply of %i rows: at most 4 syncs; nothing written before confirmation",
    async (n) => {
      const { standIn, port } = opzet(n);
      const voor = standIn.snapshot();
      const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL });
      if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
      expect(standIn.snapshot()).toEqual(voor);
      expect(standIn.syncCount).toBe(2);
      await pasNormalisatieToe(
        port,
        voorstel.value,
        alleRegels(voorstel.value),
        "2021-02-24 10:00:00"
      );
      // The guard read, then the writes: a changed cell is refused before anything is written.
      expect(standIn.syncCount).toBe(4);
      expect(standIn.values("Actielijst")[1][3]).toBe("Nicoline van der Linden");
      expect(standIn.values(LOG_BLAD)).toHaveLength(1 + voorstel.value.normalisatie.edits.length);
    }
  );

  test("only the checked lines are written", async () => {
    const { standIn, port } = opzet(14);
    const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    await pasNormalisatieToe(
      port,
      voorstel.value,
      new Set([regelSleutel("0/26", "(10)(2e)")]),
      "t"
    );
    const kolom = standIn
      .values("Actielijst")
      .slice(1)
      .map((r) => r[3]);
    expect(kolom.filter((v) => v === "(10)(2e)")).toHaveLength(2);
    expect(kolom.filter((v) => v === "Nicoline")).toHaveLength(2);
  });

  test("without a register: a Dutch message and nothing written", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst", values: [kop(), rij("a", "Anja", "Gereed", "")] },
    ]);
    const voor = standIn.snapshot();
    const r = await normaliseerVoorvertoning(new OfficeWorkbookPort(standIn.run), {
      peildatum: PEIL,
    });
    expect(!r.ok && foutTekst(r.refusal)).toMatch(/Register opbouwen/);
    expect(standIn.snapshot()).toEqual(voor);
  });

  test("a cell changed after the preview: everything reverted, the user keeps their text", async () => {
    const { standIn, port } = opzet(14);
    const voorstel = await normaliseerVoorvertoning(port, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    // Someone edits an owner cell the preview proposes to change, before "Toepassen".
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem("Actielijst").getRange("D2").values = [["Kees"]];
      await context.sync();
    });
    const voor = standIn.snapshot();
    const syncs = standIn.syncCount;
    const r = await pasNormalisatieToe(port, voorstel.value, alleRegels(voorstel.value), "t");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.code).toBe("host-changed");
    expect(foutTekst(r.refusal)).toContain(
      'Cel Actielijst!D2 is gewijzigd sinds de voorvertoning (nu "Kees"'
    );
    expect(standIn.snapshot()).toEqual(voor);
    expect(standIn.values("Actielijst")[1][3]).toBe("Kees");
    // The guard read found the change before anything was written: nothing to put back, only
    // the write lock it took to give back.
    expect(standIn.syncCount - syncs).toBe(2);
  });
});
