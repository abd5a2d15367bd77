import { z } from "zod";
import type { Normalisatie } from "../core/accounthouders/normalise";

/** The JSON contract of `normaliseer --json`: checked before it is printed. */
export const normaliseerJsonSchema = z.object({
  edits: z.array(z.object({ cell: z.string(), from: z.string(), to: z.string() })),
  unresolved: z.array(
    z.object({ cell: z.string(), text: z.string(), kandidaten: z.array(z.string()).optional() })
  ),
  rows: z.array(z.object({ row: z.number().int().positive(), owners: z.array(z.string()) })),
});

export function normaliseerJson(n: Normalisatie): z.infer<typeof normaliseerJsonSchema> {
  return normaliseerJsonSchema.parse({
    edits: n.edits.map((e) => ({ cell: e.cell, from: String(e.from ?? ""), to: e.to })),
    unresolved: n.unresolved.map((u) => ({
      cell: u.cell,
      text: u.text,
      ...(u.kandidaten && { kandidaten: u.kandidaten }),
    })),
    rows: n.rows,
  });
}
