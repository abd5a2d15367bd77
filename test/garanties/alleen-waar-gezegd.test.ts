import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { valideer } from "../../src/app/actielijst/valideer";
import { wisMarkeringen } from "../../src/app/actielijst/wis-markeringen";
import { maakDashboard } from "../../src/app/mijlpalen/dashboard";
import { maakOngedaan } from "../../src/app/wijzigingen/ongedaan";
import { MARKERING_BLAD } from "../../src/core/highlight/store";
import { DASHBOARD_BLAD } from "../../src/core/mijlpalen/sheet/dashboard-sheet";
import { LOG_BLAD } from "../../src/core/wijzigingslog";
import { ExcelEmulator, type ProfileName } from "../../src/excel-stand-in";
import { PROFIELEN } from "../support/scenarios";
import { OfficeWorkbookPort } from "../../src/host/office";
import { verschillen } from "../support/diff";
import { fixtureBladen } from "../support/fixture-excel";
import { inhoud } from "../support/scenarios";

const FIXTURES = [
  "actielijst-duo-2021.xlsx",
  "mijlpalen-groningen-kwartalen.xlsx",
  "mijlpalen-groningen-datums.xlsx",
];
const EIGEN = new Set([MARKERING_BLAD, LOG_BLAD, DASHBOARD_BLAD]);

/** A fixture in the emulated Excel, with the DUO registry beside it (as the secretariaat keeps it). */
async function nepWerkmap(
  bestand: string,
  profiel: ProfileName
): Promise<{ standIn: ExcelEmulator; port: OfficeWorkbookPort }> {
  const bladen = [
    ...(await fixtureBladen(bestand)),
    ...(await fixtureBladen("accounthouders-duo.xlsx")),
  ];
  const standIn = ExcelEmulator.fromSheets(bladen, { profile: profiel });
  return { standIn, port: new OfficeWorkbookPort(standIn.run) };
}

const buitenEigenBladen = (v: ReturnType<typeof verschillen>) =>
  v.filter((x) => !EIGEN.has(x.sheet));

describe.each(FIXTURES.flatMap((f) => PROFIELEN.map((p) => [f, p] as const)))(
  "%s [%s]: Regie writes only where it said so",
  (bestand, profiel) => {
    test("validating writes nothing", async () => {
      const { standIn, port } = await nepWerkmap(bestand, profiel);
      const voor = standIn.snapshot();
      await valideer(port, { peildatum: "2021-02-24" });
      expect(verschillen(voor, standIn.snapshot())).toEqual([]);
    });

    test("marking colours only rows of overdue and soon-due acties, and only the fill; clearing restores everything", async () => {
      const { standIn, port } = await nepWerkmap(bestand, profiel);
      const voor = standIn.snapshot();
      const r = await valideerEnMarkeer(port, { peildatum: "2021-02-24" });
      const rijen = r.ok
        ? r.value.rapport.acties
            .filter((a) => a.verkeerslicht === "overdue" || a.verkeerslicht === "due-soon")
            .map((a) => a.row)
        : [];
      for (const v of buitenEigenBladen(verschillen(voor, standIn.snapshot()))) {
        expect(v.wat).toEqual(["fill"]);
        expect(rijen).toContain(Number(v.cell.replace(/^[A-Z]+/, "")));
      }
      await wisMarkeringen(port);
      expect(verschillen(voor, standIn.snapshot())).toEqual([]);
    });

    test("normalising changes only the cells from the preview, only their value; undo restores everything", async () => {
      const { standIn, port } = await nepWerkmap(bestand, profiel);
      const voor = standIn.snapshot();
      const v = await normaliseerVoorvertoning(port, { peildatum: "2021-02-24" });
      // Only the action list has owners to normalise; the others are refused, changing nothing.
      expect(v.ok).toBe(bestand.startsWith("actielijst"));
      if (!v.ok) {
        expect(verschillen(voor, standIn.snapshot())).toEqual([]);
        return;
      }
      await pasNormalisatieToe(port, v.value, alleRegels(v.value), "t1");
      const gezegd = new Set(v.value.normalisatie.edits.map((e) => `${e.sheet}!${e.cell}`));
      for (const x of buitenEigenBladen(verschillen(voor, standIn.snapshot()))) {
        expect(gezegd.has(`${x.sheet}!${x.cell}`)).toBe(true);
        expect(x.wat).toEqual(["value"]);
      }
      await maakOngedaan(port, { tijdstip: "t2" });
      expect(buitenEigenBladen(verschillen(voor, standIn.snapshot()))).toEqual([]);
    });

    test("the dashboard goes on a sheet of its own; the rest stays the same; making it again gives the same sheet", async () => {
      const { standIn, port } = await nepWerkmap(bestand, profiel);
      const voor = standIn.snapshot();
      const r = await maakDashboard(port, { peildatum: "2020-05-12", gemaakt: "nu" });
      expect(buitenEigenBladen(verschillen(voor, standIn.snapshot()))).toEqual([]);
      // Only the milestone workbooks hold a dashboard; the action list is refused, changing nothing.
      expect(r.ok).toBe(bestand.startsWith("mijlpalen"));
      if (!r.ok) return;
      const eerste = inhoud(standIn);
      await maakDashboard(port, { peildatum: "2020-05-12", gemaakt: "nu" });
      expect(inhoud(standIn)).toEqual(eerste);
    });
  }
);
