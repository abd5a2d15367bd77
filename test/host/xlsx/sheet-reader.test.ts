import fc from "fast-check";
import { cellElement } from "../../../src/host/xlsx/patch/cell-changes";
import { readSheetXml } from "../../../src/host/xlsx/sheet-reader";
import { PartError } from "../../../src/host/xlsx/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (data: string, after = "") =>
  `<worksheet xmlns="${NS}"><sheetData>${data}</sheetData>${after}</worksheet>`;
const read = (xml: string, date1904 = false, sharedStrings = ["gedeeld", "tweede"]) =>
  readSheetXml(xml, "xl/worksheets/sheet1.xml", { sharedStrings, date1904 });
/** The value of a one-cell sheet whose cell is `cell`. */
const one = (cell: string, date1904 = false) =>
  read(sheet(`<row r="1">${cell}</row>`), date1904).values[0]?.[0];

describe("cell values as Office.js gives them", () => {
  test.each([
    ["getal", `<c r="A1"><v>44286</v></c>`, 44286],
    ["getal met t=n", `<c r="A1" t="n"><v>1.5</v></c>`, 1.5],
    ["gedeelde tekst", `<c r="A1" t="s"><v>1</v></c>`, "tweede"],
    ["inline tekst", `<c r="A1" t="inlineStr"><is><t>Nicoline</t></is></c>`, "Nicoline"],
    [
      "inline rich text: runs samengevoegd, fonetiek niet",
      `<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Nico</t></r><r><t xml:space="preserve">line </t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>`,
      "Nicoline ",
    ],
    ["booleaans 1", `<c r="A1" t="b"><v>1</v></c>`, true],
    ["booleaans 0", `<c r="A1" t="b"><v>0</v></c>`, false],
    ["foutwaarde", `<c r="A1" t="e"><v>#N/A</v></c>`, "#N/A"],
    ["formule met tekst", `<c r="A1" t="str"><f>A2&amp;"x"</f><v>a&amp;b</v></c>`, "a&b"],
    ["formule met lege tekst", `<c r="A1" t="str"><f>""</f><v></v></c>`, undefined],
    ["formule met getal", `<c r="A1"><f>1+1</f><v>2</v></c>`, 2],
    ["ISO-datum", `<c r="A1" t="d"><v>2021-01-13T00:00:00</v></c>`, 44209],
    ["ISO-datum met tijd", `<c r="A1" t="d"><v>2021-01-13T18:00:00</v></c>`, 44209.75],
    ["ISO-datum zonder tijd", `<c r="A1" t="d"><v>2021-03-31</v></c>`, 44286],
    ["onleesbare ISO-datum blijft tekst", `<c r="A1" t="d"><v>morgen</v></c>`, "morgen"],
    ["entiteiten", `<c r="A1" t="inlineStr"><is><t>R&amp;D &#233;</t></is></c>`, "R&D é"],
    ["CDATA", `<c r="A1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c>`, "<b>"],
    ["lege <v> zonder formule is leeg", `<c r="A1"><v></v></c>`, undefined],
  ])("%s", (_naam, cell, verwacht) => {
    expect(one(cell)).toBe(verwacht);
  });

  test("ISO date in a 1904 workbook: the serial of that system", () => {
    expect(one(`<c r="A1" t="d"><v>2021-01-13T00:00:00</v></c>`, true)).toBe(44209 - 1462);
  });
});

describe("formulas", () => {
  test("shared formulas: the children are formula cells too", () => {
    const r = read(
      sheet(
        `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>` +
          `<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>`
      )
    );
    expect(r.values).toEqual([[2], [4], [6]]);
    expect(r.formulas.map((a) => a.top)).toEqual([0, 1, 2]);
    expect(r.uncalculated).toEqual([]);
  });

  test.each([
    ["lege <v> (openpyxl)", `<c r="B1"><f>1+1</f><v></v></c>`],
    ["zonder <v>", `<c r="B1"><f>1+1</f></c>`],
    ["<v/>", `<c r="B1" t="n"><f>1+1</f><v/></c>`],
    ["tekstformule zonder <v>", `<c r="B1" t="str"><f>A1</f></c>`],
  ])("without a computed value (%s): empty, never 0, and reported", (_naam, cell) => {
    const r = read(sheet(`<row r="1"><c r="A1"><v>7</v></c>${cell}</row>`));
    expect(r.values).toEqual([[7]]);
    expect(r.uncalculated).toEqual([{ top: 0, left: 1, bottom: 0, right: 1 }]);
    expect(r.formulas).toEqual(r.uncalculated);
  });
});

describe("namespaces", () => {
  test("the x: prefix of the OpenXML SDK reads as without a prefix", () => {
    const xml =
      `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
      `<x:c r="B1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row></x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="C1:D1"/></x:mergeCells>` +
      `<x:sheetProtection sheet="1"/></x:worksheet>`;
    const r = read(xml);
    expect(r.values).toEqual([["gedeeld", "inline"]]);
    expect(r.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
    expect(r.protected).toBe(true);
  });

  test("elements of another namespace with the same name do not count", () => {
    const xml =
      `<worksheet xmlns="${NS}" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1"><v>1</v>` +
      `<o:f>geen formule</o:f></c></row></sheetData></worksheet>`;
    expect(read(xml).formulas).toEqual([]);
  });

  test("strict OOXML (purl.oclc.org) reads too", () => {
    const xml = `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData></worksheet>`;
    expect(read(xml).values).toEqual([[3]]);
  });
});

describe("rows and cells", () => {
  test("without r, rows and cells follow the previous one; hidden rows; merged", () => {
    const r = read(
      sheet(
        `<row r="2" hidden="1"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`,
        `<mergeCells><mergeCell ref="B2:C2"/></mergeCells>`
      )
    );
    // C2 lies in the merged area B2:C2, so it reads empty and the sheet is two columns wide.
    expect(r.values).toEqual([
      ["", ""],
      ["", 1],
      [3, ""],
    ]);
    expect(r.hiddenRows).toEqual([1]);
  });

  test("the style (s) per cell only when asked for (for fills)", () => {
    const xml = sheet(`<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1"><v>2</v></c></row>`);
    const ctx = { sharedStrings: [], date1904: false };
    expect(readSheetXml(xml, "blad.xml", { ...ctx, styles: true }).styles).toEqual([[3]]);
    expect(readSheetXml(xml, "blad.xml", ctx).styles).toBeNull();
  });

  test("no valid XML: a PartError that names the part", () => {
    expect(() => read(sheet(`<row r="1"><c r="A1"><v>1</c></row>`))).toThrow(PartError);
    expect(() => read(`<worksheet xmlns="${NS}"><sheetData>`)).toThrow(
      /onderdeel xl\/worksheets\/sheet1\.xml: geen geldige XML/
    );
  });
});

describe("Excel's grid bounds (issue 24, case 4)", () => {
  test.each([
    [`<row r="999999999"><c r="A999999999"><v>1</v></c></row>`, "rij 999999999"],
    [`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, "rij 1048577"],
    [`<row r="0"><c r="A1"><v>1</v></c></row>`, "rij 0"],
    [`<row r="41"><c r="ZZZZZZ41"><v>1</v></c></row>`, "cel ZZZZZZ41"],
    [`<row r="1"><c r="XFE1"><v>1</v></c></row>`, "cel XFE1"],
    [`<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`, "cel XFE1"],
  ])("%s is refused, naming %s", (data, naam) => {
    const fout = (() => {
      try {
        read(sheet(data));
      } catch (e) {
        return e;
      }
    })();
    expect(fout).toBeInstanceOf(PartError);
    expect((fout as PartError).reason).toBe("buiten-raster");
    expect((fout as PartError).reference).toBe(naam);
  });

  test("the last row and column of the grid are read", () => {
    const r = read(
      sheet(`<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>`.replace("XFD", "C"))
    );
    expect(r.values.length).toBe(1_048_576);
    expect(r.values[1_048_575][2]).toBe(7);
    expect(read(sheet(`<row r="1"><c r="XFD1"><v>7</v></c></row>`)).values[0][16_383]).toBe(7);
  });
});

describe("_xHHHH_ escapes in cells (ECMA-376 Part 1, §22.9.2.19 ST_Xstring; issue 24, case 6)", () => {
  test("inline strings and rich-text runs are decoded", () => {
    expect(one(`<c r="A1" t="inlineStr"><is><t>ABC_x000D_\nDEF</t></is></c>`)).toBe("ABC\r\nDEF");
    expect(one(`<c r="A1" t="inlineStr"><is><r><t>_x005F_x000D_</t></r></is></c>`)).toBe("_x000D_");
  });

  test("what the copy writer writes reads back as the user typed it", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc
            .tuple(
              fc.string(),
              fc.stringMatching(/^_x[0-9A-Fa-f]{4}_$/),
              fc.string({ unit: "binary" })
            )
            .map((d) => d.join("")),
          fc.constantFrom("_x000D_", "_x005F_x000D_", "a\u0001b", "_x_x0041__", "regel\r\nregel")
        ),
        (tekst) => {
          // Lone surrogates are no text; U+FFFE/U+FFFF no character (XML 1.0 §2.2).
          fc.pre(tekst !== "" && !/\p{Cs}|[\uFFFE\uFFFF]/u.test(tekst));
          expect(one(cellElement("", "A1", undefined, tekst))).toBe(tekst);
        }
      )
    );
  });
});
