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
  test("een vulling op een bestaande opmaak: nieuwe fill en xf achteraan, de rest ongemoeid", () => {
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

  test("niets gevraagd: het onderdeel zelf", () => {
    expect(new StylesPatch(STYLES).text()).toBe(STYLES);
  });

  test("met het x:-voorvoegsel", () => {
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
