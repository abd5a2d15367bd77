import type { WriteOp } from "../../../src/app/ports";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { fixture } from "../../support/fixtures";

const VUL: WriteOp = {
  kind: "fill",
  sheet: "Actielijst",
  addresses: ["A9:H9"],
  fill: { color: "#FFC7CE", pattern: "Solid" },
};

/** [what was written before in this session, the guard, whether it holds]. */
const GEVALLEN: [string, WriteOp[], string, string, boolean][] = [
  [
    "na markeren: de waarde uit het bestand",
    [VUL],
    "C3",
    "b. BZK en gemeenten gaan in overleg met VNG over een pool.",
    true,
  ],
  ["na markeren: een andere waarde", [VUL], "D3", "Anja", false],
  [
    "na een eigen waarde: die waarde",
    [
      VUL,
      { kind: "values", sheet: "Actielijst", address: "D3", values: [["Nicoline van der Linden"]] },
    ],
    "D3",
    "Nicoline van der Linden",
    true,
  ],
  [
    "na een eigen waarde: niet meer die uit het bestand",
    [{ kind: "values", sheet: "Actielijst", address: "C3:D3", values: [["x", "y"]] }],
    "D3",
    "Nicoline",
    false,
  ],
];

describe("a guard in the copy that is patched in place, after an earlier write", () => {
  test.each(GEVALLEN)("%s", async (_naam, eerder, cell, value, houdt) => {
    const w = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
    await w.write(eerder);
    const schrijf = w.write([
      { kind: "expect", sheet: "Actielijst", cell, value },
      { kind: "values", sheet: "Actielijst", address: "H3", values: [["gecontroleerd"]] },
    ]);
    if (houdt) await expect(schrijf).resolves.toBeUndefined();
    else await expect(schrijf).rejects.toMatchObject({ code: "changed" });
  });
});
