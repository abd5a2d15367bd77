import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { openFile } from "../../../src/host/xlsx/file-workbook";
import { valideer } from "../../../src/app/actielijst/valideer";
import { foutTekst } from "../../../src/app/weigering-berichten";
import { BUITEN_HET_RASTER, werkmapMetBladdata } from "../../support/vijandige-bladen";

describe("hostile sheets through the reader the pane's file picker and the CLI share", () => {
  test.each(Object.entries(BUITEN_HET_RASTER))(
    "%s: one Dutch line naming the sheet and the reference, not an out-of-memory crash",
    async (naam, data) => {
      const bestand = await openFile(await werkmapMetBladdata(data), "vijandig.xlsx");
      const fout = await bestand.read([{ sheet: "Blad1" }]).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(HostError);
      expect(hostFoutTekst(fout as HostError)).toContain(
        `(blad "Blad1") verwijst naar een cel buiten het werkblad van Excel (hoogstens 1.048.576 rijen en 16.384 kolommen, tot en met XFD): ${naam.replace(" zonder r", "")}`
      );
    }
  );
});

describe("a sheet with ten numbers far away (issue 24, case 8)", () => {
  const verweg = Array.from(
    { length: 10 },
    (_, i) => `<row r="${100_000 + i}"><c r="FOO${100_000 + i}"><v>${i}</v></c></row>`
  ).join("");

  test("the pane's reader and the CLI answer from its size, without building a 100,010 x 4,461 grid", async () => {
    const bestand = await openFile(await werkmapMetBladdata(verweg), "verweg.xlsx");
    const voor = process.memoryUsage().heapUsed;
    const samenvatting = await bestand.summary();
    expect(samenvatting.sheets[0]).toMatchObject({ rowCount: 100_009, columnCount: 4_461 });
    // The old reader held 446 million cells here (3.7 GB); a few MB is the parsed part.
    expect(process.memoryUsage().heapUsed - voor).toBeLessThan(200_000_000);
    const uitkomst = await valideer(bestand, { peildatum: "2021-02-24" });
    expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(/^Geen actielijst gevonden/);
  });
});
