import type { Grid } from "../../../src/core/grid";
import {
  FASEN,
  recogniseIndeling,
  maakMijlpalenDashboard,
  mijlpalenDashboardSchema,
  type MijlpalenDashboard,
} from "../../../src/core/mijlpalen";
import { fixtureJson } from "../../support/fixtures";
import { fixtureWerkmap } from "../../support/xlsx";

interface Verwacht {
  gemeente: string;
  phases: string[];
  quarters: { label: string; end: string; counts: Record<string, number>; total: number }[];
}

const verwacht = fixtureJson<Verwacht>("mijlpalen-groningen.expected.json");
const PEILDATUM = "2020-05-12"; // the memo's date: Q2 2020 is running

async function grids(naam: string): Promise<Grid[]> {
  const werkmap = await fixtureWerkmap(naam);
  const { sheets } = await werkmap.summary();
  const reads = await werkmap.read(sheets.map((s) => ({ sheet: s.name })));
  return reads.map((r) => r!.grid);
}

function dashboard(bladen: Grid[], peildatum = PEILDATUM): MijlpalenDashboard {
  const uitkomst = maakMijlpalenDashboard(bladen, { peildatum });
  if (!uitkomst.ok) throw new Error(`geen dashboard: ${uitkomst.fout.code}`);
  // Checked against its schema; the findings keep their typed params (the schema knows their shape).
  mijlpalenDashboardSchema.parse(uitkomst.dashboard);
  return uitkomst.dashboard;
}

/** The expected JSON's fields of a row, nothing more. */
function alsVerwacht(d: MijlpalenDashboard, labels: string[]): Verwacht["quarters"] {
  return d.kwartalen
    .filter((k) => labels.includes(k.label))
    .map(({ label, end, counts, total }) => ({ label, end, counts, total }));
}

describe("fixture mijlpalen-groningen-kwartalen.xlsx (snapshot sheets)", () => {
  let bladen: Grid[];
  beforeAll(async () => {
    bladen = await grids("mijlpalen-groningen-kwartalen.xlsx");
  });

  test("layout: two snapshot sheets with their quarters from the sheet names", () => {
    const indeling = recogniseIndeling(bladen.map((g) => ({ name: g.sheet, head: g.values })));
    expect(indeling.soort).toBe("momentopnamen");
    expect(indeling.momentopnamen.map((b) => [b.sheet, b.kwartaal, b.kopRij])).toEqual([
      ["Q4 2019", { jaar: 2019, kwartaal: 4 }, 0],
      ["Q1 2020", { jaar: 2020, kwartaal: 1 }, 0],
    ]);
  });

  test("reproduces the expected counts exactly, and nothing else is wrong", () => {
    const d = dashboard(bladen);
    expect(d.fasen).toEqual(verwacht.phases);
    expect(
      d.kwartalen.map(({ label, end, counts, total }) => ({ label, end, counts, total }))
    ).toEqual(verwacht.quarters);
    expect(d.lopend).toBeUndefined();
    expect(d.duplicates).toEqual([]);
    expect(d.regressions).toEqual([]);
    expect(d.totaalVerschil).toEqual([]);
    expect(d.anomalies).toEqual([]);
    expect(d.kwartalen.every((k) => k.perGemeente === undefined)).toBe(true);
  });

  test("movement: 67 addresses from Nog niet gestart to Opname, as the memo says, nothing else", () => {
    const d = dashboard(bladen);
    expect(d.doorstroom).toHaveLength(1);
    expect(d.doorstroom[0]).toMatchObject({
      vorigKwartaal: "Q4 2019",
      quarter: "Q1 2020",
      bewegingen: [{ from: "Nog niet gestart", to: "Opname", aantal: 67 }],
      voltooidBereikt: 0,
    });
  });
});

describe("fixture mijlpalen-groningen-datums.xlsx (milestone dates)", () => {
  let bladen: Grid[];
  beforeAll(async () => {
    bladen = await grids("mijlpalen-groningen-datums.xlsx");
  });

  test("layout: one milestone sheet with five date columns and the result column", () => {
    const indeling = recogniseIndeling(bladen.map((g) => ({ name: g.sheet, head: g.values })));
    expect(indeling.soort).toBe("mijlpaaldatums");
    expect(indeling.mijlpaalBladen[0].kolommen).toEqual({
      adresId: 0,
      gemeente: 6,
      resultaat: 12,
      datums: { Opname: 7, Beoordeling: 8, Planvorming: 9, Uitvoering: 10, Voltooid: 11 },
    });
  });

  test("reproduces the expected counts exactly for the memo's peildatum", () => {
    const d = dashboard(bladen);
    const labels = verwacht.quarters.map((q) => q.label);
    expect(alsVerwacht(d, labels)).toEqual(verwacht.quarters);
    // The ended quarters run from the first date (2017) to Q1 2020; Q2 2020 is apart, as lopend.
    expect(d.kwartalen[0].label).toBe("Q1 2017");
    expect(d.kwartalen.slice(-2).map((k) => k.label)).toEqual(labels);
    expect(d.lopend).toMatchObject({ label: "Q2 2020", end: PEILDATUM, lopend: true });
    expect(d.lopend!.counts).toEqual(verwacht.quarters[1].counts);
    expect(d.anomalies).toEqual([]);
  });

  test("vanaf limits the table to the memo's two quarters", () => {
    const uitkomst = maakMijlpalenDashboard(bladen, {
      peildatum: "2020-03-31",
      vanaf: { jaar: 2019, kwartaal: 4 },
    });
    expect(uitkomst.ok && uitkomst.dashboard.kwartalen.map((k) => k.label)).toEqual([
      "Q4 2019",
      "Q1 2020",
    ]);
    expect(uitkomst.ok && uitkomst.dashboard.lopend).toBeUndefined();
  });

  test("movement Q4 2019 -> Q1 2020 from the dates equals the one from the snapshot sheets", async () => {
    const uitDatums = dashboard(bladen).doorstroom.find((x) => x.quarter === "Q1 2020")!;
    const opnamen = dashboard(await grids("mijlpalen-groningen-kwartalen.xlsx")).doorstroom[0];
    expect(uitDatums.bewegingen).toEqual([{ from: "Nog niet gestart", to: "Opname", aantal: 67 }]);
    expect(uitDatums.matrix).toEqual(opnamen.matrix);
    // Q2 2020 runs to the peildatum: the fixture's dates end on 31-03-2020, so nobody moves.
    expect(dashboard(bladen).doorstroom.at(-1)).toMatchObject({
      quarter: "Q2 2020",
      lopend: true,
      bewegingen: [],
    });
  });

  test("every row sums to its total", () => {
    for (const k of dashboard(bladen).kwartalen)
      expect(FASEN.reduce((som, f) => som + k.counts[f], 0)).toBe(k.total);
  });
});
