import type ExcelJS from "exceljs";
import { NO_FILL } from "../../../src/core/highlight/fill";
import { fromExcelFill, toExcelFill } from "../../../src/host/xlsx/fills";

describe("exceljs fills <-> port fills", () => {
  test.each([
    ["geen", undefined, NO_FILL],
    ["patroon none", { type: "pattern", pattern: "none" }, NO_FILL],
    // openpyxl's <patternFill/>: exceljs gives a pattern fill without a pattern.
    ["patroon zonder type", { type: "pattern" }, NO_FILL],
    ["verloop", { type: "gradient", gradient: "angle", degree: 0, stops: [] }, NO_FILL],
    [
      "effen ARGB",
      { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } },
      { pattern: "Solid", color: "#FF0000" },
    ],
    [
      "thema met tint",
      { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.4 } },
      { pattern: "Solid", color: "theme:4:0.4" },
    ],
  ])("%s", (_naam, fill, verwacht) => {
    expect(fromExcelFill(fill as ExcelJS.Fill | undefined)).toEqual(verwacht);
  });

  test("there and back", () => {
    for (const fill of [
      { pattern: "Solid", color: "#FFC7CE" },
      { pattern: "Gray125", color: "theme:4:0.4" },
    ])
      expect(fromExcelFill(toExcelFill(fill))).toEqual(fill);
    expect(toExcelFill(NO_FILL)).toBeUndefined();
  });
});
