import { valideer } from "../../src/app/actielijst/valideer";
import {
  alleRegels,
  gekozenEdits,
  normaliseerVoorvertoning,
  regelSleutel,
} from "../../src/app/accounthouders/normaliseer";
import type { Verkeerslicht } from "../../src/core/actielijst/traffic-light";
import { STANDAARD_BINNENKORT_DAGEN } from "../../src/core/actielijst/traffic-light";
import type { ActielijstRapport } from "../../src/core/actielijst/validate";
import { OfficeWorkbookPort } from "../../src/host/office";
import { DEMO_PEILDATUM, maakDemoWerkmap } from "../../src/taskpane/demo/demo-werkmap";
import { readDemoSheets } from "../../src/tools/demo-bladen";
import { foutTekst } from "../../src/app/weigering-berichten";

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
  /** "Normaliseer accounthouders" on the demo: its lines ("9 wijzigingen voorgesteld") and cells. */
  normalisatie: {
    regels: number;
    /** Cells that change, with every line ticked but the given [from, to] ones. */
    cellen(...uitgevinkt: [string, string][]): number;
  };
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
  const port = new OfficeWorkbookPort(maakDemoWerkmap(await readDemoSheets()).run);
  const r = await valideer(port, opties);
  if (!r.ok) throw new Error(`de demowerkmap valideert niet: ${foutTekst(r.refusal)}`);
  const n = await normaliseerVoorvertoning(port, opties);
  if (!n.ok) throw new Error(`de demowerkmap normaliseert niet: ${foutTekst(n.refusal)}`);
  const voorstel = n.value;
  const rapport = r.value;
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
    normalisatie: {
      regels: voorstel.regels.length,
      cellen: (...uitgevinkt) => {
        const gekozen = alleRegels(voorstel);
        for (const [van, naar] of uitgevinkt) gekozen.delete(regelSleutel(van, naar));
        return gekozenEdits(voorstel, gekozen).length;
      },
    },
    gemarkeerd: `${rood} ${rood === 1 ? "rij" : "rijen"} rood en ${rijen("due-soon")} oranje gemarkeerd.`,
  };
}
