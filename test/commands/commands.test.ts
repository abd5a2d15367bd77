import { MARKEERKLEUREN } from "../../src/core/highlight/targets";
import { ExcelEmulator } from "../../src/excel-stand-in";
import type { OfficeHostOptions } from "../../src/excel-stand-in/office-host";
import { kop, rij } from "../support/grid";
import { paginaInExcel } from "../support/office-page";

/**
 * The ribbon button in Excel on the web, through Microsoft's office.js: the real commands.ts is loaded
 * in a page whose frame is OfficeHost, associates its function with Office.actions.associate, and the
 * host clicks the button as Excel does (appCommandInvoked with the function's name). Excel.run, the
 * document settings and the dialog are Microsoft's code; the workbook is an ExcelEmulator.
 */
async function knop(werkmap: ExcelEmulator, opties: OfficeHostOptions = {}) {
  const pagina = await paginaInExcel({ ...opties, workbook: werkmap });
  const global = globalThis as Record<string, unknown>;
  global.window = { location: { href: "https://intranet.example/regie/commands.html" } };
  jest.isolateModules(() => require("../../src/commands/commands"));
  // commands.ts associates its function in Office.onReady's callback: a turn after the require.
  await pagina.page.Office.onReady();
  return {
    ...pagina,
    klik: () => pagina.host.invokeCommand("valideerEnMarkeer"),
    verlaat: () => {
      pagina.verlaat();
      delete global.window;
    },
  };
}

describe("ribbon button Valideer en markeer (ExecuteFunction)", () => {
  test("validates and marks with the workbook's settings, reports the result and completes", async () => {
    const werkmap = ExcelEmulator.fromSheets([
      {
        name: "Acties",
        values: [
          kop(),
          rij("a", "Anja", "In uitvoering", "1 februari 2021"),
          rij("b", "Anja", "In uitvoering", "1 maart 2021"),
        ],
      },
    ]);
    const { host, klik, verlaat } = await knop(werkmap, {
      settings: { regie: { peildatum: "2021-02-24", binnenkortDagen: 14, actieblad: null } },
    });
    try {
      const voltooid = await klik();
      expect(voltooid.status).toBe(0);
      expect(host.completions).toHaveLength(1);
      expect(werkmap.fills("Acties")["C2"]).toEqual({
        pattern: "Solid",
        color: MARKEERKLEUREN.overdue,
      });
      expect(werkmap.fills("Acties")["C3"]).toEqual({
        pattern: "Solid",
        color: MARKEERKLEUREN["due-soon"],
      });
      const url = new URL(host.dialogs[0]!.url);
      expect(url.pathname).toBe("/regie/resultaat.html");
      expect(url.searchParams.getAll("regel")[1]).toBe(
        "1 verlopen (rood) en 1 binnenkort (oranje) gemarkeerd."
      );
      // Outline, read, the guard read that takes the write lock, one write (as the pane's marking).
      expect(werkmap.syncCount).toBeLessThanOrEqual(4);
    } finally {
      verlaat();
    }
  });

  test("without an actielijst: a message and nothing changed, and completed all the same", async () => {
    const werkmap = ExcelEmulator.fromSheets([{ name: "Leeg", values: [["iets"]] }]);
    const voor = werkmap.snapshot();
    const { host, klik, verlaat } = await knop(werkmap);
    try {
      expect((await klik()).status).toBe(0);
      expect(host.completions).toHaveLength(1);
      expect(new URL(host.dialogs[0]!.url).searchParams.get("titel")).toBe(
        "Actielijst niet gecontroleerd"
      );
      expect(werkmap.snapshot()).toEqual(voor);
    } finally {
      verlaat();
    }
  });

  test("a function the page never associated: the library reports 11101 (ooeInvalidCallback) to the host", async () => {
    const werkmap = ExcelEmulator.fromSheets([{ name: "Leeg", values: [["iets"]] }]);
    const { host, verlaat } = await knop(werkmap);
    try {
      const antwoord = await host.invokeCommand("bestaatNiet");
      expect(antwoord.status).toBe(11101);
      expect(host.dialogs).toEqual([]);
    } finally {
      verlaat();
    }
  });
});
