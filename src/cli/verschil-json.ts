import { z } from "zod";
import { STATUSSEN } from "../core/actielijst/status";
import type { Verschil, VeldWijziging } from "../core/actielijst/verschil";
import type { ActieVersie } from "../core/actielijst/versie";

const rowSchema = z.object({ row: z.number().int().positive(), action: z.string() });

/** The JSON contract of `verschil --json`: checked before it is printed. */
export const verschilJsonSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Rows in the later file. */
  added: z.array(rowSchema),
  /** Rows in the earlier file. */
  removed: z.array(rowSchema),
  /** Rows in the later file; one entry per changed field. */
  changed: z.array(
    z.discriminatedUnion("field", [
      rowSchema.extend({
        field: z.literal("status"),
        // The canonical status; the cell text when it holds none Regie knows.
        from: z.union([z.enum(STATUSSEN), z.string()]),
        to: z.union([z.enum(STATUSSEN), z.string()]),
      }),
      rowSchema.extend({
        field: z.literal("deadline"),
        // YYYY-MM-DD, or the deadline text when there is no due date.
        from: z.string(),
        to: z.string(),
      }),
      rowSchema.extend({
        field: z.literal("owners"),
        from: z.array(z.string()),
        to: z.array(z.string()),
      }),
    ])
  ),
});

export type VerschilJson = z.infer<typeof verschilJsonSchema>;

export function verschilJson(from: string, to: string, v: Verschil): VerschilJson {
  const rowOf = (a: ActieVersie) => ({ row: a.row, action: a.actie });
  return verschilJsonSchema.parse({
    from,
    to,
    added: v.nieuw.map(rowOf),
    removed: v.verdwenen.map(rowOf),
    changed: v.gekoppeld.flatMap((k) =>
      k.wijzigingen.map((w: VeldWijziging) => ({
        ...rowOf(k.nieuw),
        field: w.veld,
        from: w.van,
        to: w.naar,
      }))
    ),
  });
}
