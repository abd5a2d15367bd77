import { valideer } from "../../src/app/actielijst/valideer";
import type { Verkeerslicht } from "../../src/core/actielijst/traffic-light";
import { STANDAARD_BINNENKORT_DAGEN } from "../../src/core/actielijst/traffic-light";
import type { ActielijstRapport } from "../../src/core/actielijst/validate";
import { OfficeWorkbookPort } from "../../src/host/office";
import { DEMO_PEILDATUM, maakDemoWerkmap } from "../../src/taskpane/demo/demo-werkmap";
import { leesDemoBladen } from "../../src/tools/demo-bladen";

/** What the pane should say about the demo's action list, worked out from the same fixtures. */
export interface DemoVerwachting {
  rapport: ActielijstRapport;
  /** Actions on the list ("37 acties"). */
  acties: number;
  /** Actions with that traffic light, optionally only those of one owner. */
  licht(licht: Verkeerslicht, eigenaar?: string): number;
  /** Rows holding an action with that light (what "Valideer en markeer" colours). */
  rijen(licht: Verkeerslicht): number;
  /** Findings of that code ("4 x Status anders geschreven"). */
  code(code: string): number;
  /** Findings with a proposed fix ("Herstel alle (4)"). */
  herstelbaar: number;
  /** What "Valideer en markeer" says it coloured: "2 rijen rood en 2 oranje gemarkeerd." */
  gemarkeerd: string;
}

/**
 * Validates the demo workbook, made from ../shared/fixtures as the build makes it, with the
 * demo's settings (or others): the e2e tests compare the pane's numbers with these, instead of
 * numbers copied by hand from an earlier run.
 */
export async function demoVerwachting(
  opties = { peildatum: DEMO_PEILDATUM, binnenkortDagen: STANDAARD_BINNENKORT_DAGEN }
): Promise<DemoVerwachting> {
  const werkmap = maakDemoWerkmap(await leesDemoBladen());
  const r = await valideer(new OfficeWorkbookPort(werkmap.run), opties);
  if (!r.ok) throw new Error(`de demowerkmap valideert niet: ${r.fout.bericht}`);
  const rapport = r.waarde;
  const met = (licht: Verkeerslicht) => rapport.acties.filter((a) => a.verkeerslicht === licht);
  const rijen = (licht: Verkeerslicht) => new Set(met(licht).map((a) => a.row)).size;
  const rood = rijen("overdue");
  return {
    rapport,
    acties: rapport.acties.length,
    licht: (licht, eigenaar) =>
      met(licht).filter((a) => eigenaar === undefined || a.eigenaren.includes(eigenaar)).length,
    rijen,
    code: (code) => rapport.findings.filter((f) => f.code === code).length,
    herstelbaar: rapport.findings.filter((f) => f.fix).length,
    gemarkeerd: `${rood} ${rood === 1 ? "rij" : "rijen"} rood en ${rijen("due-soon")} oranje gemarkeerd.`,
  };
}
