import {
  addSheetEntry,
  removeSheetEntry,
  renumberAfterRemoval,
  withActiveTab,
  withOverrides,
  withPrintArea,
  withSheetState,
} from "../../../../src/host/xlsx/patch/workbook-sheets";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const lists = {
  workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="A" sheetId="3" r:id="rId2"/></sheets></workbook>`,
  rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  types: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
};

describe("the workbook's sheet list", () => {
  test("a sheet added and removed again gives the lists from before", () => {
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

  test("an absolute target (openpyxl) is found too", () => {
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

describe("names, tabs and content types around a sheet that goes or comes", () => {
  const namen =
    `<workbook xmlns="${MAIN}"><bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews><sheets/>` +
    `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$2</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="1">'Dashboard'!$A$1:$H$30</definedName>` +
    `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">C!$A$1:$B$9</definedName>` +
    `<definedName name="Eigen">A!$A$1</definedName></definedNames></workbook>`;

  test("names of the deleted sheet go, later sheets move up one place", () => {
    const na = renumberAfterRemoval(namen, 1);
    expect(na).toContain(`<workbookView activeTab="1" firstSheet="1"/>`);
    expect(na).not.toContain("Print_Area");
    expect(na).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$2</definedName>`
    );
    expect(na).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">C!$A$1:$B$9</definedName>`
    );
    expect(na).toContain(`<definedName name="Eigen">A!$A$1</definedName>`);
  });

  test("a print area in the existing <definedNames>, or in a new one at the schema's place", () => {
    expect(withPrintArea(namen, 3, "Mijn 'blad'", "A1:T23")).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Mijn &apos;&apos;blad&apos;&apos;&apos;!$A$1:$T$23</definedName></definedNames>`
    );
    const x = `<x:workbook xmlns:x="${MAIN}"><x:sheets/><x:calcPr calcId="1"/></x:workbook>`;
    expect(withPrintArea(x, 0, "D", "A1:B2")).toBe(
      `<x:workbook xmlns:x="${MAIN}"><x:sheets/><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">&apos;D&apos;!$A$1:$B$2</x:definedName></x:definedNames><x:calcPr calcId="1"/></x:workbook>`
    );
  });

  test("the tab the workbook opens on, and content types with the part's prefix", () => {
    expect(withActiveTab(namen, 0)).toContain(`<workbookView activeTab="0" firstSheet="1"/>`);
    expect(withActiveTab(`<workbook xmlns="${MAIN}"/>`, 3)).toBe(`<workbook xmlns="${MAIN}"/>`);
    const types = `<t:Types xmlns:t="http://schemas.openxmlformats.org/package/2006/content-types"></t:Types>`;
    expect(
      withOverrides(types, [{ part: "xl/tables/table1.xml", type: "application/x" }])
    ).toContain(
      `<t:Override PartName="/xl/tables/table1.xml" ContentType="application/x"/></t:Types>`
    );
  });
});

test("hiding a sheet of the file and showing it again: only the state attribute of its <sheet>", () => {
  const wb = `<workbook xmlns="${MAIN}"><sheets><sheet name="R&amp;D" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`;
  const verborgen = withSheetState(wb, "R&D", "veryHidden");
  expect(verborgen).toContain(`<sheet name="R&amp;D" sheetId="1" r:id="rId1" state="veryHidden"/>`);
  expect(withSheetState(wb, "B", "visible")).toContain(`<sheet name="B" sheetId="2" r:id="rId2"/>`);
  expect(() => withSheetState(wb, "C", "hidden")).toThrow();
});
