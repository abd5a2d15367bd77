import type { WorkbookSummary } from "./ports";
import { refused, type Outcome } from "./outcome";

/**
 * How much Regie reads, so that an odd sheet (a stray value in row 1,000,000) is refused at once
 * instead of hanging the pane: far above any real action list or the programme's 28,000 addresses.
 */
export const GRENZEN = {
  actielijstRijen: 100_000,
  adresRijenPerBlad: 250_000,
  adresRijenTotaal: 2_000_000,
} as const;

/** A refusal when a sheet is too large to read, before anything is read or written. */
export function teGroot(
  summary: WorkbookSummary,
  bladen: readonly string[],
  perBlad: number,
  totaal = Infinity
): Outcome<never> | null {
  const rijen = bladen.map((b) => ({
    b,
    n: summary.sheets.find((s) => s.name === b)?.rowCount ?? 0,
  }));
  const groot = rijen.find((r) => r.n > perBlad);
  if (groot) return refused("te-groot", { blad: groot.b, rijen: groot.n, grens: perBlad });
  const som = rijen.reduce((s, r) => s + r.n, 0);
  if (som > totaal) return refused("te-groot", { rijen: som, grens: totaal });
  return null;
}
