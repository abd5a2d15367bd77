import { leesJournaal, planTerugdraaien, type TerugdraaiPlan } from "./journaal";
import { succeeded, withHostErrors, type Outcome } from "./outcome";
import type { WorkbookPort, WriteTask } from "./ports";

/** A write a closed pane left unfinished, and what putting it back would do. */
export interface OnderbrekingVoorstel {
  id: string;
  /** When it began, in milliseconds since 1970 by its writer's clock. */
  begonnen: number;
  /** What it was writing; null when the journal could not be read. */
  task: WriteTask | null;
  /** What "Terugdraaien" does; null when the write was too large to journal (then: `bladen`). */
  plan: TerugdraaiPlan | null;
  /** The sheets it wrote on, for the user to check when there is no plan. */
  bladen: string[];
}

/**
 * Looks for a write a closed pane left unfinished (the pane calls this when it opens, and after a
 * refusal that says one is there): reads its journal and the sheets it wrote on, and plans putting
 * it back. Nothing is written.
 */
export async function bekijkOnderbreking(
  port: WorkbookPort
): Promise<Outcome<OnderbrekingVoorstel | null>> {
  return withHostErrors(async () => {
    const o = await port.onderbroken();
    if (o === null) return succeeded(null);
    const opgeslagen = leesJournaal(o.journaal);
    // Stopped before its writes: nothing of it landed, only its lock is to go.
    const journaal =
      o.schreef || opgeslagen === null
        ? opgeslagen
        : { task: opgeslagen.task, schrijft: [], terug: [] };
    const basis = { id: o.id, begonnen: o.begonnen, task: journaal?.task ?? null };
    if (journaal === null || "bladen" in journaal) {
      const zonderPlan: OnderbrekingVoorstel = {
        ...basis,
        plan: null,
        bladen: journaal?.bladen ?? [],
      };
      return succeeded(zonderPlan);
    }
    const bladen = [...new Set(journaal.terug.map((op) => op.sheet))];
    // Sheets it added are read too: one that holds more than the write put there stays.
    const summary = await port.summary({ rows: 0, columns: 0 });
    const gelezen = bladen.filter((b) => summary.sheets.some((s) => s.name === b));
    const reads = await port.read(gelezen.map((sheet) => ({ sheet, optional: true })));
    const plan = planTerugdraaien(journaal, summary, (sheet) => {
      const i = gelezen.indexOf(sheet);
      return reads[i]?.grid.values ?? null;
    });
    const voorstel: OnderbrekingVoorstel = { ...basis, plan, bladen };
    return succeeded(voorstel);
  });
}

/**
 * Puts back what the interrupted write left, as planned (each cell only if it still holds what the
 * write put there), and removes its lock and journal: one write under its lock. A cell changed
 * since the plan was made is refused as any stale preview is: nothing is written, look again.
 */
export async function draaiOnderbrekingTerug(
  port: WorkbookPort,
  voorstel: OnderbrekingVoorstel
): Promise<Outcome<OnderbrekingVoorstel>> {
  return withHostErrors(async () => {
    await port.write(voorstel.plan?.ops ?? [], { overname: voorstel.id });
    return succeeded(voorstel);
  });
}
