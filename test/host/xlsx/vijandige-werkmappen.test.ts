import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { HostError, type WorkbookPort } from "../../../src/app/ports";
import { entryText as browserEntryText } from "../../../src/host/xlsx/entry-text.browser";
import { openFile } from "../../../src/host/xlsx/file-workbook";
import { partFile } from "../../../src/host/xlsx/package-parts";
import { TooLargeError } from "../../../src/host/xlsx/package-limits";
import * as sheetReader from "../../../src/host/xlsx/sheet-reader";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import {
  andereHoofdletters,
  backslashNamen,
  gedeeldDeel,
  onbekendeEntiteit,
  samengesteldBestand,
  zipBom,
} from "../../support/vijandige-werkmappen";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vijandig-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file through both readers: the CLI's (by path) and the pane's (by bytes). */
async function beideLezers(naam: string, bytes: Uint8Array): Promise<[WorkbookPort, WorkbookPort]> {
  const pad = join(dir, naam);
  writeFileSync(pad, bytes);
  return [await XlsxWorkbook.open(pad), await openFile(bytes, naam)];
}

/** The Dutch sentence each reader refuses the file with (opening and reading every sheet). */
async function weigeringen(naam: string, bytes: Uint8Array): Promise<string[]> {
  const pad = join(dir, naam);
  writeFileSync(pad, bytes);
  const pogingen = [() => XlsxWorkbook.open(pad), () => openFile(bytes, naam)].map(async (open) => {
    const fout = await open()
      .then((w) => w.summary())
      .then(
        () => undefined,
        (e: unknown) => e
      );
    expect(fout).toBeInstanceOf(HostError);
    return hostFoutTekst(fout as HostError);
  });
  return Promise.all(pogingen);
}

describe("hostile workbooks: one Dutch message, through the CLI's and the pane's reader", () => {
  test("a zip bomb (a sheet declaring 1 KB, inflating past 200 MB) is refused naming file, part and cap", async () => {
    const bom = await zipBom();
    expect(bom.length).toBeLessThan(5 * 1024 * 1024);
    const [cli, paneel] = await weigeringen("bom.xlsx", bom);
    expect(cli).toBe(
      `Onderdeel xl/worksheets/sheet1.xml van ${join(dir, "bom.xlsx")} pakt uit tot meer dan 200 MB; Regie leest zo'n bestand niet. Er is niets gelezen of gewijzigd.`
    );
    expect(paneel).toBe(
      "Onderdeel xl/worksheets/sheet1.xml van bom.xlsx pakt uit tot meer dan 200 MB; Regie leest zo'n bestand niet. Er is niets gelezen of gewijzigd."
    );
  });

  test("the browser's inflate stops at its cap too (the pane's build swaps entry-text.ts for it)", async () => {
    const zip = await JSZip.loadAsync(await zipBom(8));
    const file = partFile(zip, "xl/worksheets/sheet1.xml");
    if (!file) throw new Error("geen blad");
    await expect(browserEntryText(file, 4 * 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
    const small = partFile(zip, "xl/workbook.xml");
    if (!small) throw new Error("geen werkmap");
    expect(await browserEntryText(small, 4 * 1024 * 1024)).toMatch(/^<workbook /);
  });

  test("an undefined entity: Dutch, without saxes' English", async () => {
    for (const tekst of await weigeringen("entiteit.xlsx", onbekendeEntiteit())) {
      expect(tekst).toContain(
        'onderdeel xl/worksheets/sheet1.xml (blad "Blad1") geen geldige XML (onbekende entiteit)'
      );
      expect(tekst).not.toMatch(/undefined|entity/);
    }
  });

  test("a password-protected workbook: says so, and how to save it without one", async () => {
    const [cli, paneel] = await weigeringen("geheim.xlsx", samengesteldBestand(true));
    for (const tekst of [cli, paneel]) {
      expect(tekst).toContain("geheim.xlsx is beveiligd met een wachtwoord");
      expect(tekst).toContain(
        "Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, laat het veld leeg"
      );
    }
  });

  test("a legacy .xls: save it as .xlsx", async () => {
    for (const tekst of await weigeringen("oud.xls", samengesteldBestand(false))) {
      expect(tekst).toContain("oud.xls is een oud Excel-bestand (.xls, Excel 97-2003)");
      expect(tekst).not.toContain("wachtwoord");
    }
  });

  test("50,000 sheets sharing one part: every sheet reads, the part parsed once", async () => {
    const parses = jest.spyOn(sheetReader, "readSheetXml");
    try {
      for (const werkmap of await beideLezers("gedeeld.xlsx", gedeeldDeel(50_000))) {
        parses.mockClear();
        const summary = await werkmap.summary({ rows: 2, columns: 1 });
        expect(summary.sheets).toHaveLength(50_000);
        expect(summary.sheets[49_999]).toMatchObject({
          name: "Blad50000",
          head: [["Kop"], ["waarde"]],
        });
        expect(parses).toHaveBeenCalledTimes(1);
      }
    } finally {
      parses.mockRestore();
    }
  });

  test("part names compare case-insensitively: rels' sharedStrings.xml finds xl/SharedStrings.xml", async () => {
    for (const werkmap of await beideLezers("hoofdletters.xlsx", andereHoofdletters())) {
      const [read] = await werkmap.read([{ sheet: "Blad1" }]);
      expect(read?.grid.values).toEqual([["Kop"], ["waarde"]]);
    }
  });

  test("backslash entry names (xl\\workbook.xml) read as xl/workbook.xml", async () => {
    for (const werkmap of await beideLezers("backslash.xlsx", backslashNamen())) {
      const [read] = await werkmap.read([{ sheet: "Blad1" }]);
      expect(read?.grid.values).toEqual([["Kop"], ["waarde"]]);
    }
  });
});
