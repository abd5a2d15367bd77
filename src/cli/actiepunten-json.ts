import { z } from "zod";
import { DEADLINE_KINDS } from "../core/dates/types";
import { SEVERITIES } from "../core/findings";
import { verslagBericht } from "../core/verslag/berichten";
import type { ActiepuntenVoorstel } from "../app/verslag/actiepunten";

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The JSON contract of `actiepunten --json`: checked before it is printed. */
export const actiepuntenJsonSchema = z.object({
  vergadering: iso,
  volgendeVergadering: iso.nullable(),
  actiepunten: z.array(
    z.object({
      /** As the verslag numbers it: "i", "ii", "3". */
      nummer: z.string(),
      tekst: z.string(),
      /** Canonical names, "(10)(2e)", organisations; unknown names as written. */
      owners: z.array(z.string()),
      deadline: z
        .object({
          text: z.string(),
          kind: z.enum(DEADLINE_KINDS),
          due: iso.nullable(),
          uncertain: z.boolean(),
        })
        .nullable(),
      /** The row of the list it already is: then no row is added for it. */
      bestaand: z.object({ row: z.number().int().positive() }).nullable(),
      findings: z.array(
        z.object({
          code: z.string(),
          severity: z.enum(SEVERITIES as [string, ...string[]]),
          message: z.string(),
        })
      ),
    })
  ),
});

export type ActiepuntenJson = z.infer<typeof actiepuntenJsonSchema>;

export function actiepuntenJson(v: ActiepuntenVoorstel): ActiepuntenJson {
  return actiepuntenJsonSchema.parse({
    vergadering: v.vergadering,
    volgendeVergadering: v.volgendeVergadering?.datum ?? null,
    actiepunten: v.actiepunten.map((a) => ({
      nummer: a.nummer,
      tekst: a.tekst,
      owners: a.owners,
      deadline: a.deadline && {
        text: a.deadline.text,
        kind: a.deadline.kind,
        due: a.deadline.due,
        uncertain: a.deadline.uncertain,
      },
      bestaand: a.bestaand && { row: a.bestaand.row },
      findings: a.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: verslagBericht(f),
      })),
    })),
  });
}
