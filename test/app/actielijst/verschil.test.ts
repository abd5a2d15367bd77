import { writeWijzigingen, vergelijkMetEerder } from "../../../src/app/actielijst/vergelijk";
import {
  legVast,
  vastleggingen,
  verwijderVastlegging,
} from "../../../src/app/actielijst/vastleggen";
import { maakRegie } from "../../../src/app/regie";
import { HostError, hostDetail, type WorkbookPort, type WriteOp } from "../../../src/app/ports";
import { VASTLEG_BLAD, VASTLEG_KOP } from "../../../src/core/actielijst/vastlegging";
import { indeling } from "../../../src/core/actielijst/verschil";
import { areaAddress } from "../../../src/core/address";
import { addDays, datumNederlands, toExcelSerial } from "../../../src/core/dates/iso";
import type { Grid } from "../../../src/core/grid";
import { laterVersie, KOLOM, versie } from "../../support/versies";
import { fixtureWerkmap, werkmap } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";
import type { Outcome } from "../../../src/app/outcome";
import { ExcelEmulator } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";

const PEIL = "2021-02-24";
const opties = { peildatum: PEIL };
let lijst: Grid;

beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
});

/** A workbook in memory holding this grid as its action list (and other sheets). */
const open = (g: Grid, ...extra: { name: string; values: (string | number)[][] }[]) =>
  werkmap({ name: "Actielijst", values: g.values, merges: g.merges.map(areaAddress) }, ...extra);

const ok = <T>(u: Outcome<T>): T => {
  if (!u.ok) throw new Error(foutTekst(u.refusal));
  return u.value;
};

const deadline = (w: WorkbookPort, row: number, tekst: string) =>
  w.write([{ kind: "values", sheet: "Actielijst", address: `G${row}`, values: [[tekst]] }]);

describe("verschil with an earlier version, in the workbook", () => {
  test("with a chosen file: the same verschil as the command line, nothing written", async () => {
    const later = laterVersie(lijst);
    const w = open(later.grid);
    const bestand = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const r = ok(
      await vergelijkMetEerder(w, opties, {
        soort: "bestand",
        naam: "actielijst-13-01.xlsx",
        datum: "2021-01-13",
        port: bestand,
      })
    );
    const lijsten = indeling(r.verschil);
    expect(lijsten.nieuw.map((a) => a.actie)).toEqual(later.toegevoegd);
    expect(lijsten.verdwenen.map((a) => a.row)).toEqual(later.verwijderd);
    expect(lijsten.gesloten.map((k) => k.oud.row)).toEqual(later.gesloten);
    expect(lijsten.onzeker.map((k) => k.oud.row)).toEqual(later.onzeker);
    expect(r).toMatchObject({
      sinds: "2021-01-13",
      bron: "bestand actielijst-13-01.xlsx",
      doel: { naam: "Wijzigingen sinds 13-01-2021", vervangt: false },
      aantallen: { oud: 37, nieuw: 37 },
    });
    // Cells to click: the action cell of the open list.
    expect(lijsten.nieuw[0].cel).toBe(`C${lijsten.nieuw[0].row}`);
    expect((await w.summary()).sheets.map((s) => s.name)).toEqual(["Actielijst"]);
  });

  test("a file without an actielijst: a Dutch message that names the file", async () => {
    const r = await vergelijkMetEerder(open(lijst), opties, {
      soort: "bestand",
      naam: "leeg.xlsx",
      datum: "2021-01-13",
      port: werkmap({ name: "Blad1", values: [["iets"]] }),
    });
    expect(r.ok || foutTekst(r.refusal)).toMatch(/^In leeg\.xlsx: Geen actielijst gevonden/);
  });

  test("Leg vast: plain cells under a header row, readable without Regie; the same date replaces", async () => {
    const w = open(lijst);
    expect(ok(await legVast(w, opties, "2021-01-13", "2021-01-13 09:30:00"))).toEqual({
      datum: "2021-01-13",
      aantal: 37,
      vervangen: false,
      blad: VASTLEG_BLAD,
    });
    const [blad] = await w.read([{ sheet: VASTLEG_BLAD }]);
    const rijen = blad!.grid.values;
    expect(rijen[0]).toEqual([...VASTLEG_KOP]);
    expect(rijen).toHaveLength(38);
    const oud = versie(lijst);
    expect(rijen[1]).toEqual([
      toExcelSerial("2021-01-13"),
      expect.any(Number),
      oud[0].row,
      oud[0].doel,
      oud[0].onderwerp,
      oud[0].actie,
      oud[0].eigenaren.join(" / "),
      oud[0].status,
      oud[0].statusTekst,
      oud[0].deadlineTekst,
      toExcelSerial(oud[0].due!),
    ]);
    expect(w.workbook.getWorksheet(VASTLEG_BLAD)!.getCell("A2").numFmt).toBe("dd-mm-yyyy");
    ok(await legVast(w, opties, "2021-01-13", "2021-01-13 10:00:00"));
    expect(ok(await vastleggingen(w))).toEqual([{ datum: "2021-01-13", aantal: 37 }]);
    expect((await legVast(w, opties, "2021-01-13", "2021-01-13 10:00:00")).ok && true).toBe(true);
  });

  test("comparing with the latest or a chosen vastlegging, and deleting restores", async () => {
    const w = open(lijst);
    ok(await legVast(w, opties, "2021-01-13", "2021-01-13 09:30:00"));
    const voor = (await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values;
    const a = versie(lijst).find((x) => x.row === 15)!;
    await deadline(w, 15, datumNederlands(addDays(a.due!, 14)));
    ok(await legVast(w, opties, "2021-01-27", "2021-01-27 09:30:00"));
    await deadline(w, 15, datumNederlands(addDays(a.due!, 30)));

    const laatste = ok(await vergelijkMetEerder(w, opties, { soort: "vastlegging" }));
    expect(laatste.sinds).toBe("2021-01-27");
    expect(laatste.verschil.gekoppeld.find((k) => k.nieuw.row === 15)!.wijzigingen).toEqual([
      { veld: "deadline", van: addDays(a.due!, 14), naar: addDays(a.due!, 30), dagen: 16 },
    ]);
    expect(laatste.verloop.get(15)).toEqual({ aantal: 2, sinds: "2021-01-13" });
    expect(laatste.verloop.get(16)).toEqual({ aantal: 0, sinds: "2021-01-13" });

    const eerste = ok(
      await vergelijkMetEerder(w, opties, { soort: "vastlegging", datum: "2021-01-13" })
    );
    expect(eerste.verschil.gekoppeld.find((k) => k.nieuw.row === 15)!.wijzigingen[0]).toMatchObject(
      { dagen: 30 }
    );
    expect(eerste.vastleggingen).toEqual(["2021-01-13", "2021-01-27"]);

    expect(ok(await verwijderVastlegging(w, "2021-01-27"))).toEqual({
      datum: "2021-01-27",
      aantal: 37,
    });
    expect((await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values).toEqual(voor);
    const weg = await verwijderVastlegging(w, "2021-01-27");
    expect(weg.ok || foutTekst(weg.refusal)).toBe(
      "Er is geen vastlegging voor het DUO van 27-01-2021."
    );
  });

  test("Leg vast appends: a note column and a note row the user added stay through replace and delete (issue 24, case 13)", async () => {
    const w = open(lijst);
    ok(await legVast(w, opties, "2021-01-13", "2021-01-13 09:30:00"));
    const noot = (cel: string, tekst: string) =>
      w.write([{ kind: "values", sheet: VASTLEG_BLAD, address: cel, values: [[tekst]] }]);
    await noot("L1", "Notitie");
    await noot("L2", "besproken met Jan");
    await noot("A40", "Let op: rij 15 loopt uit");
    const lees = async () => (await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values;
    const tekst = (g: unknown[][], r: number, c: number) => String(g[r - 1]?.[c] ?? "");

    ok(await legVast(w, opties, "2021-01-27", "2021-01-27 09:30:00"));
    ok(await legVast(w, opties, "2021-01-13", "2021-01-13 10:00:00"));
    let g = await lees();
    expect([tekst(g, 1, 11), tekst(g, 2, 11), tekst(g, 40, 0)]).toEqual([
      "Notitie",
      "besproken met Jan",
      "Let op: rij 15 loopt uit",
    ]);
    // The new versions below the note row, the replaced version's own cells cleared.
    expect(tekst(g, 41, 0)).toBe(String(toExcelSerial("2021-01-27")));
    expect(tekst(g, 78, 0)).toBe(String(toExcelSerial("2021-01-13")));
    expect(tekst(g, 2, 0)).toBe("");
    expect(ok(await vastleggingen(w))).toEqual([
      { datum: "2021-01-13", aantal: 37 },
      { datum: "2021-01-27", aantal: 37 },
    ]);

    ok(await verwijderVastlegging(w, "2021-01-27"));
    g = await lees();
    expect([tekst(g, 1, 11), tekst(g, 2, 11), tekst(g, 40, 0)]).toEqual([
      "Notitie",
      "besproken met Jan",
      "Let op: rij 15 loopt uit",
    ]);
    expect(ok(await vastleggingen(w))).toEqual([{ datum: "2021-01-13", aantal: 37 }]);
  });

  test("Leg vast that Excel refuses half way: exactly the cells it wrote get back what they held, the notes stay", async () => {
    const w = open(lijst);
    ok(await legVast(w, opties, "2021-01-13", "2021-01-13 09:30:00"));
    await w.write([{ kind: "values", sheet: VASTLEG_BLAD, address: "L2", values: [["notitie"]] }]);
    const voor = (await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values;
    let eerste = true;
    const halfweg: WorkbookPort = Object.assign(Object.create(w) as WorkbookPort, {
      write: async (ops: readonly WriteOp[]) => {
        if (!eerste) return w.write(ops);
        eerste = false;
        await w.write(ops.slice(0, 2)); // the clearing and the appended values land, then Excel stops
        throw new HostError("sync-failed", hostDetail("sheet-gone", { sheet: VASTLEG_BLAD }), {
          partial: true,
        });
      },
    });
    const r = await legVast(halfweg, opties, "2021-01-13", "2021-01-13 10:00:00");
    expect(r.ok).toBe(false);
    expect((await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values).toEqual(voor);
  });

  test("without a vastlegging, or with the user's own sheet of that name: a message, nothing written", async () => {
    const geen = await vergelijkMetEerder(open(lijst), opties, { soort: "vastlegging" });
    expect(geen.ok || foutTekst(geen.refusal)).toMatch(/^Er is nog geen vastlegging/);
    const w = open(lijst, { name: VASTLEG_BLAD, values: [["Mijn eigen notities"]] });
    const r = await legVast(w, opties, "2021-01-13", "2021-01-13 09:30:00");
    expect(r.ok || foutTekst(r.refusal)).toMatch(/heeft niet de kopregel die Regie schrijft/);
    expect((await w.read([{ sheet: VASTLEG_BLAD }]))[0]!.grid.values).toEqual([
      ["Mijn eigen notities"],
    ]);
  });

  test("the sheet Wijzigingen sinds: Regie's own sheet, making it again replaces it, a user's sheet never", async () => {
    const later = laterVersie(lijst);
    const w = open(later.grid, {
      name: "Wijzigingen sinds 13-01-2021",
      values: [["van de gebruiker"]],
    });
    const bestand = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const bron = {
      soort: "bestand",
      naam: "oud.xlsx",
      datum: "2021-01-13",
      port: bestand,
    } as const;
    const r = ok(await vergelijkMetEerder(w, opties, bron));
    expect(r.doel).toEqual({
      naam: "Wijzigingen sinds 13-01-2021(2)",
      vervangt: false,
      bezetDoorGebruiker: true,
    });
    expect(ok(await writeWijzigingen(w, r, "2021-02-24 10:00:00"))).toMatchObject({
      blad: "Wijzigingen sinds 13-01-2021(2)",
      vervangen: false,
    });
    const [blad] = await w.read([{ sheet: "Wijzigingen sinds 13-01-2021(2)" }]);
    const rijen = blad!.grid.values;
    expect(rijen[0][0]).toBe("Wijzigingen sinds 13-01-2021");
    expect(String(rijen[1][0])).toMatch(/^Gemaakt door Regie op 24-02-2021 10:00:00/);
    expect(rijen[5].slice(0, 4)).toEqual(["Soort", "Rij", "Actie", "Wat"]);
    const soorten = rijen.slice(6).map((x) => x[0]);
    expect(soorten.filter((x) => x === "Nieuw")).toHaveLength(later.toegevoegd.length);
    expect(soorten.filter((x) => x === "Gesloten")).toHaveLength(later.gesloten.length);
    expect(soorten.filter((x) => x === "Verdwenen")).toHaveLength(later.verwijderd.length);
    const uitstel = rijen.filter((x) => x[3] === "Deadline").map((x) => x[6]);
    expect(uitstel.sort()).toEqual([...later.uitgesteld.values()].sort());

    const opnieuw = ok(await vergelijkMetEerder(w, opties, bron));
    expect(opnieuw.doel).toMatchObject({ naam: "Wijzigingen sinds 13-01-2021(2)", vervangt: true });
    ok(await writeWijzigingen(w, opnieuw, "2021-02-24 11:00:00"));
    const namen = (await w.summary()).sheets.map((s) => s.name);
    expect(namen).toEqual([
      "Actielijst",
      "Wijzigingen sinds 13-01-2021",
      "Wijzigingen sinds 13-01-2021(2)",
    ]);
    expect((await w.read([{ sheet: "Wijzigingen sinds 13-01-2021" }]))[0]!.grid.values).toEqual([
      ["van de gebruiker"],
    ]);
  });

  test("in Excel the sheet prints one landscape A4 wide, its header row atop every page, long actions wrapped", async () => {
    const later = laterVersie(lijst);
    const standIn = ExcelEmulator.fromSheets([
      { name: "Actielijst", values: later.grid.values, merges: later.grid.merges.map(areaAddress) },
    ]);
    const w = new OfficeWorkbookPort(standIn.run);
    const bron = {
      soort: "bestand",
      naam: "oud.xlsx",
      datum: "2021-01-13",
      port: await fixtureWerkmap("actielijst-duo-2021.xlsx"),
    } as const;
    ok(
      await writeWijzigingen(
        w,
        ok(await vergelijkMetEerder(w, opties, bron)),
        "2021-02-24 10:00:00"
      )
    );
    const blad = "Wijzigingen sinds 13-01-2021";
    expect(standIn.sheetInfo(blad).pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: null,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "6:6",
      rowBreaks: [],
    });
    // As wide as the longest action needs, up to 220 pt: a new action (the last cell of its row)
    // wraps in its column instead of running on, so it counts whole.
    expect(standIn.sheetInfo(blad).columnWidths.C).toBe(220);
    const rij = standIn.values(blad).findIndex((r, i) => i >= 6 && String(r[2]).length > 40);
    expect(rij).toBeGreaterThan(5);
    expect(standIn.cell(blad, `C${rij + 1}`).wrapText).toBe(true);
    // Every cell of a tall row reads from its top, as the wrapped action does.
    expect(standIn.cell(blad, `A${rij + 1}`).verticalAlignment).toBe("Top");
  });

  test("on the Regie object: a file via the injected reader, its error as a Dutch message", async () => {
    const w = open(lijst);
    const bestand = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const regie = maakRegie(
      w,
      { lees: async () => null, bewaar: async () => undefined } as never,
      "demo",
      { klok: () => new Date(2021, 1, 24, 10), openFile: async () => bestand }
    );
    const r = ok(
      await regie.vergelijkMetBestand(opties, {
        naam: "x.xlsx",
        datum: "2021-01-13",
        bytes: new Uint8Array(),
      })
    );
    expect(r.verschil.gekoppeld.every((k) => k.wijzigingen.length === 0)).toBe(true);
    ok(await regie.legVast(opties, "2021-02-24"));
    expect(ok(await regie.vastleggingen())).toEqual([{ datum: "2021-02-24", aantal: 37 }]);
    void KOLOM;
  });
});
