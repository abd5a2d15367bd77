import {
  laatsteBatch,
  readLog,
  LOG_BLAD,
  NIEUW_BLAD,
  zelfdeWaarde,
  type LogRegel,
} from "../../core/wijzigingslog";
import { cellAddress, parseCell } from "../../core/address";
import { cellText, type CellValue } from "../../core/grid";
import type { HostError, WorkbookPort, WriteOp } from "../ports";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { KEUZELIJST_ACTIES } from "../actielijst/keuzelijst";
import { maakKeuzelijstOngedaan } from "./ongedaan-keuzelijst";
import { ongedaanStempel, schrijfOngedaan } from "./ongedaan-stempel";

export interface OngedaanResultaat {
  actie: string;
  batch: string;
  hersteld: number;
  /** Cells changed again since the batch: left alone, named so the user can look. */
  overgeslagen: string[];
}

/**
 * "Ongedaan maken": restores the last applied batch exactly, cell by cell, unless a cell has been
 * changed again since (then it is left and named). The batch is marked undone in the log.
 */
export async function maakOngedaan(
  port: WorkbookPort,
  opties: { tijdstip: string }
): Promise<Outcome<OngedaanResultaat>> {
  return withHostErrors(async () => {
    const [logBlad] = await port.read([{ sheet: LOG_BLAD, optional: true }]);
    const log = logBlad ? readLog(logBlad.grid.values) : null;
    const batch = log ? laatsteBatch(log.regels) : null;
    if (!batch || !log) return refused("niets-ongedaan", {}, false);
    // A status dropdown batch logs validations, not values: put back as validations.
    if (KEUZELIJST_ACTIES.has(batch.actie))
      return maakKeuzelijstOngedaan(
        port,
        batch,
        log.indeling,
        opties.tijdstip,
        logBlad?.grid.values.length ?? 0
      );
    const bladen = [...new Set(batch.regels.map((r) => r.sheet))];
    const reads = await port.read(bladen.map((sheet) => ({ sheet, optional: true })));
    const stempel = ongedaanStempel(batch.regels, opties.tijdstip, log.indeling);
    // Guards first: not undone by another pane since this read.
    const ops: WriteOp[] = [...stempel.guards];
    const terug: WriteOp[] = [];
    const overgeslagen: string[] = [];
    let hersteld = 0;
    // A sheet the log records the batch made, that holds nothing else, goes as a whole.
    const weg = bladen.filter((blad, i) => eigenBlad(blad, batch.regels, reads[i]?.grid.values));
    for (const blad of weg) {
      const regels = batch.regels.filter((r) => r.sheet === blad);
      ops.push({ kind: "deleteSheet", sheet: blad });
      terug.push(
        { kind: "addSheet", sheet: blad },
        ...regels.map((r): WriteOp => ({
          kind: "values",
          sheet: blad,
          address: r.cell,
          values: [[r.nieuw]],
        }))
      );
      hersteld += regels.length;
    }
    for (const regel of [...batch.regels].reverse()) {
      if (weg.includes(regel.sheet)) continue;
      const grid = reads[bladen.indexOf(regel.sheet)]?.grid;
      const pos = parseCell(regel.cell);
      const huidig = grid && pos ? (grid.values[pos.row]?.[pos.col] ?? "") : null;
      if (huidig === null || !zelfdeWaarde(huidig, regel.nieuw))
        overgeslagen.push(`${regel.sheet}!${regel.cell}`);
      else {
        // Restored only if it still holds what was read here (Excel has no lock; a formula typed
        // since counts as a change): a cell changed in between is refused, not written over.
        ops.push({ kind: "expect", sheet: regel.sheet, cell: regel.cell, value: huidig });
        ops.push({
          kind: "values",
          sheet: regel.sheet,
          address: regel.cell,
          values: [[cellText(regel.oud) === NIEUW_BLAD ? "" : regel.oud]],
        });
        terug.push({ kind: "values", sheet: regel.sheet, address: regel.cell, values: [[huidig]] });
        hersteld++;
      }
    }
    ops.push(...stempel.ops);
    const logTerug = stempel.terug;
    const al = await schrijfOngedaan(
      port,
      ops,
      (_na, fout) => [...zoalsGelezen(terug, fout), ...logTerug],
      batch.regels
    );
    if (al) return al;
    return succeeded({
      actie: batch.actie,
      batch: batch.batch,
      hersteld,
      overgeslagen,
    });
  });
}

/**
 * The cells to put back after a failed undo: what the guards read just before the writes where they
 * got that far (a formula as a formula), else what this undo read.
 */
function zoalsGelezen(terug: readonly WriteOp[], fout: HostError): WriteOp[] {
  const voorheen = new Map(fout.guardedBefore.map((g) => [`${g.sheet}!${g.cell}`, g]));
  return terug.map((op) => {
    const was = op.kind === "values" ? voorheen.get(`${op.sheet}!${op.address}`) : undefined;
    if (op.kind !== "values" || !was) return op;
    return was.formula !== undefined
      ? { kind: "formula", sheet: op.sheet, cell: op.address, formula: was.formula }
      : { ...op, values: [[was.value]] };
  });
}

/**
 * Whether undoing the batch empties a sheet it made: the log records making it (a line from
 * NIEUW_BLAD), every other line of the batch on that sheet was written into an empty cell, each
 * still holds what was written, and the sheet holds nothing else (a registry proposal saved as a
 * new sheet). Such a sheet is deleted rather than left empty; without the record it never is.
 */
function eigenBlad(
  blad: string,
  regels: readonly LogRegel[],
  values: readonly (readonly CellValue[])[] | undefined
): boolean {
  if (!values || blad === LOG_BLAD) return false;
  const vanBlad = regels.filter((r) => r.sheet === blad);
  const oud = vanBlad.map((r) => cellText(r.oud));
  if (!oud.includes(NIEUW_BLAD) || oud.some((o) => o !== "" && o !== NIEUW_BLAD)) return false;
  const geschreven = new Map(vanBlad.map((r) => [r.cell, r.nieuw]));
  let gevonden = 0;
  for (let row = 0; row < values.length; row++)
    for (let col = 0; col < values[row].length; col++) {
      const waarde = values[row][col];
      if (cellText(waarde) === "") continue;
      const nieuw = geschreven.get(cellAddress(row, col));
      if (nieuw === undefined || !zelfdeWaarde(waarde, nieuw)) return false;
      gevonden++;
    }
  return gevonden === geschreven.size;
}
