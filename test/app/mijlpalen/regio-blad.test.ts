import { schrijfRegioDashboard } from "../../../src/app/mijlpalen/regio-blad";
import { maakRegioDashboard } from "../../../src/core/mijlpalen";
import { REGIO_BLAD } from "../../../src/core/mijlpalen/sheet/regio-sheet";
import {
  alsGrids,
  gemeenteBladen,
  kwartaalEind,
  REGIO,
  TOT,
} from "../../support/gemeente-werkmappen";
import { werkmap } from "../../support/xlsx";

const r = maakRegioDashboard(
  REGIO.map((g) => ({ bron: g.bestand, grids: alsGrids(gemeenteBladen(g, TOT)) })),
  { peildatum: kwartaalEind(TOT) }
);

describe("schrijfRegioDashboard", () => {
  test("writes Dashboard regio; again, it replaces only its own sheet", async () => {
    if (!r.ok) throw new Error("geen regio");
    const port = werkmap({ name: "Blad1", values: [["eigen"]] });
    const eerste = await schrijfRegioDashboard(port, r.regio, { gemaakt: "2021-02-24 10:00:00" });
    expect(eerste).toEqual({
      ok: true,
      value: { blad: REGIO_BLAD, vervangen: false, bezetDoorGebruiker: false },
    });
    const tweede = await schrijfRegioDashboard(port, r.regio, { gemaakt: "2021-02-24 11:00:00" });
    expect(tweede.ok && tweede.value.vervangen).toBe(true);
    const namen = (await port.summary()).sheets.map((s) => s.name);
    expect(namen).toEqual(["Blad1", REGIO_BLAD]);
    const [blad] = await port.read([{ sheet: REGIO_BLAD }]);
    expect(String(blad!.grid.values[1][0])).toContain("24-02-2021 11:00");
  });

  test("a user's sheet named Dashboard regio is never touched: Regie's goes beside it", async () => {
    if (!r.ok) throw new Error("geen regio");
    const port = werkmap({ name: REGIO_BLAD, values: [["van de gebruiker"], ["niet van Regie"]] });
    const u = await schrijfRegioDashboard(port, r.regio, { gemaakt: "2021-02-24 10:00:00" });
    expect(u.ok && u.value).toEqual({
      blad: `${REGIO_BLAD} (2)`,
      vervangen: false,
      bezetDoorGebruiker: true,
    });
    const [eigen] = await port.read([{ sheet: REGIO_BLAD }]);
    expect(eigen!.grid.values[0][0]).toBe("van de gebruiker");
  });
});
