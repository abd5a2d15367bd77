import { LOG_BLAD, type LogIndeling, type LogRegel } from "../../core/wijzigingslog";
import { leesValidatieTekst, zelfdeValidatie } from "../../core/validatie";
import { parseArea } from "../../core/address";
import type { WorkbookPort, WriteOp } from "../ports";
import { refused, succeeded, type Outcome } from "../outcome";
import type { OngedaanResultaat } from "./ongedaan";
import { ongedaanStempel, schrijfOngedaan } from "./ongedaan-stempel";

/**
 * Undoes a status dropdown batch: every logged block whose cells all still hold what the batch
 * gave them gets back exactly what it held (Oud, a validation as JSON or none); a block changed
 * since is left and named. Read just before writing (the adapter's guards compare values only);
 * the write expects the log's end as `logRijen` says it was read: a batch another pane logged in
 * between (its validations changed since this read) refuses the undo rather than act on a stale read;
 * and it expects the batch's "Ongedaan gemaakt op" still empty: undone by another pane meanwhile,
 * it is refused, not reported twice.
 */
export async function maakKeuzelijstOngedaan(
  port: WorkbookPort,
  batch: { batch: string; actie: string; regels: LogRegel[] },
  indeling: LogIndeling,
  tijdstip: string,
  logRijen: number
): Promise<Outcome<OngedaanResultaat>> {
  if (!port.validaties) return refused("keuzelijst-niet-hier", {}, false);
  const nu = await port.validaties(batch.regels.map((r) => ({ sheet: r.sheet, address: r.cell })));
  const stempel = ongedaanStempel(batch.regels, tijdstip, indeling);
  const ops: WriteOp[] = [
    { kind: "expectSheet", sheet: LOG_BLAD, rowCount: logRijen },
    // Not undone since this read: two panes undoing this batch at once both found its validations
    // intact (putting them back twice changes nothing, so no cell guard tells), and both said so.
    ...stempel.guards,
  ];
  const terug: WriteOp[] = [];
  const overgeslagen: string[] = [];
  let hersteld = 0;
  batch.regels.forEach((regel, i) => {
    const oud = leesValidatieTekst(regel.oud);
    const nieuw = leesValidatieTekst(regel.nieuw);
    const intact =
      oud !== undefined &&
      nieuw !== undefined &&
      nu[i].every((rij) => rij.every((cel) => zelfdeValidatie(cel, nieuw)));
    if (!intact || oud === undefined || nieuw === undefined) {
      overgeslagen.push(`${regel.sheet}!${regel.cell}`);
      return;
    }
    ops.push({ kind: "validation", sheet: regel.sheet, address: regel.cell, validatie: oud });
    terug.push({ kind: "validation", sheet: regel.sheet, address: regel.cell, validatie: nieuw });
    const area = parseArea(regel.cell);
    hersteld += area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 1;
  });
  ops.push(...stempel.ops);
  terug.push(...stempel.terug);
  const al = await schrijfOngedaan(port, ops, () => terug, batch.regels);
  if (al) return al;
  return succeeded({ actie: batch.actie, batch: batch.batch, hersteld, overgeslagen });
}
