import { z } from "zod";
import { DEADLINE_KINDS } from "../core/dates/types";
import { VERKEERSLICHTEN } from "../core/actielijst/traffic-light";
import { SEVERITIES } from "../core/findings";
import { bericht } from "../core/messages";
import type { ActielijstRapport } from "../core/actielijst/validate";

const isoOfNull = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** The JSON contract of `validate --json`: checked before it is printed. */
export const validateJsonSchema = z.object({
  sheet: z.string(),
  peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rows: z.array(
    z.object({
      row: z.number().int().positive(),
      action: z.string(),
      status: z.string().nullable(),
      deadline: z.object({
        text: z.string(),
        kind: z.enum(DEADLINE_KINDS),
        due: isoOfNull,
        uncertain: z.boolean(),
      }),
      owners: z.array(z.string()),
      rag: z.enum(VERKEERSLICHTEN as [string, ...string[]]),
    })
  ),
  findings: z.array(
    z.object({
      cell: z.string(),
      severity: z.enum(SEVERITIES as [string, ...string[]]),
      code: z.string(),
      message: z.string(),
    })
  ),
});

export type ValidateJson = z.infer<typeof validateJsonSchema>;

export function validateJson(rapport: ActielijstRapport): ValidateJson {
  return validateJsonSchema.parse({
    sheet: rapport.sheet,
    peildatum: rapport.peildatum,
    rows: rapport.acties.map((a) => ({
      row: a.row,
      action: a.actie,
      status: a.status,
      deadline: {
        text: a.deadline.text,
        kind: a.deadline.kind,
        due: a.deadline.due,
        uncertain: a.deadline.uncertain,
      },
      owners: a.eigenaren,
      rag: a.verkeerslicht,
    })),
    findings: rapport.findings.map((f) => ({
      cell: f.cell,
      severity: f.severity,
      code: f.code,
      message: bericht(f),
    })),
  });
}
