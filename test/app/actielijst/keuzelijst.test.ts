import fc from "fast-check";
import {
  keuzelijstVoorvertoning,
  pasKeuzelijstToe,
  type KeuzelijstSoort,
} from "../../../src/app/actielijst/keuzelijst";
import type { Outcome } from "../../../src/app/outcome";
import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { keuzelijstValidatie } from "../../../src/core/actielijst/keuzelijst";
import type { CellValue } from "../../../src/core/grid";
import type { Validatie } from "../../../src/core/validatie";
import { readLog, LOG_BLAD } from "../../../src/core/wijzigingslog";
import { ExcelEmulator, type ProfileName } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";

const PEIL = "2021-02-24";
const TIJD = "2021-02-24 10:15:00";
const KOP = ["Doel", "Onderwerp", "Actie", "Accounthouder", "Uitvoeringsstatus", "Deadline"];

/** A hand-kept list: the header repeats at row 6 (a blank row before it). */
function lijst(): CellValue[][] {
  return [
    KOP,
    ["#01", "I. Plan", "a. bellen", "Anja", "In uitvoering", "1 maart 2021"],
    ["", "", "b. mailen", "Anja", "Afgerond", "1 mei 2021"],
    ["", "", "c. schrijven", "Anja", "", "1 juni 2021"],
    ["", "", "", "", "", ""],
    KOP,
    ["#02", "II. Bouw", "d. tekenen", "Anja", "Gereed", "1 maart 2021"],
    ["", "", "e. bouwen", "Anja", "Verstuurd", "Q2 2021"],
  ];
}

const ANDERS: Validatie = {
  rule: { wholeNumber: { operator: "GreaterThan", formula1: "=10" } },
  prompt: { message: "Getal", showPrompt: true, title: "Let op" },
  errorAlert: { message: "Te klein", showAlert: true, style: "Warning", title: "Fout" },
  ignoreBlanks: false,
};

function opzet(profile: ProfileName) {
  const standIn = ExcelEmulator.fromSheets([{ name: "Actielijst", values: lijst() }], { profile });
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

function waarde<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`geweigerd: ${o.refusal.code} ${JSON.stringify(o.refusal.params)}`);
  return o.value;
}

async function stap(port: OfficeWorkbookPort, soort: KeuzelijstSoort) {
  const voorstel = waarde(await keuzelijstVoorvertoning(port, { peildatum: PEIL }, soort));
  return { voorstel, resultaat: await pasKeuzelijstToe(port, voorstel, TIJD) };
}

async function geldig(standIn: ExcelEmulator, cel: string): Promise<boolean> {
  const context = standIn.newContext();
  const v = context.workbook.worksheets.getItem("Actielijst").getRange(cel).dataValidation;
  v.load("valid");
  await context.sync();
  return v.valid;
}

describe.each<ProfileName>(["web", "minimum"])("status dropdown (%s profile)", (profile) => {
  test("the preview names the data rows of each status column, never a header row", async () => {
    const { port, standIn } = opzet(profile);
    const voorstel = waarde(await keuzelijstVoorvertoning(port, { peildatum: PEIL }, "toevoegen"));
    expect(voorstel.gebieden.map((g) => g.address)).toEqual(["E2:E4", "E7:E8"]);
    expect(voorstel.blokken).toEqual([
      { address: "E2:E4", cellen: 3, nu: null },
      { address: "E7:E8", cellen: 2, nu: null },
    ]);
    expect(voorstel.statussen).toContain("In voorbereiding");
    expect(standIn.validations("Actielijst")).toEqual({}); // a preview writes nothing
  });

  test("added, used (a status outside the list reads invalid), logged, and undone exactly", async () => {
    const { port, standIn } = opzet(profile);
    const { resultaat } = await stap(port, "toevoegen");
    expect(waarde(resultaat)).toMatchObject({ cellen: 5, blokken: 2 });
    const v = standIn.validations("Actielijst");
    expect(Object.keys(v)).toEqual(["E2", "E3", "E4", "E7", "E8"]);
    expect(v.E2).toEqual(keuzelijstValidatie());
    // Used: "Afgerond" is not one of the statuses, a blank passes, a typed "Bezig" does not.
    expect(await geldig(standIn, "E3")).toBe(false);
    expect(await geldig(standIn, "E4")).toBe(true);
    expect(await geldig(standIn, "E7:E8")).toBe(true);
    const typ = standIn.newContext();
    typ.workbook.worksheets.getItem("Actielijst").getRange("E4").values = [["Bezig"]];
    await typ.sync();
    expect(await geldig(standIn, "E4")).toBe(false);
    const log = readLog(standIn.values(LOG_BLAD));
    expect(log.regels.map((r) => [r.actie, r.cell, r.oud])).toEqual([
      ["Keuzelijst status", "E2:E4", ""],
      ["Keuzelijst status", "E7:E8", ""],
    ]);
    const ongedaan = waarde(await maakOngedaan(port, { tijdstip: TIJD }));
    expect(ongedaan).toMatchObject({ hersteld: 5, overgeslagen: [] });
    expect(standIn.validations("Actielijst")).toEqual({});
  });

  test("validations the user had (any kind, differing per cell) are shown, replaced and put back exactly", async () => {
    const { port, standIn } = opzet(profile);
    standIn.setValidation("Actielijst", "E3", ANDERS);
    standIn.setValidation("Actielijst", "E8", {
      ...ANDERS,
      rule: { custom: { formula: '=E8<>""' } },
    });
    standIn.setValidation("Actielijst", "E1", ANDERS); // a header's own validation is left alone
    const voor = standIn.validations("Actielijst");
    const { voorstel } = await stap(port, "toevoegen");
    expect(voorstel.blokken.map((b) => [b.address, b.nu === null ? "geen" : "eigen"])).toEqual([
      ["E2", "geen"],
      ["E3", "eigen"],
      ["E4", "geen"],
      ["E7", "geen"],
      ["E8", "eigen"],
    ]);
    expect(standIn.validations("Actielijst").E1).toEqual(ANDERS);
    waarde(await maakOngedaan(port, { tijdstip: TIJD }));
    expect(standIn.validations("Actielijst")).toEqual(voor);
  });

  test("a validation changed between preview and apply is refused, nothing written", async () => {
    const { port, standIn } = opzet(profile);
    const voorstel = waarde(await keuzelijstVoorvertoning(port, { peildatum: PEIL }, "toevoegen"));
    standIn.setValidation("Actielijst", "E7", ANDERS);
    const r = await pasKeuzelijstToe(port, voorstel, TIJD);
    expect(r).toMatchObject({
      ok: false,
      refusal: { code: "keuzelijst-verouderd", params: { cel: "E7" } },
    });
    expect(Object.keys(standIn.validations("Actielijst"))).toEqual(["E7"]);
    expect(standIn.sheetNames()).not.toContain(LOG_BLAD);
  });

  test("a header moved between preview and apply is refused by the batch's guard", async () => {
    const { port, standIn } = opzet(profile);
    const voorstel = waarde(await keuzelijstVoorvertoning(port, { peildatum: PEIL }, "toevoegen"));
    const context = standIn.newContext();
    context.workbook.worksheets.getItem("Actielijst").getRange("E6").values = [["Opmerking"]];
    await context.sync();
    const r = await pasKeuzelijstToe(port, voorstel, TIJD);
    expect(r.ok).toBe(false);
    expect(standIn.validations("Actielijst")).toEqual({});
  });

  test("removed (only Regie's list), previewed and undone", async () => {
    const { port, standIn } = opzet(profile);
    standIn.setValidation("Actielijst", "E2", ANDERS);
    await stap(port, "toevoegen");
    standIn.setValidation("Actielijst", "E4", ANDERS); // the user's own since: not Regie's, stays
    const { voorstel, resultaat } = await stap(port, "verwijderen");
    expect(voorstel.blokken.map((b) => b.address)).toEqual(["E2:E3", "E7:E8"]);
    waarde(resultaat);
    expect(standIn.validations("Actielijst")).toEqual({ E4: ANDERS });
    waarde(await maakOngedaan(port, { tijdstip: TIJD }));
    expect(Object.keys(standIn.validations("Actielijst"))).toEqual(["E2", "E3", "E4", "E7", "E8"]);
  });

  test("a protected sheet is refused before anything is written", async () => {
    const { port, standIn } = opzet(profile);
    const voorstel = waarde(await keuzelijstVoorvertoning(port, { peildatum: PEIL }, "toevoegen"));
    const r = await pasKeuzelijstToe(port, { ...voorstel, beveiligd: true }, TIJD);
    expect(r).toMatchObject({ ok: false, refusal: { code: "beveiligd" } });
    expect(standIn.validations("Actielijst")).toEqual({});
  });
});

/** Any validation a user could have made in Excel's dialog. */
const eigenValidatie: fc.Arbitrary<Validatie> = fc.record({
  rule: fc.oneof(
    fc.constant({}),
    fc
      .array(fc.constantFrom("Ja", "Nee", "Misschien", "Gereed"), { minLength: 1, maxLength: 3 })
      .chain((items) =>
        fc.boolean().map((drop) => ({ list: { inCellDropDown: drop, source: items.join(",") } }))
      ),
    fc.integer({ min: 0, max: 99 }).map((n) => ({
      wholeNumber: { operator: "LessThan", formula1: `=${n}` },
    })),
    fc.constant({ custom: { formula: "=LEN(E2)<20" } })
  ),
  prompt: fc.record({ message: fc.string(), showPrompt: fc.boolean(), title: fc.string() }),
  errorAlert: fc.record({
    message: fc.string(),
    showAlert: fc.boolean(),
    style: fc.constantFrom("Stop", "Warning", "Information"),
    title: fc.string(),
  }),
  ignoreBlanks: fc.boolean(),
});

test("property: adding the dropdown and undoing it restores every cell's validation exactly", async () => {
  const cellen = ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"];
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.option(eigenValidatie, { nil: null }), { minLength: 8, maxLength: 8 }),
      fc.constantFrom<ProfileName>("web", "minimum"),
      async (bestaand, profile) => {
        const { port, standIn } = opzet(profile);
        cellen.forEach((cel, i) => standIn.setValidation("Actielijst", cel, bestaand[i]));
        const voor = standIn.validations("Actielijst");
        const { resultaat } = await stap(port, "toevoegen");
        waarde(resultaat);
        waarde(await maakOngedaan(port, { tijdstip: TIJD }));
        expect(standIn.validations("Actielijst")).toEqual(voor);
      }
    ),
    { numRuns: 25 }
  );
});
