import { maakRegie } from "../../src/app/regie";
import { readLog, LOG_BLAD } from "../../src/core/wijzigingslog";
import { kop, rij } from "../support/grid";
import { werkmap } from "../support/xlsx";
import { foutTekst } from "../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const opslag = { lees: async () => ({}), bewaar: async () => undefined };

function regieMetLijst() {
  const w = werkmap({
    name: "Actielijst",
    values: [
      kop(),
      rij("a. klaar", "Anja", "gereed", "1 januari 2021"),
      rij("b. loopt", "Anja", "in uitvoering", "1 juni 2021"),
      rij("c. klaar", "Henk", "GEREED", "1 januari 2021"),
    ],
  });
  const regie = maakRegie(w, opslag, "demo", { klok: () => new Date(2021, 1, 24, 10, 15, 3) });
  return { w, regie };
}

async function statussen(w: ReturnType<typeof werkmap>) {
  const [r] = await w.read([{ sheet: "Actielijst" }]);
  return r!.grid.values.slice(1).map((rij) => rij[4]);
}

describe("Herstel alle: all proposed statuses in one write, undone at once", () => {
  test("writes all fixes as one batch in the Wijzigingslog; Ongedaan maken puts them all back", async () => {
    const { w, regie } = regieMetLijst();
    const rapport = await regie.valideer({ peildatum: PEIL });
    if (!rapport.ok) throw new Error(foutTekst(rapport.refusal));
    const fixes = rapport.value.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.map((f) => [f.cell, f.to])).toEqual([
      ["E2", "Gereed"],
      ["E3", "In uitvoering"],
      ["E4", "Gereed"],
    ]);

    const toegepast = await regie.herstel(fixes, "Herstel status");
    expect(toegepast).toEqual({ ok: true, value: { batch: "24-02-2021 10:15:03", aantal: 3 } });
    expect(await statussen(w)).toEqual(["Gereed", "In uitvoering", "Gereed"]);
    const [log] = await w.read([{ sheet: LOG_BLAD }]);
    const regels = readLog(log!.grid.values).regels;
    expect(regels.map((r) => [r.batch, r.cell, r.oud, r.nieuw])).toEqual([
      ["24-02-2021 10:15:03", "E2", "gereed", "Gereed"],
      ["24-02-2021 10:15:03", "E3", "in uitvoering", "In uitvoering"],
      ["24-02-2021 10:15:03", "E4", "GEREED", "Gereed"],
    ]);

    const terug = await regie.maakOngedaan();
    expect(terug).toMatchObject({ ok: true, value: { hersteld: 3, overgeslagen: [] } });
    expect(await statussen(w)).toEqual(["gereed", "in uitvoering", "GEREED"]);
  });
});
