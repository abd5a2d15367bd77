import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { isoFromParts } from "../core/dates/iso";
import { CliFout } from "./io";

/** YYYY-MM-DD and a real calendar day. */
export const peildatumSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    "De peildatum moet de vorm JJJJ-MM-DD hebben, bijvoorbeeld 2021-02-24."
  )
  .refine(
    (s) =>
      isoFromParts(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null,
    "De peildatum bestaat niet in de kalender."
  );

const bestandSchema = z
  .string()
  .min(1, "Geef een .xlsx-bestand op.")
  .superRefine((p, ctx) => {
    if (!existsSync(p)) ctx.addIssue({ code: "custom", message: `Bestand niet gevonden: ${p}` });
    else if (!statSync(p).isFile())
      ctx.addIssue({ code: "custom", message: `Geen bestand maar een map: ${p}` });
  });

export const gemeenschappelijkSchema = z.object({
  file: bestandSchema,
  peildatum: peildatumSchema,
  json: z.boolean().default(false),
  out: z.string().min(1).optional(),
  register: bestandSchema.optional(),
});

export type GemeenschappelijkeArgs = z.infer<typeof gemeenschappelijkSchema>;

/** Parses with a schema; the first problem becomes the one line the user sees. */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new CliFout(result.error.issues[0]?.message ?? "Ongeldige invoer.");
  const args = result.data as { file?: string; out?: string };
  if (args.out && args.file && resolve(args.out) === resolve(args.file))
    throw new CliFout(
      "--out mag niet het invoerbestand zelf zijn: Regie schrijft altijd een kopie."
    );
  return result.data;
}
