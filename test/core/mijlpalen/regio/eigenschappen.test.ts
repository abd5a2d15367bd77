import fc from "fast-check";
import {
  maakMijlpalenDashboard,
  maakRegioDashboard,
  regioDashboardSchema,
  regioFoutBericht,
} from "../../../../src/core/mijlpalen";
import {
  alsGrids,
  bereik,
  gemeenteBladen,
  kwartaalEind,
  type GemeenteSpec,
} from "../../../support/gemeente-werkmappen";

/**
 * One set of addresses split over k gemeenten's workbooks at random, each in a layout and quarter
 * naming of its own, snapshot workbooks starting in a quarter of their own: on every quarter all
 * workbooks have, the region is the count of the union as one workbook; no address is in two
 * workbooks, so there is nothing to find across them.
 */
const regioArb = fc
  .record({
    adressen: fc.integer({ min: 0, max: 60 }),
    k: fc.integer({ min: 2, max: 5 }),
    tot: fc.integer({ min: 1, max: 7 }),
    /** Mid-quarter (a running quarter) or its last day. */
    lopend: fc.boolean(),
  })
  .chain(({ adressen, k, tot, lopend }) =>
    fc.record({
      tot: fc.constant(tot),
      lopend: fc.constant(lopend),
      adressen: fc.constant(adressen),
      deel: fc.array(fc.integer({ min: 0, max: k - 1 }), {
        minLength: adressen,
        maxLength: adressen,
      }),
      bestanden: fc.array(
        fc.record({
          indeling: fc.constantFrom("momentopnamen" as const, "mijlpaaldatums" as const),
          naamstijl: fc.constantFrom("Q" as const, "ordinaal" as const, "datum" as const),
          start: fc.integer({ min: 0, max: 2 }),
          kolom: fc.boolean(),
        }),
        { minLength: k, maxLength: k }
      ),
    })
  );

describe("property: the region of a partition is the count of the union", () => {
  test("for the quarters every workbook has", () => {
    fc.assert(
      fc.property(regioArb, ({ tot, lopend, adressen, deel, bestanden }) => {
        // Quarters 0..tot end on or before the peildatum; tot + 1 runs when `lopend`.
        const laatste = lopend ? tot + 1 : tot;
        const peil = lopend ? midden(tot + 1) : kwartaalEind(tot);
        const specs: GemeenteSpec[] = bestanden.map((b, i) => ({
          bestand: `g${i}.xlsx`,
          gemeente: b.kolom ? `Gemeente ${i}` : null,
          indeling: b.indeling,
          naamstijl: b.naamstijl,
          adressen: deel.flatMap((d, a) => (d === i ? [a] : [])),
          kwartalen: bereik(Math.min(b.start, tot), laatste),
        }));
        const u = maakRegioDashboard(
          specs.map((g) => ({ bron: g.bestand, grids: alsGrids(gemeenteBladen(g, laatste)) })),
          { peildatum: peil }
        );
        if (!u.ok) throw new Error(u.fouten.map(regioFoutBericht).join("\n"));
        regioDashboardSchema.parse(u.regio);
        const unie: GemeenteSpec = {
          bestand: "unie.xlsx",
          gemeente: "Regio",
          indeling: "momentopnamen",
          adressen: bereik(0, adressen - 1),
          kwartalen: bereik(0, laatste),
        };
        const alleen = maakMijlpalenDashboard(alsGrids(gemeenteBladen(unie, laatste)), {
          peildatum: peil,
        });
        if (!alleen.ok) throw new Error(alleen.fout.code);
        const unieRijen = [
          ...alleen.dashboard.kwartalen,
          ...(alleen.dashboard.lopend ? [alleen.dashboard.lopend] : []),
        ];
        const regioRijen = [...u.regio.kwartalen, ...(u.regio.lopend ? [u.regio.lopend] : [])];
        for (const rij of regioRijen) {
          expect(rij.ontbrekend.length + rij.perGemeente.length).toBe(specs.length);
          if (rij.ontbrekend.length > 0) continue;
          const x = unieRijen.find((r) => r.label === rij.label)!;
          expect([rij.end, rij.counts, rij.total]).toEqual([x.end, x.counts, x.total]);
        }
        expect(u.regio.bevindingen).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});

/**
 * The 28th of the middle month of quarter q: a peildatum in a running quarter, after every
 * milestone date the workbooks give that quarter (days 1 to 27 of its middle month), so that a
 * milestone workbook's running quarter says what a snapshot of it says.
 */
function midden(q: number): string {
  const [jaar, maand] = kwartaalEind(q).split("-").map(Number);
  return `${jaar}-${String(maand - 1).padStart(2, "0")}-28`;
}
