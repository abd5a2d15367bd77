import { valideer, type Gelezen } from "../../../src/app/actielijst/valideer";
import { volgWijzigingen, type Bijgewerkt } from "../../../src/app/actielijst/volg-wijzigingen";
import type { ActielijstRapport } from "../../../src/core/actielijst/validate";
import { areaAddress } from "../../../src/core/address";
import type { Grid } from "../../../src/core/grid";
import { ExcelEmulator, type ProfileName } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { fixture } from "../../support/fixtures";
import { HandPlanner } from "../../support/hand-planner";

const OPTIES = { peildatum: "2021-02-24" as const, sheet: "Actielijst" };

let origineel: Grid;
beforeAll(async () => {
  const w = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
  origineel = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
});

const pause = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** The list (the DUO fixture unless given) in the stand-in, validated, a pane following it. */
async function opzet(
  profile: ProfileName,
  blad: { values: Grid["values"]; merges?: string[] } = {
    values: origineel.values,
    merges: origineel.merges.map(areaAddress),
  },
  date1904 = false
) {
  const excel = ExcelEmulator.fromSheets([{ name: "Actielijst", ...blad }], {
    profile,
    locale: "nl-NL",
    inputYear: 2021,
    date1904,
  });
  const port = new OfficeWorkbookPort(excel.run, {
    runOn: excel.runOn,
    vereisten: excel.requirements,
    wacht: async () => {},
  });
  let basis: Gelezen | null = null;
  const eerste = await valideer(port, OPTIES, (g) => (basis = g));
  if (!eerste.ok) throw new Error("validatie mislukt");
  const planner = new HandPlanner();
  const gezien: Bijgewerkt[] = [];
  const stop = await volgWijzigingen(port, basis!, OPTIES, (b) => gezien.push(b), planner, 300);
  return { excel, port, planner, gezien, stop: stop!, eerste: eerste.value };
}

/** What a full validation finds now: the reference the rows read alone must equal. */
async function volledig(port: OfficeWorkbookPort): Promise<ActielijstRapport> {
  const r = await valideer(port, OPTIES);
  if (!r.ok) throw new Error("validatie mislukt");
  return r.value;
}

/** A report without what differs by construction (the raw rows the core keeps). */
const kern = (r: ActielijstRapport) => ({
  findings: r.findings,
  acties: r.acties.map(({ bron, ...a }) => (void bron, a)),
});

const cel = (r: ActielijstRapport, row: number, kolom: "status" | "deadline" | "doel") =>
  r.acties.find((a) => a.row === row)!.cellen[kolom]!;

describe.each<ProfileName>(["web", "minimum"])("checks as you type (%s)", (profile) => {
  test("a new status: after the quiet time, the changed row read alone gives what a full validation gives", async () => {
    const { excel, port, planner, gezien, eerste, stop } = await opzet(profile);
    const rij = eerste.acties.find((a) => a.statusTekst !== "Gereed" && a.deadline.due)!;
    await excel.typeAsUser("Actielijst", cel(eerste, rij.row, "status"), "Gereed");
    await pause();
    expect(gezien).toHaveLength(0);
    expect(planner.wachtend).toBe(1);
    excel.resetStats();
    planner.loop();
    await pause(50);
    expect(gezien).toHaveLength(1);
    expect(gezien[0].rijen).toEqual([rij.row]);
    // One round trip, for one row.
    expect(excel.syncCount).toBe(1);
    expect(excel.lastSync!.actions.filter((a) => a.kind === "load")).toHaveLength(1);
    const na = gezien[0].rapport;
    if (!na.ok) throw new Error("geen rapport");
    expect(na.value.acties.find((a) => a.row === rij.row)!.statusTekst).toBe("Gereed");
    expect(kern(na.value)).toEqual(kern(await volledig(port)));
    await stop();
  });

  test("edits in quick succession cost one read; a deadline and a goal cell (its context carried down) too", async () => {
    const { excel, port, planner, gezien, eerste, stop } = await opzet(profile);
    const rijen = eerste.acties.filter((a) => a.deadline.due).slice(0, 3);
    await excel.typeAsUser("Actielijst", cel(eerste, rijen[0].row, "deadline"), "1-1-2021");
    await excel.typeAsUser("Actielijst", cel(eerste, rijen[1].row, "deadline"), "Q4 2021");
    const doel = eerste.acties.find((a) => a.cellen.doel)!;
    await excel.typeAsUser("Actielijst", cel(eerste, doel.row, "doel"), "Nieuw doel");
    await pause();
    expect(planner.wachtend).toBe(1);
    excel.resetStats();
    planner.loop();
    await pause(50);
    expect(gezien).toHaveLength(1);
    expect(excel.syncCount).toBe(1);
    const na = gezien[0].rapport;
    if (!na.ok) throw new Error("geen rapport");
    expect(kern(na.value)).toEqual(kern(await volledig(port)));
    await stop();
  });

  test("the event path never writes: no write action from subscribing to stopping", async () => {
    const excel = ExcelEmulator.fromSheets(
      [{ name: "Actielijst", values: origineel.values, merges: origineel.merges.map(areaAddress) }],
      { profile, locale: "nl-NL", inputYear: 2021 }
    );
    excel.resetStats();
    const port = new OfficeWorkbookPort(excel.run, {
      runOn: excel.runOn,
      vereisten: excel.requirements,
    });
    let basis: Gelezen | null = null;
    const eerste = await valideer(port, OPTIES, (g) => (basis = g));
    if (!eerste.ok) throw new Error("validatie mislukt");
    const planner = new HandPlanner();
    const stop = await volgWijzigingen(port, basis!, OPTIES, () => {}, planner);
    for (const a of eerste.value.acties.slice(0, 5)) {
      await excel.typeAsUser("Actielijst", cel(eerste.value, a.row, "status"), "Gereed");
      await pause();
      planner.loop();
      await pause(20);
    }
    await stop!();
    expect(excel.requests.length).toBeGreaterThan(5);
    expect(excel.requests.flatMap((s) => s.actions).filter((a) => a.write)).toEqual([]);
  });

  test("Regie's own write to the list starts no check", async () => {
    const { excel, port, planner, eerste, stop } = await opzet(profile);
    const rij = eerste.acties[0];
    await port.write([
      {
        kind: "values",
        sheet: "Actielijst",
        address: cel(eerste, rij.row, "status"),
        values: [["Gereed"]],
      },
    ]);
    await pause(20);
    expect(excel.changeEvents.length).toBeGreaterThan(0);
    expect(planner.wachtend).toBe(0);
    await stop();
  });

  test("after stopping, edits are not followed", async () => {
    const { excel, planner, eerste, stop } = await opzet(profile);
    await stop();
    await excel.typeAsUser("Actielijst", cel(eerste, eerste.acties[0].row, "status"), "Gereed");
    await pause();
    expect(planner.wachtend).toBe(0);
  });
});

describe.each([false, true])(
  "a date typed where no date cell told the system yet (1904: %s)",
  (date1904) => {
    test("the rows' text comes along in the same read and tells it, as a full read does", async () => {
      const { excel, planner, gezien, eerste, stop, port } = await opzet(
        "web",
        {
          values: [
            origineel.values[0],
            ["Doel", "Onderwerp", "bellen", "Anja", "In uitvoering", "", "Q2 2021", ""],
            ["", "", "mailen", "Anja", "In uitvoering", "", "", 0],
          ],
        },
        date1904
      );
      expect(eerste.findings.map((f) => f.code)).not.toContain("datumstelsel-aangenomen");
      await excel.typeAsUser("Actielijst", "G3", "1-3-2021");
      excel.resetStats();
      planner.loop();
      await pause(50);
      expect(excel.syncCount).toBe(1);
      await stop();
      const na = gezien[0].rapport;
      if (!na.ok) throw new Error("geen rapport");
      expect(na.value.acties.find((a) => a.row === 3)!.deadline.due).toBe("2021-03-01");
      const codes = na.value.findings.map((f) => f.code);
      expect(codes).not.toContain("datumstelsel-aangenomen");
      expect(codes.includes("datumstelsel-1904")).toBe(date1904);
      expect(kern(na.value)).toEqual(kern(await volledig(port)));
    });
  }
);
