import { NO_FILL } from "../../../src/core/highlight/fill";
import { readCellFills } from "../../../src/host/xlsx/styles";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const styles = (fills: string, xfs: string) =>
  `<styleSheet xmlns="${NS}"><fills>${fills}</fills>` +
  `<cellStyleXfs><xf fillId="2"/></cellStyleXfs><cellXfs>${xfs}</cellXfs>` +
  `<dxfs><dxf><fill><patternFill patternType="solid"><bgColor rgb="FF00FF00"/></patternFill></fill></dxf></dxfs></styleSheet>`;

describe("fills per cell style (cellXfs), as exceljs gave them", () => {
  test("pattern, ARGB colour, theme colour with tint, indexed colour, gradient, and <patternFill/>", () => {
    const xml = styles(
      `<fill><patternFill/></fill>` +
        `<fill><patternFill patternType="gray125"/></fill>` +
        `<fill><patternFill patternType="solid"><fgColor rgb="FFff0000"/><bgColor indexed="64"/></patternFill></fill>` +
        `<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.39997558519241921"/></patternFill></fill>` +
        `<fill><patternFill patternType="darkGray"><fgColor indexed="10"/></patternFill></fill>` +
        `<fill><gradientFill degree="90"><stop position="0"><color rgb="FF000000"/></stop></gradientFill></fill>`,
      `<xf fillId="0"/><xf fillId="1"/><xf fillId="2"/><xf fillId="3"/><xf fillId="4"/><xf fillId="5"/><xf/><xf fillId="99"/>`
    );
    expect(readCellFills(xml, "xl/styles.xml")).toEqual([
      NO_FILL,
      { pattern: "Gray125", color: "#000000" },
      { pattern: "Solid", color: "#FF0000" },
      { pattern: "Solid", color: "theme:4:0.3999755851924192" },
      { pattern: "DarkGray", color: "#000000" },
      NO_FILL,
      NO_FILL,
      NO_FILL,
    ]);
  });

  test("with the x: prefix", () => {
    const xml =
      `<x:styleSheet xmlns:x="${NS}"><x:fills><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFFF00"/></x:patternFill></x:fill></x:fills>` +
      `<x:cellXfs><x:xf fillId="0"/></x:cellXfs></x:styleSheet>`;
    expect(readCellFills(xml, "xl/styles.xml")).toEqual([{ pattern: "Solid", color: "#FFFF00" }]);
  });
});
