import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { fixture } from "../../support/fixtures";
import { herschrijf } from "../../support/herschrijf";

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");
const map = () => mkdtempSync(join(tmpdir(), "regie-werkmap-"));

describe("XlsxWorkbook: errors name the part and say that nothing was written", () => {
  test("a sheet that is not XML", async () => {
    const pad = await herschrijf(ACTIELIJST, join(map(), "kapot.xlsx"), {
      "xl/worksheets/sheet1.xml": (xml) => xml.replace("</sheetData>", "<row></sheetData>"),
    });
    const werkmap = await XlsxWorkbook.open(pad);
    const fout = await werkmap.read([{ sheet: "Actielijst" }]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(HostError);
    expect((fout as HostError).code).toBe("unreadable");
    expect(hostFoutTekst(fout as HostError)).toMatch(
      /onderdeel xl\/worksheets\/sheet1\.xml \(blad "Actielijst"\) geen geldige XML.*Er is niets geschreven\./
    );
  });

  test("a workbook without xl/workbook.xml", async () => {
    const pad = await herschrijf(ACTIELIJST, join(map(), "leeg.xlsx"), {
      "xl/workbook.xml": () => null,
    });
    const fout = await XlsxWorkbook.open(pad).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(HostError);
    expect(hostFoutTekst(fout as HostError)).toMatch(
      /onderdeel xl\/workbook\.xml ontbreekt\. Er is niets geschreven\./
    );
  });
});

describe("XlsxWorkbook: formulas without a computed value and the date system", () => {
  test("a formula without <v> reads empty and is reported", async () => {
    const pad = await herschrijf(ACTIELIJST, join(map(), "formule.xlsx"), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(/<c r="E5"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/, '<c r="E5"><f>A1</f></c>'),
    });
    const werkmap = await XlsxWorkbook.open(pad);
    const [r] = await werkmap.read([{ sheet: "Actielijst", formulas: true }]);
    expect(r!.grid.values[4][4]).toBe("");
    expect(r!.formulas).toContainEqual({ top: 4, left: 4, bottom: 4, right: 4 });
    expect(werkmap.uncalculated()).toEqual([{ sheet: "Actielijst", cells: ["E5"] }]);
  });

  test("date1904 comes from <workbookPr> on every grid", async () => {
    const pad = await herschrijf(ACTIELIJST, join(map(), "1904.xlsx"), {
      "xl/workbook.xml": (xml) =>
        /<workbookPr\b/.test(xml)
          ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
          : xml.replace("<bookViews", '<workbookPr date1904="1"/><bookViews'),
    });
    const [r] = await (await XlsxWorkbook.open(pad)).read([{ sheet: "Actielijst" }]);
    expect(r!.grid.date1904).toBe(true);
    const [gewoon] = await (await XlsxWorkbook.open(ACTIELIJST)).read([{ sheet: "Actielijst" }]);
    expect(gewoon!.grid.date1904).toBeUndefined();
  });
});

describe("XlsxWorkbook: clearSheet", () => {
  test("empties every sheet completely, even when fewer rows come after", async () => {
    const w = XlsxWorkbook.fromWorkbook(new ExcelJS.Workbook());
    await w.write([
      { kind: "addSheet", sheet: "A" },
      {
        kind: "values",
        sheet: "A",
        address: "A1",
        values: Array.from({ length: 75 }, (_, i) => [i + 1, "a"]),
      },
    ]);
    await w.write([
      { kind: "clearSheet", sheet: "A" },
      { kind: "values", sheet: "A", address: "A1", values: [[1, "b"]] },
    ]);
    expect((await w.read([{ sheet: "A" }]))[0]!.grid.values).toEqual([[1, "b"]]);
  });
});
