import { addSheetEntry, removeSheetEntry } from "../../../../src/host/xlsx/patch/workbook-sheets";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const lists = {
  workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="A" sheetId="3" r:id="rId2"/></sheets></workbook>`,
  rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  types: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
};

describe("de bladenlijst van de werkmap", () => {
  test("een blad erbij en er weer af geeft de lijsten van voor", () => {
    const sheet = { name: "R&D", part: "xl/worksheets/sheet2.xml", state: "veryHidden" as const };
    const erbij = addSheetEntry(lists, "xl/workbook.xml", sheet);
    expect(erbij.workbook).toContain(
      `<sheet name="R&amp;D" sheetId="4" state="veryHidden" xmlns:r="${R}" r:id="rId3"/></sheets>`
    );
    expect(erbij.rels).toContain(
      `<Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>`
    );
    expect(erbij.types).toContain(`<Override PartName="/xl/worksheets/sheet2.xml"`);
    expect(removeSheetEntry(erbij, "xl/workbook.xml", sheet)).toEqual(lists);
  });

  test("een absoluut doel (openpyxl) wordt ook gevonden", () => {
    const abs = {
      ...lists,
      rels: lists.rels.replace(
        'Target="worksheets/sheet1.xml"',
        'Target="/xl/worksheets/sheet1.xml"'
      ),
    };
    const weg = removeSheetEntry(abs, "xl/workbook.xml", {
      name: "A",
      part: "xl/worksheets/sheet1.xml",
    });
    expect(weg.workbook).not.toContain("<sheet ");
    expect(weg.rels).not.toContain("<Relationship ");
  });
});
