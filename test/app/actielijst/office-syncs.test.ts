import { valideerEnMarkeer } from "../../../src/app/actielijst/markeer";
import { valideer } from "../../../src/app/actielijst/valideer";
import { wisMarkeringen } from "../../../src/app/actielijst/wis-markeringen";
import { MAX_ADDRESS_LENGTH } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/grid";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { kop, rij } from "../../support/grid";

const PEIL = "2021-02-24";

/** An action list of n rows where every other row is overdue: the worst case for grouping ranges. */
function lijst(n: number): CellValue[][] {
  const rows: CellValue[][] = [kop()];
  for (let i = 0; i < n; i++)
    rows.push(
      rij(
        `a. actie ${i}`,
        i % 3 ? "Anja" : "Henk",
        "In uitvoering",
        i % 2 ? "1 februari 2021" : "1 mei 2021",
        { doel: i === 0 ? "#01" : "" }
      )
    );
  return rows;
}

function opzet(n: number) {
  const standIn = ExcelEmulator.fromSheets([
    { name: "Overzicht", values: [["Iets anders"]] },
    { name: "Actielijst", values: lijst(n) },
  ]);
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

describe("round trips to Excel (standIn Excel, real adapter code)", () => {
  test("validating + marking 50,000 rows on Excel on the web: every request under 4 MB", async () => {
    const { standIn, port } = opzet(50_000);
    const uitkomst = await valideerEnMarkeer(port, { peildatum: PEIL });
    expect(uitkomst.ok && uitkomst.value.verlopen).toBe(25_000);
    expect(standIn.syncs.filter((s) => s.error).map((s) => s.error)).toEqual([]);
    expect(Math.max(...standIn.syncs.map((s) => s.requestBytes))).toBeLessThan(4_000_000);
  });

  // Outline, read, the guard read that takes the write lock (the memory sheet must still be the
  // version read: issue 24, case 14), and one write.
  test.each([50, 1_000, 5_000])("validating + marking %i rows: at most 4 syncs", async (n) => {
    const { standIn, port } = opzet(n);
    const uitkomst = await valideerEnMarkeer(port, { peildatum: PEIL });
    expect(uitkomst.ok && uitkomst.value.verlopen).toBe(n / 2);
    expect(standIn.syncCount).toBeLessThanOrEqual(4);
    expect(standIn.syncs.every((s) => !s.error)).toBe(true);
  });

  test("marking writes grouped ranges, never one call per row", async () => {
    const { standIn, port } = opzet(2_000);
    await valideerEnMarkeer(port, { peildatum: PEIL });
    const schrijf = standIn.syncs[standIn.syncs.length - 1];
    const vullingen = schrijf.actions.filter((a) =>
      /getRanges|RangeAreas/.test(`${a.kind} ${a.target}`)
    );
    expect(vullingen.length).toBeGreaterThan(0);
    expect(vullingen.length).toBeLessThan(20);
    for (const a of schrijf.actions)
      expect(a.target.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH + 200);
    expect(standIn.fills("Actielijst")["C3"]).toEqual({ pattern: "Solid", color: "#FFC7CE" });
    expect(standIn.fills("Actielijst")["C2"]).toBeUndefined();
  });

  test("validating only: 2 syncs and nothing written", async () => {
    const { standIn, port } = opzet(100);
    const voor = standIn.snapshot();
    await valideer(port, { peildatum: PEIL });
    expect(standIn.syncCount).toBe(2);
    expect(standIn.snapshot()).toEqual(voor);
  });

  test("marking and clearing via Office.js leaves the workbook exactly as it was", async () => {
    const { standIn, port } = opzet(200);
    const voor = standIn.snapshot();
    await valideerEnMarkeer(port, { peildatum: PEIL });
    await valideerEnMarkeer(port, { peildatum: PEIL });
    await wisMarkeringen(port);
    const na = standIn.snapshot();
    expect({ ...na, sheets: na.sheets.map((s) => ({ ...s, selection: "" })) }).toEqual({
      ...voor,
      sheets: voor.sheets.map((s) => ({ ...s, selection: "" })),
    });
  });
});
