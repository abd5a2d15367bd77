import { readFileSync } from "node:fs";
import { readVersie } from "../../../src/app/actielijst/verschil";
import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { openFile } from "../../../src/host/xlsx/file-workbook";
import { fixture } from "../../support/fixtures";
import { fixtureWerkmap } from "../../support/xlsx";

const PAD = fixture("actielijst-duo-2021.xlsx");

describe("a chosen file, read the way the command line reads it (without Node)", () => {
  test("the same sheets, grids and acties as XlsxWorkbook", async () => {
    const bestand = await openFile(new Uint8Array(readFileSync(PAD)), "actielijst.xlsx");
    const cli = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    expect(await bestand.summary()).toEqual(await cli.summary());
    expect(await bestand.read([{ sheet: "Actielijst", formulas: true }])).toEqual(
      await cli.read([{ sheet: "Actielijst", formulas: true }])
    );
    const a = await readVersie(bestand, { peildatum: "2021-02-24" });
    const b = await readVersie(cli, { peildatum: "2021-02-24" });
    expect(a).toEqual(b);
    expect(await bestand.read([{ sheet: "Bestaat niet", optional: true }])).toEqual([null]);
  });

  test("no workbook: a Dutch message that names the file", async () => {
    const fout = await openFile(new TextEncoder().encode("geen zip"), "notities.txt").catch(
      (e: unknown) => e
    );
    expect(fout).toBeInstanceOf(HostError);
    expect(hostFoutTekst(fout as HostError)).toContain(
      "notities.txt is geen leesbare Excel-werkmap (.xlsx)."
    );
  });
});
