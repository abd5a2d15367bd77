import { z } from "zod";
import { hostDetail, HostError, type ExcelAnswer } from "../../app/ports";

/**
 * What Excel hands back is checked at this boundary before Regie trusts it: cell values as
 * `range.values` gives them, fills from getCellProperties, hidden rows from getRowProperties.
 */
const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ValuesAnswer = z.array(z.array(Cell));

export const TextsAnswer = z.array(z.array(z.string()));

const CellFill = z.object({
  format: z
    .object({
      fill: z.object({ color: z.string().optional(), pattern: z.string().optional() }).optional(),
    })
    .optional(),
});
export const FillsAnswer = z.array(z.array(CellFill));

export const RowsAnswer = z.array(z.object({ rowHidden: z.boolean().nullish() }));

/** Parses an answer; anything unexpected is a HostError("unreadable") rather than a wrong result. */
export function parseAnswer<S extends z.ZodType>(
  schema: S,
  answer: unknown,
  what: ExcelAnswer,
  sheet: string
): z.output<S> {
  const result = schema.safeParse(answer);
  if (result.success) return result.data;
  throw new HostError("unreadable", hostDetail("answer-not-understood", { answer: what, sheet }));
}
