import { valideerEnMarkeer } from "../../../src/app/actielijst/markeer";
import { wisMarkeringen } from "../../../src/app/actielijst/wis-markeringen";
import { MARKEERKLEUREN } from "../../../src/core/highlight/targets";
import { MARKERING_BLAD } from "../../../src/core/highlight/store";
import { kop, rij } from "../../support/grid";
import { fixtureWerkmap, momentopname, werkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";

async function fillVan(
  w: Awaited<ReturnType<typeof fixtureWerkmap>>,
  sheet: string,
  row: number,
  col: number
) {
  const [r] = await w.read([{ sheet, fills: true }]);
  return r!.fills![row - 1][col - 1];
}

describe("Markeer and Markeringen wissen on the DUO actielijst", () => {
  test("overdue rows red, due soon orange; clearing restores every fill exactly", async () => {
    const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const voor = await momentopname(w);
    const uitkomst = await valideerEnMarkeer(w, { peildatum: PEIL });
    if (!uitkomst.ok) throw new Error(foutTekst(uitkomst.refusal));
    expect(uitkomst.value).toMatchObject({ verlopen: 2, binnenkort: 2 });
    expect(await fillVan(w, "Actielijst", 9, 3)).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN.overdue,
    });
    expect(await fillVan(w, "Actielijst", 39, 8)).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN.overdue,
    });
    expect(await fillVan(w, "Actielijst", 15, 7)).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN["due-soon"],
    });
    expect(await fillVan(w, "Actielijst", 10, 3)).toEqual({ pattern: "None", color: "#FFFFFF" });
    // the goal column is merged over fourteen rows: not painted for one of them
    expect(await fillVan(w, "Actielijst", 9, 1)).toEqual({ pattern: "None", color: "#FFFFFF" });
    const summary = await w.summary();
    expect(summary.sheets.find((s) => s.name === MARKERING_BLAD)?.visibility).toBe("VeryHidden");

    const wis = await wisMarkeringen(w);
    expect(wis.ok && wis.value.handmatig).toEqual([]);
    expect(await momentopname(w)).toEqual(voor);
  });

  test("marking again does not stack, and clearing gives back the user's own colour", async () => {
    const w = werkmap({
      name: "Acties",
      values: [
        kop(),
        rij("a", "Anja", "In uitvoering", "1 februari 2021"),
        rij("b", "Anja", "In uitvoering", "1 mei 2021"),
      ],
      fills: { C2: "#FFFF00", C3: "#00B0F0" },
    });
    const voor = await momentopname(w);
    await valideerEnMarkeer(w, { peildatum: PEIL });
    const na1 = await momentopname(w);
    const tweede = await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(tweede.ok && tweede.value.geverfd).toBe(0);
    expect(await momentopname(w)).toEqual(na1);
    await wisMarkeringen(w);
    expect(await momentopname(w)).toEqual(voor);
  });

  test("an actie that is no longer overdue gets its colour back when marking again", async () => {
    const w = werkmap({
      name: "Acties",
      values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")],
      fills: { D2: "#FFFF00" },
    });
    await valideerEnMarkeer(w, { peildatum: PEIL });
    await w.write([{ kind: "values", sheet: "Acties", address: "E2", values: [["Gereed"]] }]);
    const opnieuw = await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(opnieuw.ok && opnieuw.value.hersteld).toBe(8);
    expect(await fillVan(w, "Acties", 2, 4)).toEqual({ pattern: "Solid", color: "#FFFF00" });
    expect((await w.summary()).sheets.map((s) => s.name)).toEqual(["Acties"]);
  });

  test("nothing to mark writes nothing", async () => {
    const w = werkmap({ name: "Acties", values: [kop(), rij("a", "Anja", "Gereed", "")] });
    const spy = jest.spyOn(w, "write");
    await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(spy).not.toHaveBeenCalled();
  });

  test("a protected sheet: a Dutch message, nothing changed", async () => {
    const w = werkmap({
      name: "Acties",
      values: [kop(), rij("a", "Anja", "In uitvoering", "1 februari 2021")],
    });
    await w.workbook.getWorksheet("Acties")!.protect("geheim", {});
    const voor = await momentopname(w);
    const uitkomst = await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(uitkomst.ok).toBe(false);
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(/beveiligd.*niets gewijzigd/);
    expect(await momentopname(w)).toEqual(voor);
  });

  test("a marked last row whose values were cleared: marking again and clearing give its fill back", async () => {
    const w = werkmap({
      name: "Acties",
      values: [
        kop(),
        rij("a", "Anja", "In uitvoering", "1 mei 2021"),
        rij("b", "Anja", "In uitvoering", "1 februari 2021"),
      ],
      fills: { C3: "#00B0F0" },
    });
    const voor = await momentopname(w);
    await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(await fillVan(w, "Acties", 3, 3)).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN.overdue,
    });
    // The user empties the row; its fill stays, below the values.
    await w.write([
      { kind: "values", sheet: "Acties", address: "A3:H3", values: [new Array(8).fill("")] },
    ]);
    const opnieuw = await valideerEnMarkeer(w, { peildatum: PEIL });
    expect(
      opnieuw.ok && { hersteld: opnieuw.value.hersteld, handmatig: opnieuw.value.handmatig }
    ).toEqual({
      hersteld: 8,
      handmatig: [],
    });
    const rij3 = async () => {
      const [na] = await w.read([
        { sheet: "Acties", fills: true, fillsAtLeast: { rows: 3, columns: 8 } },
      ]);
      return na!.fills![2];
    };
    const eigen = (voor as { name: string; fills: unknown[][] }[])[0].fills[2];
    expect(await rij3()).toEqual(eigen);
    // Marked once more by hand of the file, then cleared: also given back.
    await w.write([
      {
        kind: "values",
        sheet: "Acties",
        address: "A3:H3",
        values: [rij("b", "Anja", "In uitvoering", "1 februari 2021")],
      },
    ]);
    await valideerEnMarkeer(w, { peildatum: PEIL });
    await w.write([
      { kind: "values", sheet: "Acties", address: "A3:H3", values: [new Array(8).fill("")] },
    ]);
    const wis = await wisMarkeringen(w);
    expect(wis.ok && wis.value.handmatig).toEqual([]);
    expect(await rij3()).toEqual(eigen);
  });
});
