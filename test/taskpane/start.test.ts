import { bewaarInstellingen, STANDAARD_INSTELLINGEN } from "../../src/app/instellingen";
import { foutTekst } from "../../src/app/weigering-berichten";
import { loadNodeOffice } from "../../src/excel-stand-in/node-office";
import { OfficeHost } from "../../src/excel-stand-in/office-host";
import { officeSettings } from "../../src/host/office/settings";
import { donkerThema, kiesStart, regieInExcel } from "../../src/taskpane/start";
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
