import { pasWijzigingenToe } from "../../src/app/wijzigingen/pas-toe";
import { foutTekst } from "../../src/app/weigering-berichten";
import { ExcelEmulator, type SheetSeed } from "../../src/excel-stand-in";
import { OfficeWorkbookPort, type ExcelRunner } from "../../src/host/office";
import { maakOngedaan } from "../../src/app/wijzigingen/ongedaan";
import { LOG_BLAD, LOG_KOP, NIEUW_BLAD } from "../../src/core/wijzigingslog";

/**
 * Issue 24, cases 10 and 12: what the user typed between preview and apply survives an apply that
 * is refused, through Microsoft's library and the emulator: a formula stays a formula, and an edit
 * is never overwritten even when the pane closes before a rollback could run.
 */

const acties = (c2: string): SheetSeed => ({
  name: "Acties",
  values: [
    ["Openstaande acties", "Account-houder DUO", "Status"],
    ["a", "nicoline ", c2],
  ],
});
const edits = [
  { sheet: "Acties", cell: "B2", from: "nicoline ", to: "Nicoline van der Linden" },
  { sheet: "Acties", cell: "C2", from: "Afgerond", to: "Gereed" },
];
const opties = { actie: "Normaliseer accounthouders", tijdstip: "2021-02-24 10:00:00" };

/** Which run (0-based) of a use-case's first writes a sync, found by a run without edits. */
async function schrijvendeRun(
  seed: SheetSeed,
  stap: (port: OfficeWorkbookPort) => Promise<unknown>
) {
  const standIn = ExcelEmulator.fromSheets([seed]);
  const writing: boolean[] = [];
  await stap(
    new OfficeWorkbookPort((batch) => {
      const from = standIn.syncs.length;
      return standIn
        .run(batch)
        .finally(() =>
          writing.push(standIn.syncs.slice(from).some((s) => s.actions.some((a) => a.write)))
        );
    })
  );
  return writing.indexOf(true);
}

/**
 * A runner whose run number `run` (0-based) is followed, after its first sync, by `edit`, made
 * through a run of its own as a colleague's Excel would: the moment between two syncs of one batch.
 */
function metBewerking(standIn: ExcelEmulator, run: number, edit: Bewerking): ExcelRunner {
  let runs = 0;
  return (batch) =>
    standIn.run(async (context) => {
      if (runs++ !== run) return batch(context);
      const sync = context.sync.bind(context);
      let armed = true;
      context.sync = async <T>(passThrough?: T) => {
        const answer = await sync(passThrough);
        if (armed) {
          armed = false;
          await standIn.run(edit);
        }
        return answer;
      };
      return batch(context);
    });
}

type Bewerking = (context: Excel.RequestContext) => Promise<void>;

const typFormule =
  (cell: string, formula: string): Bewerking =>
  async (context) => {
    context.workbook.worksheets.getItem("Acties").getRange(cell).formulas = [[formula]];
    await context.sync();
  };

describe("case 10: a formula typed over a previewed cell", () => {
  test("whose result equals the preview's value is refused, the formula kept", async () => {
    const standIn = ExcelEmulator.fromSheets([
      { ...acties('="Afgerond"'), results: { C2: "Afgerond" } },
    ]);
    const r = await pasWijzigingenToe(new OfficeWorkbookPort(standIn.run), edits, opties);
    expect(r.ok).toBe(false);
    expect(!r.ok && foutTekst(r.refusal)).toContain(
      'Cel Acties!C2 bevat een formule (="Afgerond"); Regie schrijft geen waarde over een formule heen. Maak een nieuwe voorvertoning.'
    );
    expect(standIn.formulas("Acties")).toEqual({ C2: '="Afgerond"' });
    expect(standIn.values("Acties")[1]).toEqual(["a", "nicoline ", "Afgerond"]);
    expect(standIn.sheetNames()).toEqual(["Acties"]);
  });

  test("typed while the writes are under way is put back as a formula, and the message says so truly", async () => {
    const stap = (port: OfficeWorkbookPort) => pasWijzigingenToe(port, edits, opties);
    const run = await schrijvendeRun(acties("Afgerond"), stap);
    const standIn = ExcelEmulator.fromSheets([acties("Afgerond")]);
    // After the write batch's first sync (the guard read): the in-batch re-read sees it after the
    // writes landed, so it must be put back.
    const r = await stap(
      new OfficeWorkbookPort(metBewerking(standIn, run, typFormule("C2", "=1+1")))
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && foutTekst(r.refusal)).toBe(
      "Normaliseer accounthouders is mislukt; alles is teruggezet zoals het was. Cel Acties!C2 bevat een formule (=1+1); Regie schrijft geen waarde over een formule heen. Maak een nieuwe voorvertoning."
    );
    expect(standIn.formulas("Acties")).toEqual({ C2: "=1+1" });
    expect(standIn.values("Acties")[1].slice(0, 2)).toEqual(["a", "nicoline "]);
    expect(standIn.sheetNames()).toEqual(["Acties"]);
  });
});

describe("case 12: the pane closes before a rollback could run", () => {
  test("an edit made between preview and apply is never overwritten", async () => {
    const stap = (port: OfficeWorkbookPort) => pasWijzigingenToe(port, edits, opties);
    // The run that writes, when nothing changed; the edit makes the same apply refuse.
    const laatste = await schrijvendeRun(acties("Afgerond"), stap);
    const standIn = ExcelEmulator.fromSheets([acties("Gestopt")]);
    let runs = 0;
    // The pane closes once that run is over: nothing after it (a rollback) reaches Excel.
    const runner: ExcelRunner = (batch) =>
      runs++ > laatste
        ? Promise.reject(new Error("Het taakvenster is gesloten"))
        : standIn.run(batch);
    await stap(new OfficeWorkbookPort(runner));
    expect(runs).toBeGreaterThan(laatste);
    expect(standIn.values("Acties")[1]).toEqual(["a", "nicoline ", "Gestopt"]);
    expect(standIn.sheetNames()).not.toContain(LOG_BLAD);
  });
});

describe("case 11: a stale preview and the Wijzigingslog", () => {
  const herstel = [{ sheet: "Acties", cell: "A2", from: "a", to: "b" }];
  const herstelOpties = { actie: "Herstel status", tijdstip: "2021-02-24 09:00:00" };

  test("a log created since the preview: refused, naming it; the log and its Herstel line stay", async () => {
    const standIn = ExcelEmulator.fromSheets([acties("Afgerond")]);
    const port = new OfficeWorkbookPort(standIn.run);
    // The preview saw no log; then Herstel status created one.
    const bekend = { logRijen: null };
    expect((await pasWijzigingenToe(port, herstel, herstelOpties)).ok).toBe(true);
    const log = standIn.values(LOG_BLAD);
    const r = await pasWijzigingenToe(port, edits, { ...opties, bekend });
    expect(!r.ok && foutTekst(r.refusal)).toBe(
      'Normaliseer accounthouders is mislukt: Het blad "Wijzigingslog" is sinds de voorvertoning aangemaakt; Regie schrijft er niet overheen. Maak een nieuwe voorvertoning.'
    );
    expect(standIn.values(LOG_BLAD)).toEqual(log);
    expect(standIn.values("Acties")[1]).toEqual(["b", "nicoline ", "Afgerond"]);
  });

  test("a log extended since the preview: refused; no log line is written over", async () => {
    const standIn = ExcelEmulator.fromSheets([acties("Afgerond")]);
    const port = new OfficeWorkbookPort(standIn.run);
    expect((await pasWijzigingenToe(port, herstel, herstelOpties)).ok).toBe(true);
    // The preview saw the log with its header and one line; then another Herstel added a line.
    const bekend = { logRijen: 2 };
    const terug = [{ sheet: "Acties", cell: "A2", from: "b", to: "c" }];
    expect((await pasWijzigingenToe(port, terug, herstelOpties)).ok).toBe(true);
    const log = standIn.values(LOG_BLAD);
    expect(log).toHaveLength(3);
    const r = await pasWijzigingenToe(port, edits, { ...opties, bekend });
    expect(!r.ok && foutTekst(r.refusal)).toContain(
      'Het blad "Wijzigingslog" is sinds de voorvertoning aangevuld'
    );
    expect(standIn.values(LOG_BLAD)).toEqual(log);
    expect(standIn.values("Acties")[1]).toEqual(["c", "nicoline ", "Afgerond"]);
  });
});

describe("case 15: Undo deletes only a sheet its log records Regie made", () => {
  const moment = 44251 + 10 / 24; // 24-02-2021 10:00
  const regel = (cell: string, nieuw: string | number, oud = "") => [
    moment,
    "Registervoorstel opslaan",
    "Notities",
    cell,
    oud,
    nieuw,
    "",
  ];

  test("a hand-edited batch of lines from empty for every filled cell never deletes the sheet", async () => {
    const standIn = ExcelEmulator.fromSheets([
      {
        name: "Notities",
        values: [
          ["x", ""],
          ["", 5],
        ],
      },
      { name: LOG_BLAD, values: [[...LOG_KOP], regel("A1", "x"), regel("B2", 5)] },
    ]);
    const r = await maakOngedaan(new OfficeWorkbookPort(standIn.run), { tijdstip: "t" });
    expect(r.ok).toBe(true);
    expect(standIn.sheetNames()).toContain("Notities");
  });

  test("with the record of making it, the sheet goes; a line claiming it, on a cell that differs, keeps it", async () => {
    const gemaakt = ExcelEmulator.fromSheets([
      {
        name: "Notities",
        values: [
          ["x", ""],
          ["", 5],
        ],
      },
      { name: LOG_BLAD, values: [[...LOG_KOP], regel("A1", "x", NIEUW_BLAD), regel("B2", 5)] },
    ]);
    expect((await maakOngedaan(new OfficeWorkbookPort(gemaakt.run), { tijdstip: "t" })).ok).toBe(
      true
    );
    expect(gemaakt.sheetNames()).toEqual([LOG_BLAD]);
    const veranderd = ExcelEmulator.fromSheets([
      {
        name: "Notities",
        values: [
          ["y", ""],
          ["", 5],
        ],
      },
      { name: LOG_BLAD, values: [[...LOG_KOP], regel("A1", "x", NIEUW_BLAD), regel("B2", 5)] },
    ]);
    const r = await maakOngedaan(new OfficeWorkbookPort(veranderd.run), { tijdstip: "t" });
    expect(r.ok && r.value.overgeslagen).toEqual(["Notities!A1"]);
    expect(veranderd.values("Notities")[0][0]).toBe("y");
  });
});

describe("Undo keeps what the user typed while it ran", () => {
  test("a formula typed between Undo's guard read and its writes is put back, the message true", async () => {
    const seed = acties("Afgerond");
    const stap = async (port: OfficeWorkbookPort) => {
      expect((await pasWijzigingenToe(port, edits, opties)).ok).toBe(true);
      return maakOngedaan(port, { tijdstip: "2021-02-24 11:00:00" });
    };
    // The runs of a clean apply and Undo; the last run that writes is Undo's.
    const runs: boolean[] = [];
    const schoon = ExcelEmulator.fromSheets([seed]);
    await stap(
      new OfficeWorkbookPort((batch) => {
        const from = schoon.syncs.length;
        return schoon
          .run(batch)
          .finally(() =>
            runs.push(schoon.syncs.slice(from).some((s) => s.actions.some((a) => a.write)))
          );
      })
    );
    const standIn = ExcelEmulator.fromSheets([seed]);
    const port = new OfficeWorkbookPort(
      metBewerking(standIn, runs.lastIndexOf(true), typFormule("C2", "=1+1"))
    );
    const r = await stap(port);
    expect(!r.ok && foutTekst(r.refusal)).toMatch(
      /^Ongedaan maken is mislukt; alles is teruggezet zoals het was\. Cel Acties!C2 bevat een formule \(=1\+1\)/
    );
    expect(standIn.formulas("Acties")).toEqual({ C2: "=1+1" });
    expect(standIn.values("Acties")[1][1]).toBe("Nicoline van der Linden");
  });
});

describe("case 11, the remaining race: a log made between the guard read and the writes", () => {
  test("the apply fails, puts its cells back and leaves that log with its line", async () => {
    const stap = (port: OfficeWorkbookPort) => pasWijzigingenToe(port, edits, opties);
    const run = await schrijvendeRun(acties("Afgerond"), stap);
    const standIn = ExcelEmulator.fromSheets([acties("Afgerond")]);
    const maakLog: Bewerking = async (context) => {
      const log = context.workbook.worksheets.add(LOG_BLAD);
      log.getRange("A1:G2").values = [
        [...LOG_KOP],
        [44251, "Herstel status", "Acties", "A2", "a", "a", ""],
      ];
      await context.sync();
    };
    const r = await stap(new OfficeWorkbookPort(metBewerking(standIn, run, maakLog)));
    expect(!r.ok && foutTekst(r.refusal)).toMatch(
      /^Normaliseer accounthouders is mislukt; alles is teruggezet/
    );
    expect(standIn.values("Acties")[1]).toEqual(["a", "nicoline ", "Afgerond"]);
    expect(standIn.values(LOG_BLAD)[1][1]).toBe("Herstel status");
  });
});
