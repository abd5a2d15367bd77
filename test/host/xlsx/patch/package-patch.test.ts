import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { valideerEnMarkeer } from "../../../../src/app/actielijst/markeer";
import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../../../src/app/accounthouders/normaliseer";
import { readRegister } from "../../../../src/core/accounthouders/register";
import type { WriteOp } from "../../../../src/app/ports";
import { solidFill } from "../../../../src/core/highlight/fill";
import { PackagePatch } from "../../../../src/host/xlsx/patch/package-patch";
import { readWorkbookParts } from "../../../../src/host/xlsx/package-parts";
import { XlsxWorkbook } from "../../../../src/host/xlsx/xlsx-workbook";
import { fixture } from "../../../support/fixtures";
import { momentopname } from "../../../support/xlsx";
import { foutTekst } from "../../../../src/app/weigering-berichten";

jest.setTimeout(120_000);

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");

async function patchVan(pad: string): Promise<PackagePatch> {
  const zip = await JSZip.loadAsync(readFileSync(pad));
  return new PackagePatch(zip, await readWorkbookParts(zip));
}

describe("PackagePatch: what it can write in the copy itself", () => {
  test.each([
    [{ kind: "fill", sheet: "Actielijst", addresses: ["A1"], fill: solidFill("#FF0000") }, true],
    [{ kind: "fill", sheet: "Bestaat niet", addresses: ["A1"], fill: solidFill("#FF0000") }, false],
    [{ kind: "addSheet", sheet: "Regie-markeringen", visibility: "VeryHidden" }, true],
    [{ kind: "addSheet", sheet: "Actielijst" }, false],
    // Activation is a view setting of the user's sheets: the copy opens where the file did.
    [{ kind: "addSheet", sheet: "Nieuw", activate: true }, true],
    // Tables, charts and print areas only on Regie's own sheets.
    [
      {
        kind: "table",
        sheet: "Actielijst",
        address: "A1:B2",
        name: "T",
        style: "TableStyleMedium2",
      },
      false,
    ],
    [
      {
        kind: "chart",
        sheet: "Actielijst",
        source: "A1:B3",
        name: "G",
        type: "ColumnStacked",
        title: "",
        seriesBy: "Columns",
        from: "D1",
        to: "H10",
      },
      false,
    ],
    [
      { kind: "pageLayout", sheet: "Actielijst", orientation: "Landscape", printArea: "A1:B2" },
      false,
    ],
    [{ kind: "values", sheet: "Actielijst", address: "A1", values: [["x"]] }, true],
    [{ kind: "values", sheet: "Actielijst", address: "geen cel", values: [["x"]] }, false],
    [{ kind: "deleteSheet", sheet: "Actielijst" }, false],
    // Formats only on Regie's own sheets, and only bold.
    [{ kind: "format", sheet: "Actielijst", address: "A1", bold: true }, false],
    [{ kind: "freezeRows", sheet: "Actielijst", rows: 1 }, false],
    [{ kind: "expect", sheet: "Actielijst", cell: "A1", value: "x" }, true],
  ] as [WriteOp, boolean][])("%o: %s", async (op, verwacht) => {
    expect((await patchVan(ACTIELIJST)).accepts(op)).toBe(verwacht);
  });

  test("adding an own sheet, filling it, clearing it and removing it again", async () => {
    const patch = await patchVan(ACTIELIJST);
    const add = { kind: "addSheet", sheet: "Eigen", visibility: "VeryHidden" } as const;
    expect(patch.accepts(add)).toBe(true);
    patch.apply(add);
    const values: WriteOp = {
      kind: "values",
      sheet: "Eigen",
      address: "B2",
      values: [["=1+1", 3, true]],
    };
    expect(patch.accepts(values)).toBe(true);
    patch.apply(values);
    expect(patch.accepts({ kind: "format", sheet: "Eigen", address: "B2", bold: true })).toBe(true);
    patch.apply({ kind: "format", sheet: "Eigen", address: "B2", bold: true });
    expect(patch.accepts({ kind: "format", sheet: "Eigen", address: "B2", columnWidth: 80 })).toBe(
      true
    );
    // Every format on Regie's own sheet (the dashboard's italic grey note, right-aligned counts).
    expect(patch.accepts({ kind: "format", sheet: "Eigen", address: "B2", italic: true })).toBe(
      true
    );
    expect(patch.accepts({ kind: "deleteSheet", sheet: "Eigen" })).toBe(true);
    const zip = await JSZip.loadAsync(await patch.bytes());
    const blad = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(blad).toContain(
      `<row r="2"><c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="C2"><v>3</v></c><c r="D2" t="b"><v>1</v></c></row>`
    );
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(
      /<sheet name="Eigen" sheetId="2" state="veryHidden" xmlns:r="[^"]+" r:id="rId5"\/><\/sheets>/
    );
  });
});

describe("marked in the copy itself is the same as via exceljs", () => {
  test.each([
    ["fixture", ACTIELIJST],
    ["LibreOffice, opgemaakt", fixture("producers/actielijst-duo-2021.opgemaakt.libreoffice.xlsx")],
  ])("%s: values, fills, merges and sheets of every sheet", async (_naam, pad) => {
    const map = mkdtempSync(join(tmpdir(), "regie-patch-"));
    const kopieen = [];
    for (const inPlace of [true, false]) {
      const werkmap = await XlsxWorkbook.open(pad, { inPlace });
      expect((await valideerEnMarkeer(werkmap, { peildatum: "2021-02-24" })).ok).toBe(true);
      const uit = join(map, `${inPlace}.xlsx`);
      await werkmap.saveAs(uit);
      kopieen.push(await momentopname(await XlsxWorkbook.open(uit)));
    }
    expect(kopieen[0]).toEqual(kopieen[1]);
  });

  test.each([
    ["fixture", ACTIELIJST],
    ["LibreOffice, opgemaakt", fixture("producers/actielijst-duo-2021.opgemaakt.libreoffice.xlsx")],
  ])("normalising, %s: the same values, fills and sheets", async (_naam, pad) => {
    const registerWerkmap = await XlsxWorkbook.open(fixture("accounthouders-duo.xlsx"));
    const [r] = await registerWerkmap.read([
      { sheet: (await registerWerkmap.summary()).sheets[0].name },
    ]);
    const register = readRegister(r!.grid)!;
    const map = mkdtempSync(join(tmpdir(), "regie-patch-"));
    const kopieen = [];
    for (const inPlace of [true, false]) {
      const werkmap = await XlsxWorkbook.open(pad, { inPlace });
      const v = await normaliseerVoorvertoning(werkmap, { peildatum: "2021-02-24", register });
      if (!v.ok) throw new Error(foutTekst(v.refusal));
      expect(v.value.normalisatie.edits.length).toBeGreaterThan(0);
      const u = await pasNormalisatieToe(
        werkmap,
        v.value,
        alleRegels(v.value),
        "2021-02-24 10:00:00"
      );
      expect(u.ok).toBe(true);
      const uit = join(map, `${inPlace}.xlsx`);
      await werkmap.saveAs(uit);
      kopieen.push(await momentopname(await XlsxWorkbook.open(uit)));
    }
    expect(kopieen[0]).toEqual(kopieen[1]);
  });

  test("without writes the copy is the file itself", async () => {
    const uit = join(mkdtempSync(join(tmpdir(), "regie-patch-")), "kopie.xlsx");
    await (await XlsxWorkbook.open(ACTIELIJST)).saveAs(uit);
    expect(readFileSync(uit).equals(readFileSync(ACTIELIJST))).toBe(true);
  });
});
