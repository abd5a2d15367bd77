import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { isoFromParts } from "../core/dates/iso";
import { uitvoerWeigering } from "../host/xlsx/safe-output";
import { uitvoerTekst } from "./errors";
import { CliError } from "./io";

/** 24-02-2021 (as the secretariaat writes dates, also 24-2-2021) or 2021-02-24. */
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar day, written Dutch or ISO; the result is always YYYY-MM-DD. `wat` names the date
 * in the message ("De peildatum", "De datum bij --sinds").
 */
export const datumSchema = (wat: string) =>
  z.string().transform((text, ctx) => {
    const nl = DUTCH_DATE.exec(text);
    const iso = ISO.exec(text);
    const parts = nl ? [nl[3], nl[2], nl[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
    if (!parts) {
      ctx.addIssue({
        code: "custom",
        message: `${wat} "${text}" moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben, bijvoorbeeld 24-02-2021.`,
      });
      return z.NEVER;
    }
    const [year, month, day] = parts.map(Number);
    const date = isoFromParts(year, month, day);
    if (date === null) {
      ctx.addIssue({
        code: "custom",
        message: `${wat} ${text} bestaat niet in de kalender.`,
      });
      return z.NEVER;
    }
    return date;
  });

export const peildatumSchema = datumSchema("De peildatum");

export const fileSchema = z
  .string()
  .min(1, "Geef een .xlsx-bestand op.")
  .superRefine((p, ctx) => {
    if (!existsSync(p)) ctx.addIssue({ code: "custom", message: `Bestand niet gevonden: ${p}` });
    else if (!statSync(p).isFile())
      ctx.addIssue({ code: "custom", message: `Geen bestand maar een map: ${p}` });
  });

/** Where --out writes its copy: a file name in a folder that exists. */
export const copySchema = z
  .string()
  .min(1, "De optie --out heeft een bestandsnaam nodig.")
  .superRefine((p, ctx) => {
    const folder = dirname(resolve(p));
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      ctx.addIssue({
        code: "custom",
        message: `Niet geschreven: de map voor --out bestaat niet: ${folder}. Er is niets geschreven.`,
      });
    else if (existsSync(p) && statSync(p).isDirectory())
      ctx.addIssue({
        code: "custom",
        message: `Niet geschreven: --out is een map, geen bestand: ${p}. Er is niets geschreven.`,
      });
  });

export const commonSchema = z.object({
  file: fileSchema,
  peildatum: peildatumSchema,
  json: z.boolean().default(false),
  out: copySchema.optional(),
  register: fileSchema.optional(),
  overschrijf: z.boolean().default(false),
});

export type CommonArgs = z.infer<typeof commonSchema>;

/** Every option or argument that names a file Regie reads: --out may be none of them. */
const INVOER = ["file", "register", "oud", "nieuw", "verslag", "actielijst"] as const;

/**
 * Parses with a schema; the first problem becomes the one line the user sees. A copy (--out) that
 * would land on an input file (any of INVOER: the list, --register, both versions of verschil,
 * the verslag), or on an existing file without --overschrijf, is refused here, before anything is
 * read or written.
 */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new CliError(result.error.issues[0]?.message ?? "Ongeldige invoer.");
  const args = result.data as Partial<Record<(typeof INVOER)[number] | "out", string>> & {
    overschrijf?: boolean;
  };
  if (args.out) {
    const inputs = INVOER.map((k) => args[k]).filter((p): p is string => !!p);
    const refusal = uitvoerWeigering(args.out, inputs, args.overschrijf ?? false);
    if (refusal) throw new CliError(uitvoerTekst(refusal));
  }
  return result.data;
}
