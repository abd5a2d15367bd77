import { readFileSync } from "node:fs";
import { ExcelEmulator, officeLibrary, PROFILES, type ProfileName } from "../../src/excel-stand-in";
import { NEWEST_EXCEL_API } from "../../src/excel-stand-in/profiles";
import { OfficeWorkbookPort } from "../../src/host/office";
import { BASIS } from "../support/scenarios";

const NAMES = Object.keys(PROFILES) as ProfileName[];

function requirements(profile: ProfileName) {
  const office = officeLibrary(PROFILES[profile].requirementSets).Office;
  const found = office?.context?.requirements;
  if (!found) throw new Error("no Office.context.requirements in the library");
  return found;
}

// What Office.context.requirements.isSetSupported answers in Microsoft's library, per profile: the
// manifest's ExcelApi 1.13 everywhere, above it only on Microsoft 365, never a version nobody has.
describe("requirement sets per profile", () => {
  test.each([
    ["ExcelApi", "1.13", { web: true, desktop: true, minimum: true }],
    ["ExcelApi", "1.14", { web: true, desktop: true, minimum: false }],
    ["ExcelApi", String(NEWEST_EXCEL_API), { web: true, desktop: true, minimum: false }],
    ["ExcelApi", "1.99", { web: false, desktop: false, minimum: false }],
    ["ExcelApiOnline", "1.1", { web: true, desktop: false, minimum: false }],
    ["DialogApi", "1.1", { web: true, desktop: true, minimum: true }],
    ["Settings", "1.1", { web: true, desktop: true, minimum: true }],
    ["WordApi", "1.1", { web: false, desktop: false, minimum: false }],
  ] as const)("isSetSupported(%s, %s)", (set, version, expected) => {
    for (const name of NAMES)
      expect([name, requirements(name).isSetSupported(set, version)]).toEqual([
        name,
        expected[name],
      ]);
  });

  test("Microsoft 365 is at the newest ExcelApi the library knows", () => {
    const source = readFileSync(
      require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"),
      "utf8"
    );
    // Excel's members are gated as _throwIfApiNotSupported("Range.x", _defaultApiSetName, "1.n", ...).
    const versions = [
      ...source.matchAll(/_throwIfApiNotSupported\("[\w.]+", _defaultApiSetName, "1\.(\d+)"/g),
    ].map((m) => Number(m[1]));
    expect(NEWEST_EXCEL_API).toBe(Number(`1.${Math.max(...versions)}`));
    expect(PROFILES.web.requirementSets.excelapi).toBe(NEWEST_EXCEL_API);
  });

  // The rule that makes the profiles bite: Microsoft's library refuses a member above the host's sets
  // before anything is sent (ApiNotFound), so code that needs a gate fails on the minimum profile.
  test.each([
    // Refused by Microsoft's library itself, naming the set it needs.
    ["minimum", /ExcelApi 1\.14/],
    // Above the manifest's set but supported here: the library sends it, the emulator knows no such member.
    ["desktop", /not emulated/],
  ] as const)("Range.getPrecedents (ExcelApi 1.14) on %s", async (profile, message) => {
    const excel = ExcelEmulator.fromSheets([{ name: "Blad1", values: [[1]] }], { profile });
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").getPrecedents();
      await context.sync();
    });
    const error: unknown = await attempt.then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect(String((error as Error).message) + JSON.stringify(error)).toMatch(message);
  });
});

// Every use-case that writes, on every profile: nothing Regie calls is above what the profile has
// (the manifest's minimum included), or it sits behind isSetSupported with a fallback.
describe.each(NAMES)("every use-case on the %s profile", (profile) => {
  test.each(BASIS.map((s) => [s.naam, s] as const))("%s", async (_naam, scenario) => {
    const excel = scenario.werkmap(profile);
    const port = new OfficeWorkbookPort(excel.run);
    if (scenario.voorbereiding) await scenario.voorbereiding(port);
    const uitkomst = await scenario.stap(port);
    expect(uitkomst).toMatchObject({ ok: true });
    expect(excel.syncs.filter((s) => s.error)).toEqual([]);
  });
});
