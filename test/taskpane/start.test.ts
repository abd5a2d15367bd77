import { valideer } from "../../src/app/actielijst/valideer";
import { bewaarInstellingen, STANDAARD_INSTELLINGEN } from "../../src/app/instellingen";
import { foutTekst } from "../../src/app/weigering-berichten";
import { loadNodeOffice } from "../../src/excel-stand-in/node-office";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { OfficeHost } from "../../src/excel-stand-in/office-host";
import { MARKEERKLEUREN } from "../../src/core/highlight/targets";
import { MARKERING_BLAD } from "../../src/core/highlight/store";
import { OfficeWorkbookPort } from "../../src/host/office";
import { officeSettings } from "../../src/host/office/settings";
import { donkerThema, kiesStart, regieInExcel } from "../../src/taskpane/start";
import { fixtureBladen } from "../support/fixture-excel";
import { paginaInExcel } from "../support/office-page";

// The pane's startup choice and the settings adapter, through Microsoft's office.js (loadNodeOffice)
// with Excel on the web's frame played by OfficeHost.

describe("kiesStart: Excel or the demo", () => {
  test("in Excel (onReady reports host Excel): Excel", async () => {
    const page = loadNodeOffice(new OfficeHost());
    await expect(kiesStart(page.Office)).resolves.toBe("excel");
  });

  test("no Office global (a page without office.js): the demo", async () => {
    await expect(kiesStart(undefined)).resolves.toBe("demo");
  });

  test("office.js in a browser tab (onReady reports host null): the demo", async () => {
    await expect(kiesStart(loadNodeOffice().Office)).resolves.toBe("demo");
  });

  test("onReady never answers: the demo after the wait", async () => {
    const stil = { onReady: () => new Promise<never>(() => undefined), HostType: hostTypes() };
    await expect(kiesStart(stil as never, 20)).resolves.toBe("demo");
  });

  test("another host (Word): the demo", async () => {
    const word = {
      onReady: async () => ({ host: "Word", platform: "OfficeOnline" }),
      HostType: hostTypes(),
    };
    await expect(kiesStart(word as never)).resolves.toBe("demo");
  });
});

/** Office.HostType's values (as @types/office-js and the library name them) for the fake hosts. */
function hostTypes() {
  return { Excel: "Excel", Word: "Word" };
}

describe("regieInExcel: the pane in Excel reads and saves the workbook's own settings", () => {
  test("settings from the workbook, saved back into it", async () => {
    const { host, verlaat } = await paginaInExcel({
      settings: { regie: { peildatum: "2021-02-24", binnenkortDagen: 10, actieblad: null } },
    });
    try {
      const regie = regieInExcel();
      await expect(regie.instellingen()).resolves.toMatchObject({
        peildatum: "2021-02-24",
        binnenkortDagen: 10,
      });
      const nieuw = { ...STANDAARD_INSTELLINGEN, peildatum: "2021-03-01" };
      await expect(bewaarInstellingen(officeSettings(), nieuw)).resolves.toEqual({
        ok: true,
        value: nieuw,
      });
      expect(host.settings()).toEqual({ regie: nieuw });
    } finally {
      verlaat();
    }
  });

  test("a failed save is the Dutch refusal with Microsoft's Dutch reason; the workbook is unchanged", async () => {
    const { host, verlaat } = await paginaInExcel({ settings: { regie: STANDAARD_INSTELLINGEN } });
    try {
      host.failNextSave();
      const uitkomst = await bewaarInstellingen(officeSettings(), {
        ...STANDAARD_INSTELLINGEN,
        peildatum: "2021-03-01",
      });
      expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toBe(
        "De instellingen konden niet in de werkmap worden bewaard (Er is een interne fout opgetreden.). Ze gelden nu alleen in dit taakvenster; probeer het opnieuw of sla de werkmap op."
      );
      expect(host.settings()).toEqual({ regie: STANDAARD_INSTELLINGEN });
    } finally {
      verlaat();
    }
  });

  test("settings over the 2 MB limit: refused, in Dutch", async () => {
    const { verlaat } = await paginaInExcel();
    try {
      const groot = { ...STANDAARD_INSTELLINGEN, actieblad: "x".repeat(2 * 1024 * 1024) };
      const uitkomst = await bewaarInstellingen(officeSettings(), groot);
      expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toContain(
        "(De instellingen kunnen niet worden opgeslagen.)"
      );
    } finally {
      verlaat();
    }
  });
});

describe("regieInExcel: the workbook through production's excelRun and Microsoft's office.js", () => {
  const PEIL = "2021-02-24";
  const duo = async () => ExcelEmulator.fromSheets(await fixtureBladen("actielijst-duo-2021.xlsx"));

  test("validating the DUO actielijst in the page finds what the emulator's own Excel.run finds", async () => {
    const opEigenRoute = await duo();
    const verwacht = await valideer(new OfficeWorkbookPort(opEigenRoute.run), { peildatum: PEIL });
    const werkmap = await duo();
    const { host, verlaat } = await paginaInExcel({ workbook: werkmap });
    try {
      const uitkomst = await regieInExcel().valideer({ peildatum: PEIL });
      expect(uitkomst.ok && uitkomst.value.acties.length).toBeGreaterThan(30);
      expect(uitkomst).toEqual(verwacht);
      // Through the host frame (RichApi, method 93), as many syncs as on the emulator's own route.
      expect(werkmap.syncCount).toBe(opEigenRoute.syncCount);
      expect(host.richApiRequests.filter((r) => r.customData !== "WacPartition").length).toBe(
        werkmap.requests.length
      );
    } finally {
      verlaat();
    }
  });

  test("marking lands in the workbook; clearing gives every cell back", async () => {
    const werkmap = await duo();
    const voor = werkmap.snapshot();
    const { verlaat } = await paginaInExcel({ workbook: werkmap });
    try {
      const regie = regieInExcel();
      const gemarkeerd = await regie.markeer({ peildatum: PEIL });
      expect(gemarkeerd.ok && gemarkeerd.value).toMatchObject({ verlopen: 2, binnenkort: 2 });
      expect(werkmap.fills("Actielijst")["C9"]).toEqual({
        pattern: "Solid",
        color: MARKEERKLEUREN.overdue,
      });
      expect(werkmap.sheetInfo(MARKERING_BLAD).visibility).toBe("VeryHidden");
      const gewist = await regie.wisMarkeringen();
      expect(gewist.ok).toBe(true);
      expect(werkmap.snapshot()).toEqual(voor);
    } finally {
      verlaat();
    }
  });
});

describe("donkerThema", () => {
  test.each([
    [{ bodyBackgroundColor: "#1f1f1f" }, false, true],
    [{ bodyBackgroundColor: "#FFFFFF" }, true, false],
    [undefined, true, true], // Excel on the web gives no theme: the browser decides
    [{ bodyBackgroundColor: "geen kleur" }, false, false],
  ])("%j, browser dark %s -> %s", (thema, browser, verwacht) => {
    expect(donkerThema(thema, () => browser)).toBe(verwacht);
  });

  test("in Excel on the web (Microsoft's library) there is no theme, so the browser decides", async () => {
    const page = loadNodeOffice(new OfficeHost());
    await page.Office.onReady();
    expect(donkerThema(page.Office.context.officeTheme, () => true)).toBe(true);
  });
});
