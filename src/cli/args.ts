import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { isoFromParts } from "../core/dates/iso";
import { CliFout } from "./io";

/** 24-02-2021 (as the secretariaat writes dates, also 24-2-2021) or 2021-02-24. */
const NEDERLANDS = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, written Dutch or ISO; the result is always YYYY-MM-DD. */
export const peildatumSchema = z.string().transform((tekst, ctx) => {
  const nl = NEDERLANDS.exec(tekst);
  const iso = ISO.exec(tekst);
  const delen = nl ? [nl[3], nl[2], nl[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!delen) {
    ctx.addIssue({
      code: "custom",
      message: `De peildatum "${tekst}" moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben, bijvoorbeeld 24-02-2021.`,
    });
    return z.NEVER;
  }
  const [jaar, maand, dag] = delen.map(Number);
  const datum = isoFromParts(jaar, maand, dag);
  if (datum === null) {
    ctx.addIssue({
      code: "custom",
      message: `De peildatum ${tekst} bestaat niet in de kalender.`,
    });
    return z.NEVER;
  }
  return datum;
});

const bestandSchema = z
  .string()
  .min(1, "Geef een .xlsx-bestand op.")
  .superRefine((p, ctx) => {
    if (!existsSync(p)) ctx.addIssue({ code: "custom", message: `Bestand niet gevonden: ${p}` });
    else if (!statSync(p).isFile())
      ctx.addIssue({ code: "custom", message: `Geen bestand maar een map: ${p}` });
  });

/** Where --out writes its copy: a file name in a folder that exists. */
const kopieSchema = z
  .string()
  .min(1, "De optie --out heeft een bestandsnaam nodig.")
  .superRefine((p, ctx) => {
    const map = dirname(resolve(p));
    if (!existsSync(map) || !statSync(map).isDirectory())
      ctx.addIssue({ code: "custom", message: `De map voor --out bestaat niet: ${map}` });
    else if (existsSync(p) && statSync(p).isDirectory())
      ctx.addIssue({ code: "custom", message: `--out is een map, geen bestand: ${p}` });
  });

export const gemeenschappelijkSchema = z.object({
  file: bestandSchema,
  peildatum: peildatumSchema,
  json: z.boolean().default(false),
  out: kopieSchema.optional(),
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
