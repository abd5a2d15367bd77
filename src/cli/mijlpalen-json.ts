import { z } from "zod";
import { BUITEN_NA, BUITEN_VOOR, FASEN, type MijlpalenDashboard } from "../core/mijlpalen";
import { mijlpaalBericht } from "../core/mijlpalen/berichten";

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const countSchema = z.number().int().nonnegative();

/** The JSON contract of `mijlpalen --json`: checked before it is printed. */
export const mijlpalenJsonSchema = z.object({
  quarters: z.array(
    z.object({
      label: z.string(),
      end: iso,
      counts: z.object(Object.fromEntries(FASEN.map((f) => [f, countSchema]))),
      total: countSchema,
    })
  ),
  duplicates: z.array(z.object({ sheet: z.string(), adresId: z.string() })),
  regressions: z.array(
    z.object({ adresId: z.string(), from: z.enum(FASEN), to: z.enum(FASEN), quarter: z.string() })
  ),
  anomalies: z.array(
    z.object({ sheet: z.string(), cell: z.string(), adresId: z.string(), message: z.string() })
  ),
  /**
   * Per pair of consecutive quarters (the running one last): matrix[from][to] by phase of the
   * addresses counted in both, the moves that are not zero (also "nieuw", "zonder-fase" and "weg":
   * into and out of the counts), and how many reached Voltooid from an earlier phase.
   */
  movements: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      end: iso,
      matrix: z.array(z.array(countSchema).length(FASEN.length)).length(FASEN.length),
      moves: z.array(
        z.object({
          from: z.enum([...FASEN, ...BUITEN_VOOR]),
          to: z.enum([...FASEN, ...BUITEN_NA]),
          count: countSchema,
        })
      ),
      reachedVoltooid: countSchema,
    })
  ),
});

/** The quarters run to the quarter of the peildatum: the running one last, counted up to the peildatum. */
export function mijlpalenJson(d: MijlpalenDashboard): z.infer<typeof mijlpalenJsonSchema> {
  return mijlpalenJsonSchema.parse({
    quarters: [...d.kwartalen, ...(d.lopend ? [d.lopend] : [])].map((k) => ({
      label: k.label,
      end: k.end,
      counts: k.counts,
      total: k.total,
    })),
    duplicates: d.duplicates.map((x) => ({ sheet: x.sheet, adresId: x.adresId })),
    regressions: d.regressions.map((x) => ({
      adresId: x.adresId,
      from: x.from,
      to: x.to,
      quarter: x.quarter,
    })),
    anomalies: d.anomalies.map((a) => ({
      sheet: a.sheet,
      cell: a.cell,
      adresId: a.adresId ?? "",
      message: mijlpaalBericht(a),
    })),
    movements: d.doorstroom.map((x) => ({
      from: x.vorigKwartaal,
      to: x.quarter,
      end: x.end,
      matrix: x.matrix,
      moves: x.bewegingen.map((b) => ({ from: b.from, to: b.to, count: b.aantal })),
      reachedVoltooid: x.voltooidBereikt,
    })),
  });
}
