import { readFileSync } from "node:fs";
import {
  actiepuntenVoorstel,
  voegActiepuntenToe,
  type ActiepuntenVoorstel,
  type VerslagBron,
} from "../../../src/app/verslag/actiepunten";
import type { Outcome } from "../../../src/app/outcome";
import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { foutTekst } from "../../../src/app/weigering-berichten";
import { LOG_BLAD } from "../../../src/core/wijzigingslog";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { leesVerslagBestand } from "../../../src/host/docx/verslag-bestand";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { verschillen } from "../../support/diff";
import { fixtureBladen } from "../../support/fixture-excel";
import { fixture } from "../../support/fixtures";
import { verslagDocx, verslagTekst } from "../../support/verslagen";

const TIJD = "2021-01-14 09:00:00";
const VERSLAG: VerslagBron = {
  soort: "tekst",
  tekst: readFileSync(fixture("verslag-duo-2021-01-13.txt"), "utf8"),
};

/** The DUO list and its register in the Excel stand-in, answered through Microsoft's own library. */
async function excel(): Promise<{ standIn: ExcelEmulator; port: OfficeWorkbookPort }> {
  const standIn = ExcelEmulator.fromSheets([
    ...(await fixtureBladen("actielijst-duo-2021.xlsx")),
    ...(await fixtureBladen("accounthouders-duo.xlsx")),
  ]);
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

function waarde<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(foutTekst(o.refusal));
  return o.value;
}

async function voorstel(port: OfficeWorkbookPort, bron = VERSLAG): Promise<ActiepuntenVoorstel> {
  return waarde(await actiepuntenVoorstel(port, bron, {}, leesVerslagBestand));
}

/** Cells of the sheet outside these rows (1-based) that differ: there must be none. */
function buiten(rijen: number[], v: ReturnType<typeof verschillen>) {
  return v.filter((x) => x.sheet !== LOG_BLAD && !rijen.includes(Number(/\d+$/.exec(x.cell)![0])));
}

describe("Actiepunten uit verslag in Excel (the stand-in): propose, append, undo", () => {
  test("the proposal names eleven rows below the list, owners from the workbook's register; nothing is written", async () => {
    const { standIn, port } = await excel();
    const voor = standIn.snapshot();
    const v = await voorstel(port);
    expect(v).toMatchObject({ sheet: "Actielijst", vergadering: "2021-01-13", eersteRij: 41 });
    expect(v.rijen.map((r) => r.nummer)).toEqual([
      "i",
      "ii",
      "iii",
      "iv",
      "v",
      "vi",
      "vii",
      "viii",
      "ix",
      "x",
      "xi",
    ]);
    expect(v.rijen[6].waarden).toEqual({
      actie:
        "Anja komt voor het volgende DUO met een stuk over de brief van Blok B waarin inzicht wordt gegeven in de categorieën en de basisbrief.",
      accounthouder: "Anja Woortman",
      status: "Nog niet gestart",
      deadline: "10 februari 2021?",
      opmerking: "uit verslag DUO 13-01-2021",
    });
    expect(verschillen(voor, standIn.snapshot())).toEqual([]);
  });

  test("appending writes the rows below the list, each cell's value only, logged; again: all on the list; undo: as it was", async () => {
    const { standIn, port } = await excel();
    const voor = standIn.snapshot();
    const v = await voorstel(port);
    const gedaan = waarde(await voegActiepuntenToe(port, v, TIJD));
    const rijen = Array.from({ length: 11 }, (_, i) => 41 + i);
    expect(gedaan.rijen).toEqual(rijen);
    const na = standIn.snapshot();
    expect(buiten(rijen, verschillen(voor, na))).toEqual([]);
    for (const x of verschillen(voor, na).filter((d) => d.sheet === "Actielijst"))
      expect(x.wat).toEqual(["value"]);
    const blad = na.sheets.find((s) => s.name === "Actielijst")!.cells as Record<
      string,
      { value?: unknown }
    >;
    expect(["C48", "D48", "E48", "G48", "H48"].map((c) => blad[c]?.value ?? "")).toEqual([
      "Er ligt al een uitwerking voor integrale programma's met afspraken. Het stuk moet nog zo snel mogelijk bestuurlijk worden afgetikt.",
      "",
      "Nog niet gestart",
      "Zo spoedig mogelijk",
      "uit verslag DUO 13-01-2021",
    ]);
    const log = na.sheets.find((s) => s.name === LOG_BLAD)!.cells as Record<
      string,
      { value?: unknown }
    >;
    expect(log.B2.value).toBe("Actiepunten uit verslag");
    expect(gedaan.aantal).toBe(Object.keys(log).filter((c) => /^B\d+$/.test(c)).length - 1);

    const opnieuw = await voorstel(port);
    expect(opnieuw.rijen).toEqual([]);
    expect(opnieuw.actiepunten.map((a) => a.bestaand?.row)).toEqual(rijen);

    waarde(await maakOngedaan(port, { tijdstip: "2021-01-14 09:05:00" }));
    expect(verschillen(voor, standIn.snapshot()).filter((x) => x.sheet !== LOG_BLAD)).toEqual([]);
  });

  test("the rows the user kept and edited go in their order, one after the other", async () => {
    const { standIn, port } = await excel();
    const v = await voorstel(port);
    const gekozen = [
      v.rijen[10],
      {
        ...v.rijen[2],
        waarden: { ...v.rijen[2].waarden, accounthouder: "Nicoline van der Linden" },
      },
    ];
    expect(waarde(await voegActiepuntenToe(port, v, TIJD, gekozen)).rijen).toEqual([41, 42]);
    const blad = standIn.snapshot().sheets.find((s) => s.name === "Actielijst")!.cells as Record<
      string,
      { value?: unknown }
    >;
    expect([blad.D41?.value, blad.D42?.value, blad.C43?.value]).toEqual([
      "(10)(2e)",
      "Nicoline van der Linden",
      undefined,
    ]);
  });

  test("the proposal offers the list's own goals with their topics; a row given one writes it in its columns", async () => {
    const { standIn, port } = await excel();
    const v = await voorstel(port);
    expect(v.doelen.map((d) => d.doel.slice(0, 3))).toEqual(
      Array.from({ length: 11 }, (_, i) => `#${String(i + 1).padStart(2, "0")}`)
    );
    expect(v.doelen[0]).toEqual({
      doel: "#01 Juiste mensen en houding op alle plekken",
      onderwerpen: ["I.Mensen/vaardigheden", "II.Houding/gedrag"],
    });
    const [doel, onderwerp] = [v.doelen[1].doel, v.doelen[1].onderwerpen[0]];
    const rij = { ...v.rijen[0], waarden: { ...v.rijen[0].waarden, doel, onderwerp } };
    waarde(await voegActiepuntenToe(port, v, TIJD, [rij]));
    const blad = standIn.snapshot().sheets.find((s) => s.name === "Actielijst")!.cells as Record<
      string,
      { value?: unknown }
    >;
    expect([blad.A41?.value, blad.B41?.value, blad.C41?.value]).toEqual([
      doel,
      onderwerp,
      v.rijen[0].waarden.actie,
    ]);
  });

  test("a row added below the list since the proposal: nothing written, the refusal says why", async () => {
    const { standIn, port } = await excel();
    const v = await voorstel(port);
    await port.write([
      {
        kind: "values",
        sheet: "Actielijst",
        address: "C41",
        values: [["Nieuwe actie van de gebruiker"]],
      },
    ]);
    const voor = standIn.snapshot();
    const uitkomst = await voegActiepuntenToe(port, v, TIJD);
    expect(uitkomst.ok).toBe(false);
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(
      /^Actiepunten uit verslag is mislukt: Het blad "Actielijst" is sinds de voorvertoning aangevuld; Regie schrijft er niet overheen\./
    );
    expect(verschillen(voor, standIn.snapshot())).toEqual([]);
  });

  test("a .docx through the injected reader; a file that is no verslag is refused naming it", async () => {
    const { standIn, port } = await excel();
    const bytes = await verslagDocx(
      {
        vergaderdatum: "3 maart 2021",
        actiepunten: ["Henk maakt uiterlijk 15 april een voorstel."],
      },
      "automatisch"
    );
    const v = await voorstel(port, { soort: "bestand", naam: "verslag.docx", bytes });
    expect(v.rijen).toEqual([
      {
        nummer: "i",
        waarden: {
          actie: "Henk maakt uiterlijk 15 april een voorstel.",
          accounthouder: "Henk Mulder",
          status: "Nog niet gestart",
          deadline: "15 april 2021",
          opmerking: "uit verslag DUO 03-03-2021",
        },
      },
    ]);
    // Written as text, as the list writes its deadlines: Excel would make "15 april 2021" a date.
    waarde(await voegActiepuntenToe(port, v, TIJD));
    const blad = standIn.snapshot().sheets.find((s) => s.name === "Actielijst")!.cells as Record<
      string,
      { value?: unknown }
    >;
    expect(blad.G41.value).toBe("15 april 2021");
    const geen = await actiepuntenVoorstel(
      port,
      {
        soort: "bestand",
        naam: "notities.txt",
        bytes: new TextEncoder().encode(
          verslagTekst({ vergaderdatum: "3 maart 2021", actiepunten: [], metLijst: false })
        ),
      },
      {},
      leesVerslagBestand
    );
    expect(!geen.ok && foutTekst(geen.refusal)).toBe(
      'In notities.txt: Het verslag heeft geen Actiepuntenlijst: Regie zoekt een regel "Actiepuntenlijst" met de genummerde actiepunten eronder.'
    );
    const kapot = await actiepuntenVoorstel(
      port,
      { soort: "bestand", naam: "kapot.docx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) },
      {},
      leesVerslagBestand
    );
    expect(!kapot.ok && [kapot.refusal.code, foutTekst(kapot.refusal)]).toEqual([
      "host-unreadable",
      "kapot.docx is geen leesbaar Word-document (.docx): er staat geen document in. Er is niets gelezen of geschreven.",
    ]);
  });
});
