import { OfficeHost, SETTINGS_LIMIT_BYTES } from "../../src/excel-stand-in/office-host";
import { loadNodeOffice, type OfficePage } from "../../src/excel-stand-in/node-office";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { excelRun } from "../../src/host/office/excel-runner";
import type { ExcelContext } from "../../src/host/office/excel-types";

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

describe("Excel.run in the page (RichApi over the frame, method 93), answered by an ExcelEmulator", () => {
  const blad = () => ExcelEmulator.fromSheets([{ name: "Blad1", values: [["a", 1]] }]);
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  /** Excel.run of the page's own library, without a URL: the way production calls it. */
  const inPagina =
    (page: OfficePage) =>
    <T>(batch: Batch<T>): Promise<T> =>
      page.Excel!.run(batch);

  test("reads and writes reach the workbook through the page's Excel.run", async () => {
    const werkmap = blad();
    const page = await inExcel(new OfficeHost({ workbook: werkmap }));
    const gelezen = await inPagina(page)(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
      range.load("values");
      context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["x"]];
      await context.sync();
      return range.values;
    });
    expect(gelezen).toEqual([["a", 1]]);
    expect(werkmap.values("Blad1")).toEqual([["a", 1, "x"]]);
  });

  test.each([
    [
      "ItemNotFound",
      (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Geen").load("name"),
    ],
    [
      "AccessDenied",
      (context: Excel.RequestContext) => {
        const sheet = context.workbook.worksheets.getItem("Blad1");
        sheet.protection.protect();
        sheet.getRange("A1").values = [["b"]];
      },
    ],
  ])(
    "the emulator's %s reaches the batch as OfficeExtension.Error with the code of its own route",
    async (code, queue) => {
      const fout = (run: (batch: Batch<void>) => Promise<void>) =>
        run(async (context) => {
          queue(context);
          await context.sync();
        }).catch((e: unknown) => e);
      const eigen = await fout(blad().run);
      const page = await inExcel(new OfficeHost({ workbook: blad() }));
      const viaPagina = await fout(inPagina(page));
      expect(eigen).toMatchObject({ name: "RichApi.Error", code });
      expect(viaPagina).toMatchObject({ name: "RichApi.Error", code });
    }
  );

  test("a request over 5 MB: the host refuses it (5103) and the library says RequestPayloadSizeLimitExceeded", async () => {
    const werkmap = blad();
    const page = await inExcel(new OfficeHost({ workbook: werkmap }));
    const fout = await inPagina(page)(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["x".repeat(6e6)]];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(werkmap.values("Blad1")).toEqual([["a", 1]]);
  });

  test("production's excelRun asks to wait for cell edit (request flag 64); a plain Excel.run does not", async () => {
    const host = new OfficeHost({ workbook: blad() });
    const page = await inExcel(host);
    const global = globalThis as Record<string, unknown>;
    global.Excel = page.Excel;
    const lees = async (context: ExcelContext) => {
      context.workbook.worksheets.getItem("Blad1").load("name");
      await context.sync();
    };
    try {
      await excelRun(lees);
      await inPagina(page)((context) => lees(context));
    } finally {
      delete global.Excel;
    }
    const runs = host.richApiRequests.filter((r) => r.customData !== "WacPartition");
    expect(runs.map((r) => r.flags & DELAY_FOR_CELL_EDIT)).toEqual([DELAY_FOR_CELL_EDIT, 0]);
  });

  test("without a workbook the page's Excel.run is refused as a host error", async () => {
    const page = await inExcel(new OfficeHost());
    const fout = await inPagina(page)(async (context) => {
      context.workbook.load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: "GeneralException" });
  });
});

/** Excel.run's delayForCellEdit in the request flags (onBeforeExcelRun, excel-web-16.00.debug.js). */
const DELAY_FOR_CELL_EDIT = 64;

describe("a ribbon button (ExecuteFunction) through Microsoft's AppCommandManager", () => {
  test("invokeCommand runs the function associated under that name; its completed() comes back as method 94, status 0", async () => {
    const host = new OfficeHost();
    const page = await inExcel(host);
    const gezien: string[] = [];
    page.Office.actions.associate(
      "knop",
      (event: { source: { id: string }; completed(): void }) => {
        gezien.push(event.source.id);
        event.completed();
      }
    );
    const antwoord = await host.invokeCommand("knop");
    expect(gezien).toEqual(["knop"]);
    expect(antwoord).toMatchObject({ status: 0 });
    expect(host.completions).toHaveLength(1);
  });
});
