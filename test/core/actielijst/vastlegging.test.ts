import {
  readVastleggingen,
  nieuweVastlegging,
  vastleggingWaarden,
} from "../../../src/core/actielijst/vastlegging";
import { ownSheetName } from "../../../src/core/eigen-blad";
import type { Grid } from "../../../src/core/grid";
import { grid } from "../../support/grid";
import { versie } from "../../support/versies";
import { fixtureWerkmap } from "../../support/xlsx";

let lijst: Grid;
beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
});

describe("vastleggingen: the sheet reads back what Regie wrote", () => {
  test("two vastleggingen there and back, without the actie's cell", () => {
    const acties = versie(lijst);
    const a = nieuweVastlegging("2021-01-27", "2021-01-27 09:00:00", acties);
    const b = nieuweVastlegging("2021-01-13", "2021-01-13 09:00:00", acties.slice(3));
    const lezing = readVastleggingen(grid(vastleggingWaarden([a, b]), [], "Regie-vastleggingen"));
    expect(lezing).toEqual({ ok: true, vastleggingen: [b, a], overgeslagen: [] });
    expect(a.acties.every((x) => x.cel === undefined)).toBe(true);
  });

  test("a row damaged by hand is skipped and named; a foreign header is not Regie's", () => {
    const waarden = vastleggingWaarden([
      nieuweVastlegging("2021-01-13", "2021-01-13 09:00:00", versie(lijst)),
    ]);
    waarden[3][0] = "ergens in januari";
    waarden[5][10] = "geen datum";
    waarden[6][0] = "27-1-2021"; // typed by hand: still a date
    const lezing = readVastleggingen(grid(waarden));
    expect(lezing.ok && lezing.overgeslagen).toEqual([4, 6]);
    expect(lezing.ok && lezing.vastleggingen.map((v) => [v.datum, v.acties.length])).toEqual([
      ["2021-01-13", 34],
      ["2021-01-27", 1],
    ]);
    expect(readVastleggingen(grid([["Mijn notities"]]))).toEqual({ ok: false, reden: "geen-kop" });
  });
});

describe("the name of a sheet that Regie makes again", () => {
  const merk = "Gemaakt door Regie";
  const blad = (name: string, a2 = "") => ({ name, head: [["titel"], [a2]] });
  test.each([
    [[], { naam: "Wijzigingen sinds 13-01-2021", vervangt: false, bezetDoorGebruiker: false }],
    [
      [blad("wijzigingen SINDS 13-01-2021", `${merk} op ...`)],
      { naam: "wijzigingen SINDS 13-01-2021", vervangt: true, bezetDoorGebruiker: false },
    ],
    [
      [blad("Wijzigingen sinds 13-01-2021")],
      { naam: "Wijzigingen sinds 13-01-2021(2)", vervangt: false, bezetDoorGebruiker: true },
    ],
    [
      [blad("Wijzigingen sinds 13-01-2021"), blad("Wijzigingen sinds 13-01-2021(2)", merk)],
      { naam: "Wijzigingen sinds 13-01-2021(2)", vervangt: true, bezetDoorGebruiker: true },
    ],
  ])("%j", (bladen, verwacht) => {
    const doel = ownSheetName("Wijzigingen sinds 13-01-2021", bladen, merk);
    expect(doel).toEqual(verwacht);
    expect(doel.naam.length).toBeLessThanOrEqual(31);
  });
});
