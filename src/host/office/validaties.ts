import type { Gebied } from "../../app/ports";
import { parseArea } from "../../core/address";
import { validatieSchema, type CelValidatie, type Validatie } from "../../core/validatie";
import type { DataValidationLike, ExcelContext } from "./excel-types";

const EIGENSCHAPPEN = "type,rule,prompt,errorAlert,ignoreBlanks";

/**
 * Each area's data validation per cell. Excel answers a range's DataValidation as one: its
 * properties read null where the cells differ, and `type` says "Inconsistent" or "MixedCriteria"
 * (DataValidationType, Office.js reference). So the first sync loads each area as a whole; only
 * areas that are not uniform are loaded again cell by cell, all in one second sync.
 */
export async function readValidaties(
  context: ExcelContext,
  gebieden: readonly Gebied[]
): Promise<CelValidatie[][][]> {
  const geheel = gebieden.map((g) =>
    context.workbook.worksheets
      .getItem(g.sheet)
      .getRange(g.address)
      .dataValidation.load(EIGENSCHAPPEN)
  );
  await context.sync();
  const perCel = gebieden.map((g, i) => {
    if (uniform(geheel[i])) return null;
    const area = parseArea(g.address);
    if (!area) throw new RangeError(`Regie: geen geldig celadres: ${g.address}`);
    const sheet = context.workbook.worksheets.getItem(g.sheet);
    return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
      Array.from({ length: area.right - area.left + 1 }, (_, c) =>
        sheet
          .getRangeByIndexes(area.top + r, area.left + c, 1, 1)
          .dataValidation.load(EIGENSCHAPPEN)
      )
    );
  });
  if (perCel.some((p) => p !== null)) await context.sync();
  return gebieden.map((g, i) => {
    const cellen = perCel[i];
    if (cellen) return cellen.map((rij) => rij.map(alsValidatie));
    const area = parseArea(g.address)!;
    const een = alsValidatie(geheel[i]);
    return Array.from({ length: area.bottom - area.top + 1 }, () =>
      Array.from({ length: area.right - area.left + 1 }, () => een)
    );
  });
}

function uniform(v: DataValidationLike): boolean {
  return (
    v.type !== "Inconsistent" &&
    v.type !== "MixedCriteria" &&
    [v.rule, v.prompt, v.errorAlert, v.ignoreBlanks].every((p) => p !== null && p !== undefined)
  );
}

/**
 * One uniform DataValidation as a cell's validation: none when it has no rule and no prompt or
 * alert text; otherwise what it reports (a rule Excel reports in a shape Regie does not know is
 * kept as reported, so it goes back as it came).
 */
function alsValidatie(v: DataValidationLike): CelValidatie {
  const rule = (v.rule ?? {}) as Record<string, Record<string, unknown>>;
  const leeg =
    v.type === "None" &&
    [v.prompt?.message, v.prompt?.title, v.errorAlert?.message, v.errorAlert?.title].every(
      (t) => !t
    );
  if (leeg) return null;
  const r = validatieSchema.safeParse({
    rule: v.type === "None" ? {} : rule,
    prompt: v.prompt,
    errorAlert: v.errorAlert,
    ignoreBlanks: v.ignoreBlanks,
  });
  if (!r.success) throw new RangeError(`Regie: onbekende gegevensvalidatie (${v.type})`);
  return r.data;
}

/** Replaces the range's validation: cleared first (a rule over differing cells is refused, office-js#2594). */
export function queueValidatie(v: DataValidationLike, validatie: Validatie | null): void {
  v.clear();
  if (!validatie) return;
  if (Object.keys(validatie.rule).length > 0) v.rule = validatie.rule;
  v.prompt = validatie.prompt;
  v.errorAlert = validatie.errorAlert;
  v.ignoreBlanks = validatie.ignoreBlanks;
}
