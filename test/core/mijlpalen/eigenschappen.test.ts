import fc from "fast-check";
import { toExcelSerial } from "../../../src/core/dates/iso";
import type { CellValue, Grid } from "../../../src/core/grid";
import {
  FASEN,
  maakMijlpalenDashboard,
  mijlpalenDashboardSchema,
  type KwartaalTelling,
  type MijlpalenDashboard,
} from "../../../src/core/mijlpalen";
import { faseOp, maakStappen } from "../../../src/core/mijlpalen/input/tijdlijn";
import { blad, DATUM_KOP, OPNAME_KOP } from "./helpers";

const LABELS = [
  ...FASEN,
  "opname ",
  "GEREED",
  "Afgerond",
  "niet gestart",
  "Beoordleing",
  "Sloop",
  "",
  "?",
];
const cel = fc.oneof(
  fc.constantFrom<CellValue>("", null, true, 0, -1, "#N/A", "x"),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true })
);
const adresId = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.integer({ min: 1, max: 40 }),
  cel
);

/** Every row sums to its total; per gemeente too, and the gemeenten add up to the row. */
function klopt(t: KwartaalTelling): void {
  expect(FASEN.reduce((som, f) => som + t.counts[f], 0)).toBe(t.total);
  if (!t.perGemeente) return;
  for (const g of t.perGemeente)
    expect(FASEN.reduce((som, f) => som + g.counts[f], 0)).toBe(g.total);
  for (const f of FASEN)
    expect(t.perGemeente.reduce((som, g) => som + g.counts[f], 0)).toBe(t.counts[f]);
}

/**
 * The movement explains the counts: each phase of a quarter is its stayers plus everyone who moved
 * in, each phase of the quarter before is its stayers plus everyone who moved out.
 */
function doorstroomKlopt(d: MijlpalenDashboard): void {
  const rijen = [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])];
  expect(d.doorstroom).toHaveLength(Math.max(0, rijen.length - 1));
  d.doorstroom.forEach((x, i) => {
    const [vorig, nu] = [rijen[i], rijen[i + 1]];
    expect([x.vorigKwartaal, x.quarter]).toEqual([vorig.label, nu.label]);
    FASEN.forEach((f, n) => {
      const erin = x.bewegingen.filter((b) => b.to === f).reduce((som, b) => som + b.aantal, 0);
      const eruit = x.bewegingen.filter((b) => b.from === f).reduce((som, b) => som + b.aantal, 0);
      expect(x.matrix[n][n] + erin).toBe(nu.counts[f]);
      expect(x.matrix[n][n] + eruit).toBe(vorig.counts[f]);
    });
    const voltooid = FASEN.length - 1;
    expect(x.voltooidBereikt).toBe(
      x.matrix.slice(0, voltooid).reduce((som, rij) => som + rij[voltooid], 0)
    );
  });
}

function gemaakt(grids: Grid[], peildatum: string): MijlpalenDashboard {
  const uitkomst = maakMijlpalenDashboard(grids, { peildatum });
  if (!uitkomst.ok) throw new Error(uitkomst.fout.code);
  // Checked against its schema; the findings keep their typed params (the schema knows their shape).
  mijlpalenDashboardSchema.parse(uitkomst.dashboard);
  return uitkomst.dashboard;
}

const snapshotRij = fc.tuple(
  adresId,
  fc.constantFrom(...LABELS),
  fc.constantFrom("Groningen", "Loppersum", "groningen", ""),
  cel
);
const snapshotBlad = (naam: string) =>
  fc
    .array(
      fc.oneof(
        {
          weight: 9,
          arbitrary: snapshotRij.map(([id, fase, gemeente, x]) => [id, x, gemeente, fase]),
        },
        { weight: 1, arbitrary: fc.array(cel, { maxLength: 5 }) }
      ),
      { maxLength: 60 }
    )
    .map((rijen) => blad(naam, [OPNAME_KOP, ...(rijen as CellValue[][])]));

describe("properties", () => {
  test("snapshot sheets: every row sums to its total, and totaal changes are explained", () => {
    const naam = fc.constantFrom(
      "Q3 2019",
      "Q4 2019",
      "2020 Q1",
      "Kwartaal 2 2020",
      "31-12-2020",
      "Blad1"
    );
    fc.assert(
      fc.property(
        fc
          .uniqueArray(naam, { minLength: 1, maxLength: 5 })
          .chain((namen) => fc.tuple(...namen.map(snapshotBlad))),
        (grids) => {
          const uitkomst = maakMijlpalenDashboard(grids, { peildatum: "2021-02-01" });
          if (!uitkomst.ok) return expect(uitkomst.fout.code).toBe("geen-kwartaal");
          mijlpalenDashboardSchema.parse(uitkomst.dashboard);
          const d = uitkomst.dashboard;
          [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])].forEach(klopt);
          doorstroomKlopt(d);
          for (const v of d.totaalVerschil)
            expect(v.nu - v.vorig).toBe(v.added.length - v.gone.length);
          for (let i = 1; i < d.kwartalen.length; i++) {
            const verschil = d.totaalVerschil.find((v) => v.quarter === d.kwartalen[i].label);
            expect(d.kwartalen[i].total - d.kwartalen[i - 1].total).toBe(
              verschil ? verschil.nu - verschil.vorig : 0
            );
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  const datum = fc.integer({
    min: toExcelSerial("2018-01-01")!,
    max: toExcelSerial("2021-06-30")!,
  });
  const datumCel = fc.oneof(
    { weight: 6, arbitrary: datum },
    { weight: 2, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: cel }
  );
  const datumRij = fc.tuple(
    adresId,
    fc.constantFrom("Groningen", "Ten Boer"),
    fc.array(datumCel, { minLength: 5, maxLength: 5 }),
    fc.constantFrom("", "versterken", "voldoet aan norm")
  );

  test("milestone dates: rows sum to totals, totals never change, nothing goes back", () => {
    fc.assert(
      fc.property(
        fc.array(datumRij, { maxLength: 60 }),
        fc.constantFrom("2020-05-12", "2020-12-31", "2021-08-01"),
        (rijen, peildatum) => {
          const grid = blad("Adressen", [
            DATUM_KOP,
            ...rijen.map(([id, g, d, r]) => [id, g, ...d, r]),
          ]);
          const d = gemaakt([grid], peildatum);
          const rijenAlle = [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])];
          rijenAlle.forEach(klopt);
          expect(new Set(rijenAlle.map((k) => k.total)).size).toBeLessThanOrEqual(1);
          // Phases only move forward: the share not started never grows, the share done never shrinks.
          for (let i = 1; i < rijenAlle.length; i++) {
            expect(rijenAlle[i].counts["Nog niet gestart"]).toBeLessThanOrEqual(
              rijenAlle[i - 1].counts["Nog niet gestart"]
            );
            expect(rijenAlle[i].counts.Voltooid).toBeGreaterThanOrEqual(
              rijenAlle[i - 1].counts.Voltooid
            );
          }
          expect(d.regressions).toEqual([]);
          doorstroomKlopt(d);
          // Nothing moves back and nothing comes or goes: every move is to a later phase.
          for (const x of d.doorstroom)
            for (const b of x.bewegingen)
              expect(FASEN.indexOf(b.to as never)).toBeGreaterThan(FASEN.indexOf(b.from as never));
        }
      ),
      { numRuns: 200 }
    );
  });

  test("milestone dates and the snapshots they imply give the same counts", () => {
    const schoneRij = fc.array(fc.option(datum, { nil: null }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(schoneRij, { minLength: 1, maxLength: 40 }), (adressen) => {
        const peildatum = "2021-06-30";
        const d = gemaakt(
          [
            blad("Adressen", [
              DATUM_KOP,
              ...adressen.map((dd, i) => [`A${i}`, "Groningen", ...dd.map((x) => x ?? ""), ""]),
            ]),
          ],
          peildatum
        );
        // Brute force: each address's phase on each quarter end, as snapshot sheets.
        const opnamen = d.kwartalen.map((k) =>
          blad(k.label, [
            OPNAME_KOP,
            ...adressen.map((dd, i) => {
              const stappen = maakStappen(
                dd.flatMap((s, m) => (s === null ? [] : [{ datum: isoVan(s), fase: m + 1 }]))
              );
              return [`A${i}`, "", "Groningen", faseOp(stappen, k.end)];
            }),
          ])
        );
        const uitOpnamen = gemaakt(opnamen, peildatum);
        expect(uitOpnamen.kwartalen.map((k) => k.counts)).toEqual(d.kwartalen.map((k) => k.counts));
        expect(uitOpnamen.regressions).toEqual([]);
        expect(uitOpnamen.doorstroom).toEqual(d.doorstroom.filter((x) => !x.lopend));
      }),
      { numRuns: 150 }
    );
  });

  test("any grid at all: nothing throws, the answer is a dashboard or a refusal", () => {
    const kop = fc.shuffledSubarray([...OPNAME_KOP, ...DATUM_KOP, "Toelichting", "Status"], {
      minLength: 1,
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        kop,
        fc.array(fc.array(cel, { maxLength: 10 }), { maxLength: 30 }),
        fc.nat(3),
        (naam, k, rijen, boven) => {
          const grid = blad(naam, [
            ...Array.from({ length: boven }, () => [] as CellValue[]),
            k,
            ...rijen,
          ]);
          const uitkomst = maakMijlpalenDashboard([grid], { peildatum: "2020-05-12" });
          if (uitkomst.ok) [...uitkomst.dashboard.kwartalen].forEach(klopt);
          else expect(["geen-indeling", "geen-kwartaal"]).toContain(uitkomst.fout.code);
        }
      ),
      { numRuns: 300 }
    );
  });
});

function isoVan(serial: number): string {
  // Serials in the generated range are whole days after 1900-03-01.
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return d.toISOString().slice(0, 10);
}
