import { mkdtempSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { loadForWriting } from "../../../src/host/xlsx/exceljs-load";
import { fixture } from "../../support/fixtures";
import { herschrijf } from "../../support/herschrijf";

describe("loadForWriting", () => {
  test("a workbook that exceljs can load", async () => {
    const excel = await loadForWriting(readFileSync(fixture("actielijst-duo-2021.xlsx")), "a.xlsx");
    expect(excel.worksheets.map((w) => w.name)).toEqual(["Actielijst"]);
  });

  test("not loadable: a HostError that says nothing was written", async () => {
    // Elements with a namespace prefix (the OpenXML SDK's x:) are beyond exceljs.
    const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const pad = await herschrijf(
      fixture("actielijst-duo-2021.xlsx"),
      join(mkdtempSync(join(tmpdir(), "regie-laden-")), "x.xlsx"),
      {
        "xl/workbook.xml": (xml) =>
          xml
            .replace(`xmlns="${NS}"`, `xmlns:x="${NS}"`)
            .replace(/<(\/?)([a-zA-Z]+)(?=[\s/>])/g, "<$1x:$2"),
      }
    );
    const fout = await loadForWriting(readFileSync(pad), pad).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(HostError);
    expect(fout).toMatchObject({ code: "unreadable", nothingWritten: true });
    expect(hostFoutTekst(fout as HostError)).toMatch(
      /^Regie kan geen kopie van .* maken: .*Er is niets geschreven\.$/
    );
  });
});
