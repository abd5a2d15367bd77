import { withStyle, withValue } from "../../../../src/host/xlsx/patch/cell-changes";
import { patchCells, type CellChange } from "../../../../src/host/xlsx/patch/sheet-cells";
import { readSheetXml } from "../../../../src/host/xlsx/sheet-reader";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const blad = (data: string) =>
  `<worksheet xmlns="${NS}"><dimension ref="A1:C3"/><sheetData>${data}</sheetData><mergeCells/></worksheet>`;
const zet = (cells: [number, number, (s: number | undefined) => number][]) => {
  const map = new Map<number, Map<number, CellChange>>();
  for (const [r, c, f] of cells) map.set(r, (map.get(r) ?? new Map()).set(c, withStyle(f)));
  return map;
};
const styles = (xml: string) =>
  readSheetXml(xml, "blad.xml", { sharedStrings: [], date1904: false, styles: true }).styles;

describe("patchCells", () => {
  test("existing cells get s, missing cells and rows are inserted in their place", () => {
    const xml = blad(
      `<row r="1" spans="1:3"><c r="A1" s="1"><v>1</v></c><c r="C1"><v>3</v></c></row>` +
        `<row r="3"><c r="B3" t="s"><v>0</v></c></row><row r="4"/>`
    );
    const uit = patchCells(
      xml,
      zet([
        [0, 0, (s) => (s ?? 0) + 10],
        [0, 1, () => 7],
        [0, 2, () => 8],
        [1, 1, () => 9],
        [2, 2, () => 6],
        [3, 0, () => 5],
      ])
    );
    expect(uit).toBe(
      blad(
        `<row r="1"><c r="A1" s="11"><v>1</v></c><c r="B1" s="7"/><c r="C1" s="8"><v>3</v></c></row>` +
          `<row r="2"><c r="B2" s="9"/></row>` +
          `<row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" s="6"/></row><row r="4"><c r="A4" s="5"/></row>`
      )
    );
    expect(styles(uit)).toEqual([[11, 7, 8], [undefined, 9], [undefined, undefined, 6], [5]]);
  });

  test("an empty sheetData and the x: prefix", () => {
    expect(
      patchCells(`<worksheet xmlns="${NS}"><sheetData/></worksheet>`, zet([[1, 0, () => 2]]))
    ).toBe(
      `<worksheet xmlns="${NS}"><sheetData><row r="2"><c r="A2" s="2"/></row></sheetData></worksheet>`
    );
    const x = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(
      patchCells(
        x,
        zet([
          [0, 0, () => 3],
          [0, 1, () => 4],
        ])
      )
    ).toBe(
      `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" s="3"/><x:c r="B1" s="4"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    );
  });

  test.each([
    ["rijen zonder r", `<row><c r="A1"><v>1</v></c></row><row><c r="B2"><v>2</v></c></row>`],
    [
      "cellen zonder r",
      `<row r="1"><c><v>1</v></c><c><v>2</v></c></row><row r="2"><c><v>3</v></c></row>`,
    ],
    [
      "beide, en r met enkele aanhalingstekens",
      `<row r='1'><c><v>1</v></c></row><row><c/><c><v>2</v></c></row>`,
    ],
  ])("%s follow the previous one, as the reader takes them (issue 24, case 5)", (_naam, data) => {
    const xml = blad(data);
    const voor = readSheetXml(xml, "blad.xml", { sharedStrings: [], date1904: false }).values;
    const map = new Map([
      [0, new Map<number, CellChange>([[1, withValue("nieuw")]])],
      [
        1,
        new Map<number, CellChange>([
          [1, withValue(9)],
          [2, withValue("erbij")],
        ]),
      ],
    ]);
    const na = readSheetXml(patchCells(xml, map), "blad.xml", {
      sharedStrings: [],
      date1904: false,
    }).values;
    const verwacht = [0, 1].map((r) => [0, 1, 2].map((c) => voor[r]?.[c] ?? ""));
    verwacht[0][1] = "nieuw";
    verwacht[1][1] = 9;
    verwacht[1][2] = "erbij";
    expect(na).toEqual(verwacht);
  });

  test.each([["commentaar tussen de cellen", `<row r="1"><!-- x --><c r="A1"/></row>`]])(
    "not placeable with certainty (%s): an error",
    (_naam, data) => {
      expect(() => patchCells(blad(data), zet([[0, 0, () => 1]]))).toThrow();
    }
  );

  test("a new value: as inline text, with the cell's style, formula and type gone", () => {
    const xml = blad(
      `<row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><f>A1</f><v>1</v></c></row>`
    );
    const map = new Map([
      [
        0,
        new Map<number, CellChange>([
          [0, withValue("Nicoline & co")],
          [1, withValue(3)],
          [2, withValue("")],
        ]),
      ],
    ]);
    expect(patchCells(xml, map)).toBe(
      blad(
        `<row r="1"><c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">Nicoline &amp; co</t></is></c>` +
          `<c r="B1"><v>3</v></c><c r="C1"/></row>`
      )
    );
  });
});

test("patchCells: a missing row between rows that do not change goes in its place", () => {
  const xml = blad(
    `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>` +
      `<row r="5"><c r="A5"><v>5</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>`
  );
  const uit = patchCells(
    xml,
    zet([
      [2, 0, () => 4],
      [8, 1, () => 3],
    ])
  );
  expect(uit).toContain(
    `<row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3" s="4"/></row><row r="5">`
  );
  expect(uit).toContain(`<row r="9"><c r="A9"><v>9</v></c><c r="B9" s="3"/></row>`);
});
