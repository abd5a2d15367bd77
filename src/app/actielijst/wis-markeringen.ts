import { planMarkering } from "../../core/highlight/plan";
import { MARKERING_BLAD, readStore } from "../../core/highlight/store";
import type { WorkbookPort, WriteOp } from "../ports";
import { succeeded, withHostErrors, type Outcome } from "../outcome";
import { markeringHerstel, metOpslagGuard, opslagOps, tot } from "./markeer";
import { writeAllOrNothing } from "../schrijven";

export interface WisResultaat {
  hersteld: number;
  handmatig: string[];
  bladen: string[];
}

/**
 * "Markeringen wissen": gives every cell Regie coloured its remembered fill back, exactly, unless
 * someone re-coloured it since. With `sheet` only that sheet; otherwise every sheet.
 */
export async function wisMarkeringen(
  port: WorkbookPort,
  opties: { sheet?: string } = {}
): Promise<Outcome<WisResultaat>> {
  return withHostErrors(async () => {
    const [opslagBlad] = await port.read([{ sheet: MARKERING_BLAD, optional: true }]);
    const opgeslagen = opslagBlad ? readStore(opslagBlad.grid.values).items : [];
    const bladen = [...new Set(opgeslagen.map((o) => o.sheet))].filter(
      (s) => !opties.sheet || s === opties.sheet
    );
    if (bladen.length === 0) return succeeded({ hersteld: 0, handmatig: [], bladen: [] });
    const reads = await port.read(
      bladen.map((sheet) => ({
        sheet,
        fills: true,
        optional: true,
        ...tot(opgeslagen.filter((o) => o.sheet === sheet)),
      }))
    );
    const ops: WriteOp[] = [];
    let hersteld = 0;
    const handmatig: string[] = [];
    bladen.forEach((sheet, i) => {
      const read = reads[i];
      // A sheet deleted since: nothing left to restore there.
      if (!read) return;
      const plan = planMarkering(
        sheet,
        [],
        read.fills ?? [],
        opgeslagen.filter((o) => o.sheet === sheet)
      );
      ops.push(
        ...plan.vullingen.map((v): WriteOp => ({
          kind: "fill",
          sheet,
          addresses: v.addresses,
          fill: v.fill,
        }))
      );
      hersteld += plan.hersteld;
      for (const a of plan.handmatig) handmatig.push(`${sheet}!${a}`);
    });
    ops.push(
      ...opslagOps(
        opgeslagen.filter((o) => !bladen.includes(o.sheet)),
        opgeslagen,
        opslagBlad?.grid.values ?? []
      )
    );
    const voor = new Map(
      bladen.flatMap((sheet, i) => (reads[i]?.fills ? [[sheet, reads[i]!.fills!] as const] : []))
    );
    await writeAllOrNothing(
      port,
      // The memory sheet must still be the version read: a marking in between is refused.
      metOpslagGuard(opslagBlad?.grid.values ?? null, ops),
      markeringHerstel(ops, voor, opslagBlad?.grid.values ?? null),
      { task: "markeringen-wissen" }
    );
    return succeeded({ hersteld, handmatig, bladen });
  });
}
