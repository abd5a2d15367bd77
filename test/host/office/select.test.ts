import { hostError, setup } from "./helpers";

describe("select()", () => {
  test("activates the sheet and selects the range in one sync", async () => {
    const { standIn, port } = setup([
      { name: "Overzicht" },
      { name: "Actielijst", values: [["a"]] },
    ]);
    await port.select("Actielijst", "E5:H8");
    expect(standIn.syncCount).toBe(1);
    expect(standIn.selection()).toEqual({ sheet: "Actielijst", address: "E5:H8" });
  });

  test.each([
    ["a missing sheet", [{ name: "Blad1" }], "Weg", "missing-sheet"],
    [
      "a hidden sheet",
      [{ name: "Blad1" }, { name: "Verborgen", visibility: "Hidden" as const }],
      "Verborgen",
      "sync-failed",
    ],
  ])("%s is a HostError", async (_label, seeds, sheet, code) => {
    const { port } = setup(seeds);
    expect((await hostError(port.select(sheet, "A1"))).code).toBe(code);
  });
});
