import { z } from "zod";
import { cellText, type CellValue } from "./grid";

/**
 * A cell's data validation as Excel reports it (Range.dataValidation, ExcelApi 1.8): the rule (one
 * kind, such as `{list: {inCellDropDown, source}}`; `{}` for a prompt without a rule), the prompt,
 * the error alert and whether blanks are ignored. Kept whole, so that putting it back is exact.
 */
export const validatieSchema = z.object({
  rule: z.record(z.string(), z.record(z.string(), z.unknown())),
  prompt: z.object({ message: z.string(), showPrompt: z.boolean(), title: z.string() }),
  errorAlert: z.object({
    message: z.string(),
    showAlert: z.boolean(),
    style: z.string(),
    title: z.string(),
  }),
  ignoreBlanks: z.boolean(),
});

export type Validatie = z.infer<typeof validatieSchema>;

/** A cell's validation, or none. */
export type CelValidatie = Validatie | null;

/** As the Wijzigingslog holds it: "" for none, else the validation as JSON (keys in a fixed order). */
export function validatieTekst(v: CelValidatie): string {
  return v === null ? "" : vasteJson(v);
}

/** A log cell read back: the validation, null for none, undefined when it is not one Regie wrote. */
export function leesValidatieTekst(waarde: CellValue): CelValidatie | undefined {
  const tekst = cellText(waarde);
  if (tekst === "") return null;
  try {
    const r = validatieSchema.safeParse(JSON.parse(tekst));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

export function zelfdeValidatie(a: CelValidatie, b: CelValidatie): boolean {
  return validatieTekst(a) === validatieTekst(b);
}

/** JSON with every object's keys sorted: two equal validations give the same text. */
function vasteJson(waarde: unknown): string {
  return JSON.stringify(waarde, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))
        )
      : v
  );
}
