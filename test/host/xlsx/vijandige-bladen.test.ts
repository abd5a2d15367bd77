import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { openFile } from "../../../src/host/xlsx/file-workbook";
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
