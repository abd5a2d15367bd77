import { OfficeHost, SETTINGS_LIMIT_BYTES } from "../../src/excel-stand-in/office-host";
import { loadNodeOffice, type OfficePage } from "../../src/excel-stand-in/node-office";

// Microsoft's office.js + excel-web-16.00.js in Node, their Excel on the web frame played by OfficeHost.
// Each test pins one host rule of README.md's table (Office common API).

async function inExcel(host = new OfficeHost()): Promise<OfficePage> {
  const page = loadNodeOffice(host);
  await page.Office.onReady();
  return page;
}

const save = (page: OfficePage) =>
  new Promise<Office.AsyncResult<void>>((resolve) =>
    page.Office.context.document.settings.saveAsync(resolve)
  );

describe("Office.onReady through Microsoft's office.js", () => {
  test("in the Excel on the web frame: host Excel, platform OfficeOnline", async () => {
    const page = loadNodeOffice(new OfficeHost());
    await expect(page.Office.onReady()).resolves.toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      addin: null,
    });
  });

  test("in a plain browser tab (no host): host and platform null, from office.js itself", async () => {
    await expect(loadNodeOffice().Office.onReady()).resolves.toEqual({
      host: null,
      platform: null,
      addin: null,
    });
  });

  test("requirement sets come from the host's app context (the profile's sets)", async () => {
    const page = await inExcel(
      new OfficeHost({ requirementSets: { excelapi: 1.13, settings: 1.1 } })
    );
    expect(page.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(page.Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
  });

  test("Excel on the web gives no officeTheme (the library passes none from its app context)", async () => {
    const page = await inExcel();
    expect(page.Office.context.officeTheme).toBeFalsy();
  });
});

describe("document settings (Office.Settings) through Microsoft's library", () => {
  test("the workbook's settings are there at start; set changes only the pane's copy until saveAsync", async () => {
    const host = new OfficeHost({ settings: { regie: { peildatum: "2021-02-24" } } });
    const page = await inExcel(host);
    const settings = page.Office.context.document.settings;
    expect(settings.get("regie")).toEqual({ peildatum: "2021-02-24" });
    settings.set("regie", { peildatum: "2021-03-01" });
    expect(host.settings()).toEqual({ regie: { peildatum: "2021-02-24" } });
    expect((await save(page)).status).toBe("succeeded");
    expect(host.settings()).toEqual({ regie: { peildatum: "2021-03-01" } });
    expect(host.saves).toEqual([{ regie: '{"peildatum":"2021-03-01"}' }]);
  });

  test("a host failure fails the save with Microsoft's message in Excel's language", async () => {
    const host = new OfficeHost({ locale: "nl-NL" });
    const page = await inExcel(host);
    page.Office.context.document.settings.set("regie", { a: 1 });
    host.failNextSave();
    const result = await save(page);
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({
      code: 5001,
      message: "Er is een interne fout opgetreden.",
    });
    expect(host.settings()).toEqual({});
  });

  test("settings over 2 MB are refused and the workbook keeps what it had", async () => {
    const host = new OfficeHost({ settings: { oud: 1 } });
    const page = await inExcel(host);
    page.Office.context.document.settings.set("groot", "x".repeat(SETTINGS_LIMIT_BYTES));
    const result = await save(page);
    expect(result.status).toBe("failed");
    expect(result.error).toMatchObject({
      code: 4001,
      message: "De instellingen kunnen niet worden opgeslagen.",
    });
    expect(host.settings()).toEqual({ oud: 1 });
  });

  test("a value JSON cannot serialize is left out of the save by the library, which still succeeds", async () => {
    const host = new OfficeHost();
    const page = await inExcel(host);
    const rond: Record<string, unknown> = {};
    rond.zelf = rond;
    page.Office.context.document.settings.set("rond", rond);
    page.Office.context.document.settings.set("goed", 1);
    expect((await save(page)).status).toBe("succeeded");
    expect(host.settings()).toEqual({ goed: 1 });
  });
});

describe("Office.context.ui.displayDialogAsync through Microsoft's library", () => {
  test("the host gets the URL; the user closing it is DialogEventReceived 12006", async () => {
    const host = new OfficeHost({ dialog: "close" });
    const page = await inExcel(host);
    const gebeurtenis = await new Promise<unknown>((resolve) =>
      page.Office.context.ui.displayDialogAsync(
        "https://localhost:3000/resultaat.html?titel=x",
        { height: 30, width: 30, displayInIframe: true },
        (result) => {
          expect(result.status).toBe("succeeded");
          result.value.addEventHandler(page.Office.EventType.DialogEventReceived, resolve);
        }
      )
    );
    expect(gebeurtenis).toEqual({ type: "dialogEventReceived", error: 12006 });
    expect(host.dialogs).toEqual([
      { url: "https://localhost:3000/resultaat.html?titel=x", displayInIframe: true },
    ]);
  });

  test("an http: URL is refused by the library (12005) before the host sees it", async () => {
    const host = new OfficeHost();
    const page = await inExcel(host);
    const result = await new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
      page.Office.context.ui.displayDialogAsync(
        "http://localhost:3000/x.html",
        { displayInIframe: true },
        resolve
      )
    );
    expect(result.status).toBe("failed");
    expect(result.error.code).toBe(12005);
    expect(host.dialogs).toEqual([]);
  });
});
