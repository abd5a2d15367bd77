import { readCellFills } from "../../../../src/host/xlsx/styles";
import { StylesPatch } from "../../../../src/host/xlsx/patch/styles-patch";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STYLES =
  `<styleSheet xmlns="${NS}"><fills count="2"><fill><patternFill patternType="none"/></fill>` +
  `<fill><patternFill patternType="gray125"/></fill></fills>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>` +
  `<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs></styleSheet>`;

describe("StylesPatch", () => {
  test("a fill on an existing style: new fill and xf at the end, the rest untouched", () => {
    const patch = new StylesPatch(STYLES);
    expect(patch.withFill(1, { pattern: "Solid", color: "#FFC7CE" })).toBe(2);
    expect(patch.withFill(1, { pattern: "Solid", color: "#FFC7CE" })).toBe(2);
    expect(patch.withFill(0, { pattern: "Solid", color: "#FFC7CE" })).toBe(3);
    expect(patch.withFill(0, { pattern: "Solid", color: "theme:4:0.4" })).toBe(4);
    expect(patch.withFill(1, { pattern: "None", color: "#FFFFFF" })).toBe(5);
    const xml = patch.text();
    expect(xml).toContain(
      `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyAlignment="1" applyFill="1"><alignment wrapText="1"/></xf>`
    );
    expect(xml).toMatch(/<fills count="5">/);
    expect(xml).toMatch(/<cellXfs count="6">/);
    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf("<fills")))).toBe(true);
    expect(xml).toContain(STYLES.slice(STYLES.indexOf("<dxfs")));
    expect(readCellFills(xml, "xl/styles.xml")).toEqual([
      { pattern: "None", color: "#FFFFFF" },
      { pattern: "None", color: "#FFFFFF" },
      { pattern: "Solid", color: "#FFC7CE" },
      { pattern: "Solid", color: "#FFC7CE" },
      { pattern: "Solid", color: "theme:4:0.4" },
      { pattern: "None", color: "#FFFFFF" },
    ]);
  });

  test("nothing asked: the part itself", () => {
    expect(new StylesPatch(STYLES).text()).toBe(STYLES);
  });

  test("with the x: prefix", () => {
    const x = STYLES.replace(`xmlns="${NS}"`, `xmlns:x="${NS}"`).replace(
      /<(\/?)([a-zA-Z]+)(?=[\s/>])/g,
      "<$1x:$2"
    );
    const patch = new StylesPatch(x);
    expect(patch.withFill(0, { pattern: "Solid", color: "#FF0000" })).toBe(2);
    expect(readCellFills(patch.text(), "xl/styles.xml")[2]).toEqual({
      pattern: "Solid",
      color: "#FF0000",
    });
  });
});

describe("StylesPatch: font and alignment for Regie's own sheets", () => {
  const MET_FONTS =
    `<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font></fonts>` +
    `<fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/><protection locked="0"/></xf></cellXfs></styleSheet>`;

  test("italic and grey: a new font with the children in schema order", () => {
    const patch = new StylesPatch(MET_FONTS);
    const s = patch.withFont(0, { italic: true, color: "#666666" });
    expect(s).toBe(2);
    expect(patch.withFont(0, { italic: true, color: "#666666" })).toBe(2);
    const xml = patch.text();
    expect(xml).toContain(
      `<font><i/><sz val="11"/><color rgb="FF666666"/><name val="Calibri"/></font></fonts>`
    );
    expect(xml).toMatch(/<fonts count="2">/);
    expect(xml).toContain(
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>`
    );
  });

  test("bold and italic together, and bold off again", () => {
    const patch = new StylesPatch(MET_FONTS);
    const beide = patch.withFont(0, { bold: true, italic: true });
    const alleenCursief = patch.withFont(beide, { bold: false });
    const xml = patch.text();
    expect(xml).toContain(`<font><b/><i/><sz val="11"/>`);
    expect(xml).toContain(`<font><i/><sz val="11"/>`);
    expect(alleenCursief).not.toBe(beide);
  });

  test("alignment: the existing <alignment> completed, protection stays after it", () => {
    const patch = new StylesPatch(MET_FONTS);
    const s = patch.withAlignment(1, { horizontal: "Right", wrap: true });
    expect(patch.withAlignment(1, { horizontal: "Right", wrap: true })).toBe(s);
    expect(patch.text()).toContain(
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" horizontal="right" wrapText="1"/><protection locked="0"/></xf></cellXfs>`
    );
    const boven = new StylesPatch(MET_FONTS);
    boven.withAlignment(0, { vertical: "Top" });
    expect(boven.text()).toContain(
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>`
    );
    const zonder = new StylesPatch(MET_FONTS);
    zonder.withAlignment(0, { horizontal: "Left" });
    expect(zonder.text()).toContain(
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left"/></xf></cellXfs>`
    );
  });
});

test("StylesPatch: changes one after another stack (font, then fill, then number format)", () => {
  const patch = new StylesPatch(
    STYLES.replace("<fills", `<fonts count="2"><font/><font><b/></font></fonts><fills`)
  );
  const cursief = patch.withFont(0, { italic: true });
  const gevuld = patch.withFill(cursief, { pattern: "Solid", color: "#FFC7CE" });
  const datum = patch.withNumberFormat(gevuld, "dd-mm-yyyy");
  const xml = patch.text();
  const xfs = [...xml.matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  expect(xfs[datum]).toMatch(/numFmtId="164" fontId="2" fillId="2"/);
});

describe("StylesPatch on a valid styles.xml without the sections it needs (issue 24, case 9)", () => {
  const ROOD = { pattern: "Solid", color: "#FFC7CE" } as const;
  test.each([
    [
      "zonder <cellXfs>",
      `<styleSheet xmlns="${NS}"><fills count="1"><fill><patternFill patternType="none"/></fill></fills><dxfs count="0"/></styleSheet>`,
    ],
    [
      "zonder <fills>",
      `<styleSheet xmlns="${NS}"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    ],
    ["leeg", `<styleSheet xmlns="${NS}"/>`],
    [
      "met voorvoegsel, alleen <dxfs>",
      `<x:styleSheet xmlns:x="${NS}"><x:dxfs count="0"/></x:styleSheet>`,
    ],
  ])(
    "%s: the sections are added in the schema's order, and the new format has the fill",
    (_naam, xml) => {
      const patch = new StylesPatch(xml);
      const s = patch.withFill(0, ROOD);
      const uit = patch.text();
      const p = xml.startsWith("<x:") ? "x:" : "";
      const volgorde = ["fonts", "fills", "borders", "cellXfs", "dxfs"]
        .map((n) => uit.indexOf(`<${p}${n}`))
        .filter((at) => at >= 0);
      expect(volgorde).toEqual([...volgorde].sort((a, b) => a - b));
      expect(volgorde.length).toBeGreaterThanOrEqual(4);
      expect(readCellFills(uit, "xl/styles.xml")[s]).toEqual(ROOD);
    }
  );
});
