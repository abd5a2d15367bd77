import { MARKEERKLEUREN } from "../../src/core/highlight/targets";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { kop, rij } from "../support/grid";

/**
 * The ribbon button in a stand-in Office host: Office.actions, document settings and dialogs are
 * recorded; Excel.run is the standIn Excel's. The real commands.ts is loaded and its button clicked.
 */
function host(standIn: ExcelEmulator, settings: Record<string, unknown> = {}) {
  const knoppen = new Map<string, (event: { completed: () => void }) => Promise<void>>();
  const dialogen: string[] = [];
  const office = {
    onReady: (cb: () => void) => cb(),
    actions: {
      associate: (naam: string, f: (event: { completed: () => void }) => Promise<void>) =>
        knoppen.set(naam, f),
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "msg", DialogEventReceived: "evt" },
    context: {
      document: {
        settings: {
          get: (k: string) => settings[k],
          set: (k: string, v: unknown) => (settings[k] = v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
      ui: {
        displayDialogAsync: (
          url: string,
          _opties: unknown,
          cb: (r: { status: string; value: unknown }) => void
        ) => {
          dialogen.push(url);
          const handlers: Record<string, () => void> = {};
          cb({
            status: "succeeded",
            value: {
              addEventHandler: (t: string, h: () => void) => (handlers[t] = h),
              close: () => undefined,
            },
          });
          handlers.msg?.();
        },
      },
    },
  };
  Object.assign(globalThis, {
    Office: office,
    Excel: {
      run: (_opts: unknown, batch: Parameters<typeof standIn.run>[0]) => standIn.run(batch),
    },
    window: { location: { href: "https://intranet.example/regie/commands.html" } },
  });
  jest.isolateModules(() => require("../../src/commands/commands"));
  return { knoppen, dialogen };
}

afterEach(() => {
  for (const k of ["Office", "Excel", "window"]) delete (globalThis as Record<string, unknown>)[k];
});

describe("ribbon button Valideer en markeer (ExecuteFunction)", () => {
  test("validates and marks with the workbook's settings, reports the result and completes", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Acties",
        values: [
          kop(),
          rij("a", "Anja", "In uitvoering", "1 februari 2021"),
          rij("b", "Anja", "In uitvoering", "1 maart 2021"),
        ],
      },
    ]);
    const { knoppen, dialogen } = host(standIn, {
      regie: { peildatum: "2021-02-24", binnenkortDagen: 14, actieblad: null },
    });
    const completed = jest.fn();
    await knoppen.get("valideerEnMarkeer")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(standIn.fills("Acties")["C2"]).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN.overdue,
    });
    expect(standIn.fills("Acties")["C3"]).toEqual({
      pattern: "Solid",
      color: MARKEERKLEUREN["due-soon"],
    });
    const url = new URL(dialogen[0]);
    expect(url.pathname).toBe("/regie/resultaat.html");
    expect(url.searchParams.getAll("regel")[1]).toBe(
      "1 verlopen (rood) en 1 binnenkort (oranje) gemarkeerd."
    );
    // Outline, read, the guard read that takes the write lock, one write (as the pane's marking).
    expect(standIn.syncCount).toBeLessThanOrEqual(4);
  });

  test("without an actielijst: a message and nothing changed, and completed all the same", async () => {
    const standIn = ExcelEmulator.fromSheets([{ name: "Leeg", values: [["iets"]] }]);
    const voor = standIn.snapshot();
    const { knoppen, dialogen } = host(standIn);
    const completed = jest.fn();
    await knoppen.get("valideerEnMarkeer")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(new URL(dialogen[0]).searchParams.get("titel")).toBe("Actielijst niet gecontroleerd");
    expect(standIn.snapshot()).toEqual(voor);
  });
});
