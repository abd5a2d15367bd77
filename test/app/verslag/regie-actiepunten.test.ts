import { readFileSync } from "node:fs";
import { maakRegie, type VerslagDiensten } from "../../../src/app/regie";
import * as verslagUseCases from "../../../src/app/verslag/actiepunten";
import type { Outcome } from "../../../src/app/outcome";
import { foutTekst } from "../../../src/app/weigering-berichten";
import { LOG_BLAD } from "../../../src/core/wijzigingslog";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { leesVerslagBestand } from "../../../src/host/docx/verslag-bestand";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { verschillen } from "../../support/diff";
import { fixtureBladen } from "../../support/fixture-excel";
import { fixture } from "../../support/fixtures";
import { verslagDocx } from "../../support/verslagen";

/**
 * The pane's way to the use-case (regie.ts): the sheet of the pane's setting, the date the user
 * typed, the use-cases and the reader of a picked file injected by the composition (in the pane
 * verslagLazily, which loads both on first use: the e2e tests use it, with a .docx), the clock's
 * time in the Wijzigingslog, and one Ongedaan maken.
 */
const opslag = { lees: async () => ({}), bewaar: async () => undefined };
const TEKST = readFileSync(fixture("verslag-duo-2021-01-13.txt"), "utf8");
const VERSLAG: VerslagDiensten = {
  lezer: leesVerslagBestand,
  useCases: async () => verslagUseCases,
};

async function regie() {
  const standIn = ExcelEmulator.fromSheets([
    { name: "Leeg", values: [["niets"]] },
    ...(await fixtureBladen("actielijst-duo-2021.xlsx")),
    ...(await fixtureBladen("accounthouders-duo.xlsx")),
  ]);
  const port = new OfficeWorkbookPort(standIn.run);
  const klok = () => new Date(2021, 0, 14, 9, 30, 5);
  return {
    standIn,
    regie: maakRegie(port, opslag, "demo", { klok, verslag: VERSLAG }),
  };
}

function waarde<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(foutTekst(o.refusal));
  return o.value;
}

describe("Actiepunten through Regie, as the pane calls it", () => {
  test("the sheet of the setting; the verslag's next meeting, unsure, until the user gives one", async () => {
    const { regie: r } = await regie();
    const bron = { soort: "tekst", tekst: TEKST } as const;
    const eigen = waarde(await r.actiepuntenVoorstel({ sheet: "Actielijst" }, bron));
    expect(eigen.sheet).toBe("Actielijst");
    expect(eigen.volgendeVergadering).toMatchObject({ datum: "2021-02-10", zeker: false });
    expect(eigen.rijen[6].waarden.deadline).toBe("10 februari 2021?");

    const gegeven = waarde(
      await r.actiepuntenVoorstel({ sheet: "Actielijst" }, bron, "2021-02-11")
    );
    expect(gegeven.volgendeVergadering).toEqual({
      datum: "2021-02-11",
      bron: "gebruiker",
      zeker: true,
    });
    expect(gegeven.volgendeInVerslag).toMatchObject({ datum: "2021-02-10", zeker: false });
    expect(gegeven.rijen[6].waarden.deadline).toBe("11 februari 2021");

    // A sheet that is no list: the refusal names it; nothing proposed.
    const geen = await r.actiepuntenVoorstel({ sheet: "Leeg" }, bron);
    expect(!geen.ok && foutTekst(geen.refusal)).toMatch(/"Leeg"/);
  });

  test("a picked .docx through the injected reader; appended with the clock's time; undone exactly", async () => {
    const { standIn, regie: r } = await regie();
    const voor = standIn.snapshot();
    const bytes = await verslagDocx(
      {
        vergaderdatum: "3 maart 2021",
        actiepunten: ["Henk maakt uiterlijk 15 april een voorstel.", "Anja belt de gemeente."],
      },
      "automatisch"
    );
    const v = waarde(
      await r.actiepuntenVoorstel({}, { soort: "bestand", naam: "verslag.docx", bytes })
    );
    expect(v.rijen.map((x) => [x.nummer, x.waarden.accounthouder])).toEqual([
      ["i", "Henk Mulder"],
      ["ii", "Anja Woortman"],
    ]);
    const gekozen = [{ ...v.rijen[1], waarden: { ...v.rijen[1].waarden, accounthouder: "Peter" } }];
    const gedaan = waarde(await r.voegActiepuntenToe(v, gekozen));
    expect(gedaan.rijen).toEqual([41]);
    const na = standIn.snapshot();
    const cel = (blad: string, adres: string) =>
      (na.sheets.find((s) => s.name === blad)!.cells as Record<string, { value?: unknown }>)[adres]
        ?.value;
    expect([cel("Actielijst", "C41"), cel("Actielijst", "D41"), cel("Actielijst", "C42")]).toEqual([
      "Anja belt de gemeente.",
      "Peter",
      undefined,
    ]);
    // 14-01-2021 09:30:05 as an Excel date: the clock's time, read in regie.ts, not in the core.
    expect([cel(LOG_BLAD, "A2"), cel(LOG_BLAD, "B2")]).toEqual([
      44210 + (9 * 3600 + 30 * 60 + 5) / 86400,
      "Actiepunten uit verslag",
    ]);

    const terug = waarde(await r.maakOngedaan());
    expect(terug.actie).toBe("Actiepunten uit verslag");
    expect(verschillen(voor, standIn.snapshot()).filter((x) => x.sheet !== LOG_BLAD)).toEqual([]);
  });

  test("without them (the ribbon's Regie) no verslag is read, pasted or picked", async () => {
    const standIn = ExcelEmulator.fromSheets(await fixtureBladen("actielijst-duo-2021.xlsx"));
    const r = maakRegie(new OfficeWorkbookPort(standIn.run), opslag, "excel");
    for (const bron of [
      { soort: "bestand", naam: "v.docx", bytes: new Uint8Array(4) },
      { soort: "tekst", tekst: TEKST },
    ] as const)
      await expect(r.actiepuntenVoorstel({}, bron)).rejects.toThrow(
        "Deze Regie kan geen verslagen lezen."
      );
  });
});
