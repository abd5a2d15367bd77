import { valideerEnMarkeer } from "../../../src/app/actielijst/markeer";
import { bereidMijlpalenVoor, maakDashboard } from "../../../src/app/mijlpalen/dashboard";
import { DASHBOARD_BLAD } from "../../../src/core/mijlpalen/sheet/dashboard-sheet";
import { fixtureJson } from "../../support/fixtures";
import { fixtureWerkmap, werkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const verwacht = fixtureJson<{
  quarters: { label: string; end: string; counts: Record<string, number>; total: number }[];
}>("mijlpalen-groningen.expected.json");
const PEIL = "2020-05-12";
const tabel = (q: {
  label: string;
  end: string;
  counts: Record<string, number>;
  total: number;
}) => ({ label: q.label, end: q.end, counts: q.counts, total: q.total });

describe("mijlpalen dashboard on the fixtures", () => {
  test.each([
    ["mijlpalen-groningen-kwartalen.xlsx", "momentopnamen", ["Q4 2019", "Q1 2020"]],
    ["mijlpalen-groningen-datums.xlsx", "mijlpaaldatums", ["Adressen"]],
  ])("%s: the memo's table, in a new sheet", async (bestand, indeling, bronnen) => {
    const w = await fixtureWerkmap(bestand);
    const voor = await bereidMijlpalenVoor(w);
    expect(voor.ok && voor.value).toMatchObject({
      indeling: { soort: indeling },
      bronbladen: bronnen,
      doel: { naam: DASHBOARD_BLAD, vervangt: false },
    });
    const r = await maakDashboard(w, { peildatum: PEIL, gemaakt: "2020-05-12 09:00:00" });
    if (!r.ok) throw new Error(foutTekst(r.refusal));
    const memo = r.value.dashboard.kwartalen
      .filter((k) => ["Q4 2019", "Q1 2020"].includes(k.label))
      .map(tabel);
    expect(memo).toEqual(verwacht.quarters.map(tabel));
    const [blad] = await w.read([{ sheet: DASHBOARD_BLAD }]);
    const rijen = blad!.grid.values;
    expect(rijen[5].slice(0, 9)).toEqual([
      "Kwartaal",
      "Nog niet gestart",
      "Opname",
      "Beoordeling",
      "Planvorming",
      "Uitvoering",
      "Voltooid",
      "Totaal",
      "Stand per",
    ]);
    const q4 = rijen.find((row) => row[0] === "Q4 2019")!;
    // "Stand per" and the peildatum are real dates (43830 is 31-12-2019), shown dd-mm-jjjj.
    expect(q4.slice(0, 9)).toEqual(["Q4 2019", 2887, 546, 701, 402, 61, 346, 4943, 43830]);
    expect(rijen[2].slice(0, 2)).toEqual(["Peildatum", 43963]);
    expect(String(rijen[1][0])).toBe(
      "Gemaakt door Regie op 12-05-2020 09:00:00; opnieuw genereren vervangt dit blad."
    );
    const ws = w.workbook.getWorksheet(DASHBOARD_BLAD)!;
    const q4Rij = rijen.indexOf(q4) + 1;
    expect(ws.getCell(`I${q4Rij}`).numFmt).toBe("dd-mm-yyyy");
    expect(ws.getCell("B3").numFmt).toBe("dd-mm-yyyy");
  });

  test("generating again replaces only its own sheet; a user's sheet with that name stays", async () => {
    const w = await fixtureWerkmap("mijlpalen-groningen-kwartalen.xlsx");
    await maakDashboard(w, { peildatum: PEIL, gemaakt: "eerste" });
    await maakDashboard(w, { peildatum: PEIL, gemaakt: "tweede" });
    const namen = (await w.summary()).sheets.map((s) => s.name);
    expect(namen.filter((n) => n.startsWith(DASHBOARD_BLAD))).toEqual([DASHBOARD_BLAD]);
    const [blad] = await w.read([{ sheet: DASHBOARD_BLAD }]);
    expect(String(blad!.grid.values[1][0])).toMatch(/tweede/);

    const eigen = werkmap(
      {
        name: "Q4 2019",
        values: [
          ["Adres-ID", "Fase"],
          ["1", "Opname"],
        ],
      },
      { name: DASHBOARD_BLAD, values: [["Mijn eigen dashboard"]] }
    );
    const voor = await bereidMijlpalenVoor(eigen);
    expect(voor.ok && voor.value.doel).toEqual({
      naam: `${DASHBOARD_BLAD} (2)`,
      vervangt: false,
      bezetDoorGebruiker: true,
    });
    await maakDashboard(eigen, { peildatum: PEIL, gemaakt: "nu" });
    const [mijn] = await eigen.read([{ sheet: DASHBOARD_BLAD }]);
    expect(mijn!.grid.values).toEqual([["Mijn eigen dashboard"]]);
  });

  test("without address sheets: a Dutch message and nothing written", async () => {
    const w = werkmap({
      name: "Actielijst",
      values: [["Openstaande acties", "Status", "Deadline"]],
    });
    const r = await maakDashboard(w, { peildatum: PEIL, gemaakt: "nu" });
    expect(r.ok).toBe(false);
    expect((await w.summary()).sheets).toHaveLength(1);
  });
});

describe("an empty workbook (issue 24, case 9)", () => {
  test("mijlpalen says what valideer says: the workbook has no sheets", async () => {
    const geen = werkmap();
    expect((await geen.summary()).sheets).toEqual([]);
    const r = await maakDashboard(geen, { peildatum: PEIL, gemaakt: "2020-05-12 09:00:00" });
    expect(!r.ok && foutTekst(r.refusal)).toBe("De werkmap heeft geen bladen.");
    const v = await valideerEnMarkeer(werkmap(), { peildatum: PEIL });
    expect(!v.ok && foutTekst(v.refusal)).toBe("De werkmap heeft geen bladen.");
  });
});
