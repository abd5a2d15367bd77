import { maakRegie } from "../../../src/app/regie";
import type { InstellingenOpslag } from "../../../src/app/instellingen";
import { STANDAARD_INSTELLINGEN } from "../../../src/app/instellingen";
import { LOG_BLAD, LOG_KOP } from "../../../src/core/wijzigingslog";
import { OfficeWorkbookPort } from "../../../src/host/office";
import type { CellValue } from "../../../src/core/grid";
import { maakDemoWerkmap, type DemoBlad } from "../../../src/taskpane/demo/demo-werkmap";
import { readDemoSheets } from "../../../src/tools/demo-bladen";
import { foutTekst } from "../../../src/app/weigering-berichten";

const OPTIES = { peildatum: "2021-02-24", binnenkortDagen: 14 };
const opslag: InstellingenOpslag = {
  lees: async () => STANDAARD_INSTELLINGEN,
  bewaar: async () => undefined,
};

let bladen: DemoBlad[];
/** The fixture's action list, as the demo's sheet is made from it. */
let fixture: CellValue[][];
beforeAll(async () => {
  bladen = await readDemoSheets();
  fixture = bladen.find((b) => b.name === "Actielijst")!.values;
});

/** The demo workbook behind the Regie object, as the pane uses it, with a fixed clock. */
function demo() {
  const standIn = maakDemoWerkmap(bladen);
  const regie = maakRegie(new OfficeWorkbookPort(standIn.run), opslag, "demo", {
    klok: () => new Date(2021, 1, 24, 10, 15, 0),
  });
  return { standIn, regie };
}

const rij15 = (w: unknown[][]) => w[14].slice(0, 8).map((v) => v ?? "");

describe("Zet rij terug from the findings (one click, the preview shown)", () => {
  test("writes exactly the moves shown, with Wijzigingslog; Ongedaan maken puts the row back as it was", async () => {
    const { standIn, regie } = demo();
    const voor = rij15(standIn.values("Actielijst"));
    const getoond = await regie.valideer(OPTIES);
    if (!getoond.ok) throw new Error(foutTekst(getoond.refusal));
    const r = await regie.zetGetoondeRijTerug(OPTIES, getoond.value, 15);
    expect(r).toMatchObject({ ok: true, value: { rijen: [15], aantal: 6 } });
    // Back as the published copy has it, but for its topic in B15: the shift overwrote that.
    const origineel = rij15(fixture.map((r) => [...r, "", "", "", "", "", "", "", ""]));
    expect(rij15(standIn.values("Actielijst"))).toEqual([origineel[0], "", ...origineel.slice(2)]);
    const log = standIn.values(LOG_BLAD).slice(1);
    expect(log.filter((l) => l[LOG_KOP.indexOf("Handeling")] === "Zet rij terug")).toHaveLength(6);
    const opnieuw = await regie.valideer(OPTIES);
    expect(opnieuw.ok && opnieuw.value.findings.map((f) => f.code)).not.toContain("rij-verschoven");
    expect(await regie.maakOngedaan()).toMatchObject({ ok: true });
    expect(rij15(standIn.values("Actielijst"))).toEqual(voor);
  });

  test("a cell of the row changed after validating: nothing written, the message names the cell", async () => {
    const { standIn, regie } = demo();
    const getoond = await regie.valideer(OPTIES);
    if (!getoond.ok) throw new Error(foutTekst(getoond.refusal));
    await standIn.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Actielijst").getRange("E15").values = [["Gereed"]];
      await ctx.sync();
    });
    const voor = rij15(standIn.values("Actielijst"));
    const r = await regie.zetGetoondeRijTerug(OPTIES, getoond.value, 15);
    expect(r.ok).toBe(false);
    expect(!r.ok && foutTekst(r.refusal)).toBe(
      "Rij 15 is veranderd sinds het valideren (E15, F15); er is niets gewijzigd. Bekijk de nieuwe voorvertoning."
    );
    expect(rij15(standIn.values("Actielijst"))).toEqual(voor);
    expect(standIn.sheetNames()).not.toContain(LOG_BLAD);
  });
});
