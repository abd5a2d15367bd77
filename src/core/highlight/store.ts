import { z } from "zod";
import { cellText, type CellValue } from "../grid";
import type { Fill } from "./fill";
import type { Markeersoort } from "./targets";

/** Regie's own very hidden sheet that remembers the fills it replaced. */
export const MARKERING_BLAD = "Regie-markeringen";

export const MARKERING_KOP = ["Blad", "Bereik", "Patroon", "Kleur", "Markering"] as const;

/** One remembered unit: the cell or merged area coloured, and the fill it had before. */
export interface Opgeslagen {
  sheet: string;
  address: string;
  origineel: Fill;
  soort: Markeersoort;
}

const Rij = z.tuple([
  z.string().min(1),
  z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/),
  z.string().min(1),
  z.string(),
  z.enum(["overdue", "due-soon"]),
]);

/**
 * Reads the store. Rows that do not parse (someone edited the hidden sheet) are skipped and counted,
 * never guessed at: restoring a wrong fill would be worse than leaving one.
 */
export function readStore(values: readonly (readonly CellValue[])[]): {
  items: Opgeslagen[];
  overgeslagen: number;
} {
  const items: Opgeslagen[] = [];
  let overgeslagen = 0;
  values.slice(1).forEach((row) => {
    if (row.every((v) => cellText(v) === "")) return;
    const parsed = Rij.safeParse(row.slice(0, 5).map((v) => cellText(v)));
    if (!parsed.success) {
      overgeslagen++;
      return;
    }
    const [sheet, address, pattern, color, soort] = parsed.data;
    items.push({ sheet, address, origineel: { pattern, color }, soort });
  });
  return { items, overgeslagen };
}

/**
 * The store's rows, its header carrying a version in F1 that every rewrite raises: a writer that
 * read version n guards F1 = n, so a rewrite by another pane in between is refused, not overwritten.
 */
export function writeStore(items: readonly Opgeslagen[], versie = 1): CellValue[][] {
  return [
    [...MARKERING_KOP, versie],
    ...items.map((i) => [i.sheet, i.address, i.origineel.pattern, i.origineel.color, i.soort, ""]),
  ];
}

/** The cell that holds the store's version. */
export const VERSIE_CEL = "F1";

/** The version a read store carries (0 for one written before versions, or none). */
export function storeVersie(values: readonly (readonly CellValue[])[]): number {
  const v = values[0]?.[5];
  return typeof v === "number" && Number.isInteger(v) ? v : 0;
}
