import { TIJDSTIP_FORMAAT } from "../../core/blad-opmaak";
import { LOG_BLAD, momentWaarde, type LogIndeling } from "../../core/wijzigingslog";
import { HostError, type WorkbookPort, type WriteOp } from "../ports";
import { writeAllOrNothing, type Herstel } from "../schrijven";
import { refused, type Outcome } from "../outcome";

/**
 * The Wijzigingslog's "Ongedaan gemaakt op" for each line of an undone batch (a real date in the
 * log's new layout), and what a failed write puts back there: the empty cell as it was. `guards`
 * expect each still empty: two panes undoing one batch at once may both find nothing to guard in
 * its cells (all put back alike, or all skipped), and both would say they undid it.
 */
export function ongedaanStempel(
  regels: readonly { ongedaanCel: string }[],
  tijdstip: string,
  indeling: LogIndeling
): { guards: WriteOp[]; ops: WriteOp[]; terug: WriteOp[] } {
  const guards = regels.map(({ ongedaanCel: cell }): WriteOp => ({
    kind: "expect",
    sheet: LOG_BLAD,
    cell,
    value: "",
  }));
  const datum = indeling === "nieuw";
  const ops = regels.flatMap(({ ongedaanCel: address }): WriteOp[] => [
    { kind: "values", sheet: LOG_BLAD, address, values: [[momentWaarde(tijdstip, indeling)]] },
    ...(datum
      ? [{ kind: "format", sheet: LOG_BLAD, address, numberFormat: TIJDSTIP_FORMAAT } as const]
      : []),
  ]);
  const terug = regels.flatMap(({ ongedaanCel: address }): WriteOp[] => [
    { kind: "values", sheet: LOG_BLAD, address, values: [[""]] },
    ...(datum
      ? [{ kind: "format", sheet: LOG_BLAD, address, numberFormat: "General" } as const]
      : []),
  ]);
  return { guards, ops, terug };
}

/**
 * The undo's one write. When a stamp's guard finds "Ongedaan gemaakt op" filled in (another pane
 * undid the batch since this read), the refusal says that in its own words; nothing was written.
 */
export async function schrijfOngedaan(
  port: WorkbookPort,
  ops: readonly WriteOp[],
  herstel: Herstel,
  regels: readonly { ongedaanCel: string }[]
): Promise<Outcome<never> | null> {
  try {
    await writeAllOrNothing(port, ops, herstel, { task: "ongedaan-maken" });
    return null;
  } catch (error) {
    // writeAllOrNothing names the guard that refused as the cause of its "write-failed".
    const oorzaak =
      error instanceof HostError && error.nothingWritten && error.detail.reason === "write-failed"
        ? error.detail.params.cause
        : null;
    if (
      oorzaak?.reason === "cells-changed" &&
      oorzaak.params.sheet === LOG_BLAD &&
      regels.some((r) => r.ongedaanCel === oorzaak.params.cell)
    )
      return refused("al-ongedaan", {}, false);
    throw error;
  }
}
