import { maakRegioDashboard, type RegioDashboard } from "../../../../src/core/mijlpalen";
import { FASE_KLEUREN } from "../../../../src/core/mijlpalen/fasen/fase-kleuren";
import { FASEN } from "../../../../src/core/mijlpalen/fasen/fasen";
import { regioBlad, REGIO_BLAD } from "../../../../src/core/mijlpalen/sheet/regio-sheet";
import { rijenPerPagina, schaalOpBreedte } from "../../../../src/core/afdruk";
import {
  alsGrids,
  gemeenteBladen,
  kwartaalEind,
  REGIO,
  TOT,
} from "../../../support/gemeente-werkmappen";

function regio(): RegioDashboard {
  const r = maakRegioDashboard(
    REGIO.map((g) => ({ bron: g.bestand, grids: alsGrids(gemeenteBladen(g, TOT)) })),
    { peildatum: kwartaalEind(TOT) }
  );
  if (!r.ok) throw new Error("geen regio");
  return r.regio;
}

describe("regioBlad: the region's sheet", () => {
  const r = regio();
  const b = regioBlad(r, "2021-02-24 10:00:00");

  test("the region first, then one part per gemeente in the region's order, each a table and a chart", () => {
    expect(b.values[0]).toEqual([REGIO_BLAD]);
    expect(b.secties.map((s) => s.naam)).toEqual([
      "Regio (5 gemeenten)",
      ...r.gemeenten.map((g) => `${g.gemeente} (${g.bron})`),
    ]);
    expect(b.tabellen).toHaveLength(6);
    expect(new Set(b.tabellen.map((t) => t.naam)).size).toBe(6);
    expect(b.grafieken).toHaveLength(6);
    for (const g of b.grafieken) expect(g.seriesColors).toEqual(FASEN.map((f) => FASE_KLEUREN[f]));
  });

  test("the region's rows are its quarters; the incomplete one is marked and names Ten Boer", () => {
    const { kopRij, eindRij } = b.secties[0];
    const rijen = b.values.slice(kopRij, eindRij);
    expect(rijen.map((x) => x[0])).toEqual(r.kwartalen.map((k) => k.label));
    expect(rijen.map((x) => x[7])).toEqual(r.kwartalen.map((k) => k.total));
    expect(rijen[0][9]).toBe("onvolledig: zonder Ten Boer");
    expect(rijen.slice(1).every((x) => x[9] === undefined)).toBe(true);
    expect(b.opmaak).toContainEqual(
      expect.objectContaining({ address: `A${kopRij + 1}:J${kopRij + 1}`, italic: true })
    );
  });

  test("prints landscape one page wide: every gemeente and the findings start a page, row 1 repeats", () => {
    expect(b.afdruk).toMatchObject({
      printArea: `A1:J${b.values.length}`,
      fitToPages: { wide: 1, tall: 0 },
      printTitleRows: "$1:$1",
    });
    const titels = b.secties.slice(1).map((s) => s.kopRij - 1);
    expect(b.afdruk.rowBreaks.slice(0, titels.length)).toEqual(titels);
    const meldingen = b.values.findIndex((x) => String(x[0]).startsWith("Meldingen over"));
    expect(b.afdruk.rowBreaks).toContain(meldingen + 1);
    // Each page (break to break) holds no more rows than a page does at the scale one page wide.
    const breedte = b.opmaak.reduce((som, o) => som + (o.columnWidth ?? 0), 0);
    const perPagina = rijenPerPagina(schaalOpBreedte(breedte));
    const grenzen = [1, ...b.afdruk.rowBreaks, b.values.length + 1];
    for (let i = 1; i < grenzen.length; i++)
      expect(grenzen[i] - grenzen[i - 1]).toBeLessThanOrEqual(perPagina);
  });

  test("Stand per sits centred apart from Opmerking, and Opmerking, the page's last column, is as wide as its note", () => {
    const { kopRij, eindRij } = b.secties[0];
    expect(b.opmaak).toContainEqual({
      address: `I${kopRij}:I${eindRij}`,
      horizontalAlignment: "Center",
    });
    const breedte = (kolom: string) =>
      b.opmaak.find((o) => o.address === `${kolom}1` && o.columnWidth !== undefined)!.columnWidth!;
    // A column takes 6 pt a character and 18 of margin (blad-opmaak.ts): the whole note, not its start.
    expect(breedte("J")).toBeGreaterThanOrEqual("onvolledig: zonder Ten Boer".length * 6 + 18);
  });
});
