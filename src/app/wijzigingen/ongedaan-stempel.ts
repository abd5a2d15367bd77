import { TIJDSTIP_FORMAAT } from "../../core/blad-opmaak";
import { LOG_BLAD, momentWaarde, type LogIndeling } from "../../core/wijzigingslog";
import type { WriteOp } from "../ports";

/**
 * The Wijzigingslog's "Ongedaan gemaakt op" for each line of an undone batch (a real date in the
 * log's new layout), and what a failed write puts back there: the empty cell as it was.
 */
export function ongedaanStempel(
  regels: readonly { ongedaanCel: string }[],
  tijdstip: string,
  indeling: LogIndeling
): { ops: WriteOp[]; terug: WriteOp[] } {
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
  return { ops, terug };
}
