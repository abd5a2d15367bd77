import { valideer } from "../../../src/app/actielijst/valideer";
import { zetRijTerug, zetRijTerugVoorvertoning } from "../../../src/app/actielijst/zet-rij-terug";
import type { WorkbookPort } from "../../../src/app/ports";
import { maakRegie } from "../../../src/app/regie";
import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { areaAddress } from "../../../src/core/address";
import type { CellValue, Grid } from "../../../src/core/grid";
import { LOG_BLAD, LOG_KOP } from "../../../src/core/wijzigingslog";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { fixture, fixtureJson } from "../../support/fixtures";
import { verschuif } from "../../support/verschuif";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const TIJD = "2021-02-24 10:15:00";
const verwacht = fixtureJson<{ row: number; status: string; rag: string }[]>(
  "actielijst-duo-2021.expected.json"
);

let origineel: Grid;
beforeAll(async () => {
  const w = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
  origineel = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
});

/** The fixture with one row shifted, in the file adapter (CLI) or in Excel (emulator + office.js). */
async function werkmap(
  soort: "xlsx" | "excel",
  row: number,
  richting: "links" | "rechts"
): Promise<WorkbookPort> {
  const grid = verschuif(origineel, row, 2, richting);
  if (soort === "excel")
    return new OfficeWorkbookPort(
      ExcelEmulator.fromSheets([
        { name: "Actielijst", values: grid.values, merges: grid.merges.map(areaAddress) },
      ]).run
    );
  const w = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
  await w.write([
    { kind: "values", sheet: "Actielijst", address: `A${row}`, values: [grid.values[row - 1]] },
  ]);
  return w;
}

async function rij(port: WorkbookPort, row: number): Promise<CellValue[]> {
  const [r] = await port.read([{ sheet: "Actielijst" }]);
  return r!.grid.values[row - 1].slice(0, 8).map((v) => v ?? "");
}

const GEVALLEN = [
  ["xlsx", 16, "links"],
  ["xlsx", 3, "rechts"],
  ["excel", 16, "links"],
  ["excel", 15, "links"],
] as const;

describe("Zet rij terug", () => {
  test.each(GEVALLEN)(
    "%s, row %i to %s: the preview names old -> new per cell and writes nothing",
    async (soort, row, richting) => {
      const port = await werkmap(soort, row, richting);
      const voor = await rij(port, row);
      const voorstel = await zetRijTerugVoorvertoning(port, { peildatum: PEIL });
      if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
      expect(voorstel.value.rijen.map((r) => [r.row, r.richting])).toEqual([[row, richting]]);
      const goed = origineel.values[row - 1].slice(0, 8);
      for (const w of voorstel.value.rijen[0].wijzigingen) {
        const c = w.cell.charCodeAt(0) - 65;
        expect(w.from).toEqual(voor[c]);
        // Every cell gets what the original row held there; only a cell the shift overwrote stays empty.
        expect([goed[c], ""]).toContainEqual(w.to);
      }
      expect(await rij(port, row)).toEqual(voor);
    }
  );

  test.each(GEVALLEN)(
    "%s, row %i to %s: applying puts the cells back, with Wijzigingslog; afterwards nothing shifted and undo restores",
    async (soort, row, richting) => {
      const port = await werkmap(soort, row, richting);
      const voor = await rij(port, row);
      const voorstel = await zetRijTerugVoorvertoning(port, { peildatum: PEIL });
      if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
      const gedaan = await zetRijTerug(port, voorstel.value, TIJD);
      expect(gedaan).toMatchObject({ ok: true, value: { rijen: [row] } });
      const na = await rij(port, row);
      const goed = origineel.values[row - 1].slice(0, 8).map((v) => v ?? "");
      // The shift overwrote one cell (left: the one before column C); all others are back.
      const overschreven = richting === "links" ? 1 : -1;
      na.forEach((v, c) => (c === overschreven ? expect(v).toBe("") : expect(v).toEqual(goed[c])));

      const [log] = await port.read([{ sheet: LOG_BLAD }]);
      const regels = log!.grid.values
        .slice(1)
        .filter((r) => r[LOG_KOP.indexOf("Handeling")] === "Zet rij terug");
      expect(regels).toHaveLength(voorstel.value.rijen[0].wijzigingen.length);

      const opnieuw = await valideer(port, { peildatum: PEIL });
      if (!opnieuw.ok) throw new Error(foutTekst(opnieuw.refusal));
      expect(opnieuw.value.findings.map((f) => f.code)).not.toContain("rij-verschoven");
      const a = opnieuw.value.acties.find((x) => x.row === row)!;
      const v = verwacht.find((x) => x.row === row)!;
      expect([a.status, a.verkeerslicht]).toEqual([v.status, v.rag]);

      expect(await maakOngedaan(port, { tijdstip: "2021-02-24 10:16:00" })).toMatchObject({
        ok: true,
        value: { actie: "Zet rij terug", overgeslagen: [] },
      });
      expect(await rij(port, row)).toEqual(voor);
    }
  );

  test("a cell changed after the preview: nothing written", async () => {
    const port = await werkmap("xlsx", 16, "links");
    const voorstel = await zetRijTerugVoorvertoning(port, { peildatum: PEIL });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    await port.write([
      { kind: "values", sheet: "Actielijst", address: "D16", values: [["Gereed"]] },
    ]);
    const voor = await rij(port, 16);
    const gedaan = await zetRijTerug(port, voorstel.value, TIJD);
    expect(gedaan.ok).toBe(false);
    expect(await rij(port, 16)).toEqual(voor);
  });

  test("only the chosen rows, and via the Regie object the way the task pane calls it", async () => {
    const grid = verschuif(verschuif(origineel, 16, 2, "links"), 3, 2, "rechts");
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst", values: grid.values, merges: grid.merges.map(areaAddress) },
    ]);
    const port = new OfficeWorkbookPort(standIn.run);
    const opslag = { lees: async () => null, bewaar: async () => undefined };
    const regie = maakRegie(port, opslag as never, "excel", {
      klok: () => new Date(2021, 1, 24, 10, 15),
    });
    const alle = await regie.zetRijTerugVoorvertoning({ peildatum: PEIL });
    expect(alle.ok && alle.value.rijen.map((r) => r.row)).toEqual([3, 16]);
    const een = await regie.zetRijTerugVoorvertoning({ peildatum: PEIL }, [16]);
    if (!een.ok) throw new Error(foutTekst(een.refusal));
    expect(een.value.rijen.map((r) => r.row)).toEqual([16]);
    expect(await regie.zetRijTerug(een.value)).toMatchObject({
      ok: true,
      value: { rijen: [16] },
    });
    const na = await valideer(port, { peildatum: PEIL });
    expect(
      na.ok && na.value.findings.filter((f) => f.code === "rij-verschoven").map((f) => f.params.row)
    ).toEqual([3]);
  });
});
