import { telRegioDashboard } from "../../../src/app/mijlpalen/regio";
import { foutTekst } from "../../../src/app/weigering-berichten";
import { maakRegioDashboard } from "../../../src/core/mijlpalen";
import {
  alsGrids,
  gemeenteBladen,
  kwartaalEind,
  REGIO,
  TOT,
} from "../../support/gemeente-werkmappen";
import { werkmap } from "../../support/xlsx";

const PEIL = kwartaalEind(TOT);
const werkmappen = () =>
  REGIO.map((g) => ({ bron: g.bestand, port: werkmap(...gemeenteBladen(g, TOT)) }));

describe("telRegioDashboard: each workbook read as one workbook is, then the region", () => {
  test("the same region as the core gives on the sheets; progress per file, in order", async () => {
    const stappen: string[] = [];
    const r = await telRegioDashboard(werkmappen(), {
      peildatum: PEIL,
      onVoortgang: (bron, stap) => stappen.push(`${bron} ${stap}`),
    });
    if (!r.ok) throw new Error(r.refusals.map(foutTekst).join("\n"));
    const kern = maakRegioDashboard(
      REGIO.map((g) => ({ bron: g.bestand, grids: alsGrids(gemeenteBladen(g, TOT)) })),
      { peildatum: PEIL }
    );
    if (!kern.ok) throw new Error("geen regio");
    expect(r.value).toEqual(kern.regio);
    expect(stappen).toEqual(
      REGIO.flatMap((g) => [`${g.bestand} lezen`, `${g.bestand} tellen`, `${g.bestand} klaar`])
    );
  });

  test("every workbook that gives no dashboard is a refusal naming it; the others are still read", async () => {
    const r = await telRegioDashboard(
      [
        { bron: "leeg.xlsx", port: werkmap({ name: "Blad1", values: [["x"]] }) },
        ...werkmappen(),
        {
          bron: "Blad1.xlsx",
          port: werkmap({
            name: "Blad1",
            values: [
              ["Adres-ID", "Fase"],
              ["1", "Opname"],
            ],
          }),
        },
      ],
      { peildatum: PEIL }
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusals.map((x) => [x.file, x.code])).toEqual([
      ["leeg.xlsx", "geen-indeling"],
      ["Blad1.xlsx", "geen-kwartaal"],
    ]);
    expect(foutTekst(r.refusals[1])).toMatch(
      /^In Blad1\.xlsx: Uit geen van de bladnamen \(Blad1\)/
    );
  });

  test("cancelled: one refusal, no further workbook read", async () => {
    const stop = new AbortController();
    stop.abort();
    const gelezen: string[] = [];
    const r = await telRegioDashboard(werkmappen(), {
      peildatum: PEIL,
      signal: stop.signal,
      onVoortgang: (bron) => gelezen.push(bron),
    });
    expect(r).toMatchObject({ ok: false, refusals: [{ code: "afgebroken" }] });
    expect(gelezen).toEqual([]);
  });
});
