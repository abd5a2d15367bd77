import { valideerEnMarkeer } from "../../../src/app/actielijst/markeer";
import { wisMarkeringen } from "../../../src/app/actielijst/wis-markeringen";
import { bekijkOnderbreking, draaiOnderbrekingTerug } from "../../../src/app/onderbreking";
import type { WriteOp } from "../../../src/app/ports";
import { HostError } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { foutTekst } from "../../../src/app/weigering-berichten";
import { pasWijzigingenToe } from "../../../src/app/wijzigingen/pas-toe";
import { MARKERING_BLAD } from "../../../src/core/highlight/store";
import { LOG_BLAD } from "../../../src/core/wijzigingslog";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort, type ExcelRunner } from "../../../src/host/office";
import { MAX_JOURNAAL, SLOT_BLAD, VERLOPEN_MS } from "../../../src/host/office/schrijfslot";
import { actielijst } from "../../support/scenarios";

const PEIL = "2021-02-24";
const LIJST = "Actielijst";
const geenWacht = () => new Promise<void>((r) => setImmediate(r));

function werkmap(structureProtected = false) {
  return ExcelEmulator.fromSheets(
    [{ name: LIJST, values: actielijst(), fills: { C3: "#FFFF00" } }],
    { structureProtected }
  );
}

/** A pane whose syncs each wait `turns` event-loop turns: two of them interleave. */
function paneel(excel: ExcelEmulator, turns: number, klok = Date.now): OfficeWorkbookPort {
  const run: ExcelRunner = (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (async <T>(passThrough?: T) => {
        for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
        return sync(passThrough);
      }) as typeof context.sync;
      return batch(context);
    });
  return new OfficeWorkbookPort(run, { wacht: geenWacht, klok });
}

/**
 * A pane closed while its sync `at` (1-based) is under way: Excel applies the first `afterWrites`
 * writes of that request, and nothing of the pane runs after it, not even a rollback.
 */
function gesloten(excel: ExcelEmulator, at: number, afterWrites: number): OfficeWorkbookPort {
  excel.faults.failSync(at, { code: "GeneralException", afterWrites });
  const run: ExcelRunner = (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (async <T>(passThrough?: T) => {
        if (excel.syncCount >= at) throw new Error("het taakvenster is gesloten");
        return sync(passThrough);
      }) as typeof context.sync;
      return batch(context);
    });
  return new OfficeWorkbookPort(run, { wacht: geenWacht });
}

function inhoud(excel: ExcelEmulator) {
  return excel.snapshot().sheets.map((s) => ({ name: s.name, cells: s.cells, vis: s.visibility }));
}

describe("one writer at a time (issue 24, case 14)", () => {
  test("two markings at once: each lands whole or is refused as busy; clearing restores every fill", async () => {
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
      [1, 3],
    ]) {
      const excel = werkmap();
      const voor = excel.fills(LIJST);
      const [r1, r2] = await Promise.all([
        valideerEnMarkeer(paneel(excel, a), { peildatum: PEIL }),
        valideerEnMarkeer(paneel(excel, b), { peildatum: PEIL }),
      ]);
      for (const r of [r1, r2])
        // Refused while the other wrote, or put back after it (its preview no longer held).
        if (!r.ok)
          expect(foutTekst(r.refusal)).toMatch(/schrijft .* in deze werkmap|terwijl Regie las/);
      expect(r1.ok || r2.ok).toBe(true);
      expect(excel.sheetNames()).toContain(MARKERING_BLAD);
      expect(excel.sheetNames()).not.toContain(SLOT_BLAD);
      const gewist = await wisMarkeringen(paneel(excel, 0));
      expect(gewist.ok).toBe(true);
      expect({ a, b, fills: excel.fills(LIJST) }).toEqual({ a, b, fills: voor });
      expect(excel.sheetNames()).toEqual([LIJST]);
    }
  });

  test("a lock held by a writer at work: waited for, then refused as busy, nothing written", async () => {
    const excel = werkmap();
    const nu = Date.now();
    await excel.run(async (context) => {
      const s = context.workbook.worksheets.add(SLOT_BLAD);
      s.getRange("A2:D2").values = [["id-ander", nu, nu, 0]];
      await context.sync();
    });
    const voor = inhoud(excel);
    let wachten = 0;
    const port = new OfficeWorkbookPort(excel.run, {
      wacht: async () => void wachten++,
      klok: () => nu + 1_000,
    });
    const fout = await port
      .write([{ kind: "values", sheet: LIJST, address: "J1", values: [["x"]] }])
      .then(
        () => null,
        (e: unknown) => e
      );
    expect(fout).toBeInstanceOf(HostError);
    expect((fout as HostError).code).toBe("busy");
    expect(hostFoutTekst(fout as HostError)).toMatch(
      /^Een collega of een ander taakvenster schrijft sinds \d\d:\d\d:\d\d in deze werkmap; probeer het over enkele seconden opnieuw\. Er is niets geschreven\.$/
    );
    expect(wachten).toBe(5);
    expect(inhoud(excel)).toEqual(voor);
  });

  test("a lock nobody refreshed for a minute: an interrupted write, named, nothing written", async () => {
    const excel = werkmap();
    const toen = Date.now() - VERLOPEN_MS - 1;
    await excel.run(async (context) => {
      const s = context.workbook.worksheets.add(SLOT_BLAD);
      s.getRange("A2:D2").values = [["id-ander", toen, toen, 0]];
      await context.sync();
    });
    const voor = inhoud(excel);
    const port = new OfficeWorkbookPort(excel.run, { wacht: geenWacht });
    const fout = await port
      .write([{ kind: "values", sheet: LIJST, address: "J1", values: [["x"]] }])
      .catch((e: unknown) => e as HostError);
    expect(fout?.code).toBe("interrupted");
    expect(hostFoutTekst(fout as HostError)).toMatch(/niet afgemaakt.*Er is niets geschreven\.$/);
    expect(inhoud(excel)).toEqual(voor);
  });

  test("Regie's use-cases never see the lock: a summary during another write leaves it out", async () => {
    const excel = werkmap();
    await excel.run(async (context) => {
      context.workbook.worksheets.add(SLOT_BLAD).visibility = "VeryHidden";
      await context.sync();
    });
    const summary = await new OfficeWorkbookPort(excel.run).summary();
    expect(summary.sheets.map((s) => s.name)).toEqual([LIJST]);
  });

  test("a workbook with a protected structure: cells are still written, without a lock", async () => {
    const excel = werkmap(true);
    const port = new OfficeWorkbookPort(excel.run, { wacht: geenWacht });
    await port.write([{ kind: "values", sheet: LIJST, address: "J1", values: [["x"]] }]);
    expect(excel.cell(LIJST, "J1").value).toBe("x");
    expect(excel.sheetNames()).toEqual([LIJST]);
  });
});

describe("a write a closed pane left half done (issue 24, item 3)", () => {
  const edits = [
    { sheet: LIJST, cell: "D2", from: "Nicoline", to: "Nicoline van der Linden" },
    { sheet: LIJST, cell: "D4", from: "Anja", to: "Anja Woortman" },
  ];

  const opties = { actie: "Normaliseer accounthouders", tijdstip: "2021-02-24 10:00:00" };

  /**
   * Normalising two owners, the pane closed in its last request with all but its last `kort`
   * writes applied (the lock's release among those left out).
   */
  async function halfGeschreven(kort = 3) {
    const proef = werkmap();
    await pasWijzigingenToe(new OfficeWorkbookPort(proef.run), edits, opties);
    const laatste = proef.syncs[proef.syncs.length - 1];
    const writes = laatste.actions.filter((a) => a.write).length;
    const excel = werkmap();
    const voor = inhoud(excel);
    await pasWijzigingenToe(gesloten(excel, laatste.index, writes - kort), edits, opties);
    excel.faults.clear();
    return { excel, voor };
  }

  test("the next pane finds it once its writer is gone, plans putting it back, and does", async () => {
    const { excel, voor } = await halfGeschreven();
    expect(excel.sheetNames()).toContain(SLOT_BLAD);
    expect(excel.cell(LIJST, "D2").value).toBe("Nicoline van der Linden");
    // While the lock is fresh, it is a write at work, not an interruption.
    expect((await bekijkOnderbreking(paneel(excel, 0))).ok).toBe(true);
    const nu = await bekijkOnderbreking(paneel(excel, 0));
    expect(nu.ok && nu.value).toBe(null);
    const later = paneel(excel, 0, () => Date.now() + VERLOPEN_MS + 1);
    const gevonden = await bekijkOnderbreking(later);
    if (!gevonden.ok || !gevonden.value) throw new Error("geen onderbreking gevonden");
    const plan = gevonden.value.plan;
    expect(gevonden.value.task).toEqual({
      task: "wijzigingen",
      actie: "Normaliseer accounthouders",
    });
    expect(plan?.cellen).toEqual([
      { sheet: LIJST, cell: "D2", was: "Nicoline van der Linden", wordt: "Nicoline" },
      { sheet: LIJST, cell: "D4", was: "Anja Woortman", wordt: "Anja" },
    ]);
    expect(plan?.gewijzigd).toEqual([]);
    expect(plan?.bladenWeg).toEqual([LOG_BLAD]);
    const terug = await draaiOnderbrekingTerug(later, gevonden.value);
    expect(terug.ok).toBe(true);
    expect(inhoud(excel)).toEqual(voor);
    const daarna = await bekijkOnderbreking(later);
    expect(daarna.ok && daarna.value).toBe(null);
  });

  test("a cell the user changed since stays as the user left it, and is named", async () => {
    const { excel } = await halfGeschreven();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(LIJST).getRange("D2").values = [["Kees"]];
      await context.sync();
    });
    const later = paneel(excel, 0, () => Date.now() + VERLOPEN_MS + 1);
    const gevonden = await bekijkOnderbreking(later);
    if (!gevonden.ok || !gevonden.value?.plan) throw new Error("geen plan");
    expect(gevonden.value.plan.gewijzigd).toEqual([{ sheet: LIJST, cell: "D2", nu: "Kees" }]);
    expect(gevonden.value.plan.cellen.map((c) => c.cell)).toEqual(["D4"]);
    expect((await draaiOnderbrekingTerug(later, gevonden.value)).ok).toBe(true);
    expect(excel.cell(LIJST, "D2").value).toBe("Kees");
    expect(excel.sheetNames()).not.toContain(SLOT_BLAD);
  });

  test("an edit made between the plan and putting back is refused, not overwritten", async () => {
    const { excel } = await halfGeschreven();
    const later = paneel(excel, 0, () => Date.now() + VERLOPEN_MS + 1);
    const gevonden = await bekijkOnderbreking(later);
    if (!gevonden.ok || !gevonden.value?.plan) throw new Error("geen plan");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(LIJST).getRange("D2").values = [["Kees"]];
      await context.sync();
    });
    const terug = await draaiOnderbrekingTerug(later, gevonden.value);
    expect(terug.ok).toBe(false);
    expect(!terug.ok && foutTekst(terug.refusal)).toMatch(/Cel Actielijst!D2 is gewijzigd/);
    expect(excel.cell(LIJST, "D2").value).toBe("Kees");
    // The lock and its journal stay for a new look.
    expect(excel.sheetNames()).toContain(SLOT_BLAD);
  });

  test("a guarded write refused by its guards, its pane closed before it gave the lock back: nothing is put back", async () => {
    // The write's preview saw D2 as "Nicoline"; a colleague wrote exactly what the write would,
    // and more, since. Its guard refuses; the sync that gives the lock back never runs. Putting
    // back by the journal would see D2 as this write's and empty it.
    const excel = werkmap();
    await pasWijzigingenToe(new OfficeWorkbookPort(excel.run), [edits[0]], opties);
    const voor = inhoud(excel);
    const start = excel.syncCount;
    // Its syncs: the log's end read, the lock with the guard read, giving the lock back: cut off.
    const r = await pasWijzigingenToe(gesloten(excel, start + 3, 0), edits, opties);
    excel.faults.clear();
    expect(r.ok).toBe(false);
    expect(excel.sheetNames()).toContain(SLOT_BLAD);
    const later = paneel(excel, 0, () => Date.now() + VERLOPEN_MS + 1);
    const gevonden = await bekijkOnderbreking(later);
    if (!gevonden.ok || !gevonden.value?.plan) throw new Error("geen plan");
    expect(gevonden.value.task).toEqual({ task: "wijzigingen", actie: opties.actie });
    expect(gevonden.value.plan.ops).toEqual([]);
    expect(gevonden.value.plan.cellen).toEqual([]);
    expect((await draaiOnderbrekingTerug(later, gevonden.value)).ok).toBe(true);
    expect(excel.sheetNames()).not.toContain(SLOT_BLAD);
    expect(inhoud(excel)).toEqual(voor.filter((b) => b.name !== SLOT_BLAD));
  });

  test("a journal too large to keep: the pane names the sheets to check instead", async () => {
    const excel = werkmap();
    const groot = "x".repeat(MAX_JOURNAAL);
    const ops: WriteOp[] = [
      { kind: "values", sheet: LIJST, address: "J1", values: [[groot.slice(0, 100)]] },
    ];
    await gesloten(excel, 1, 3)
      .write(ops, {
        journaal: {
          task: { task: "markeren" },
          schrijft: ops,
          terug: [{ kind: "values", sheet: LIJST, address: "J1", values: [[groot]] }],
        },
      })
      .catch(() => undefined);
    excel.faults.clear();
    const later = paneel(excel, 0, () => Date.now() + VERLOPEN_MS + 1);
    const gevonden = await bekijkOnderbreking(later);
    if (!gevonden.ok || !gevonden.value) throw new Error("geen onderbreking gevonden");
    expect(gevonden.value.plan).toBe(null);
    expect(gevonden.value.bladen).toEqual([LIJST]);
  });
});
