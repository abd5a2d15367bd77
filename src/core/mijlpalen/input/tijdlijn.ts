import type { IsoDate } from "../../dates/iso";
import { FASEN, type Fase } from "../fasen/fasen";

/** From `datum` on, the address is in phase `fase` (an index into FASEN). */
export interface Stap {
  datum: IsoDate;
  fase: number;
}

/** An address of the milestone layout: its phase over time, computed once. */
export interface Tijdlijn {
  adresId: string;
  gemeente: number;
  /** Dates rising, phases rising; before the first step the address has not started. */
  stappen: Stap[];
}

/**
 * The steps of an address's phase: on any day it is in the furthest milestone, in phase order,
 * dated on or before that day. Dates out of order are not reordered: an early Datum voltooid makes
 * the address Voltooid from that day, whatever the other dates say.
 */
export function maakStappen(mijlpalen: readonly Stap[]): Stap[] {
  const opDatum = [...mijlpalen].sort((a, b) =>
    a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.fase - b.fase
  );
  const stappen: Stap[] = [];
  let hoogste = 0;
  for (const m of opDatum) {
    if (m.fase <= hoogste) continue;
    hoogste = m.fase;
    const laatste = stappen[stappen.length - 1];
    if (laatste && laatste.datum === m.datum) laatste.fase = m.fase;
    else stappen.push({ datum: m.datum, fase: m.fase });
  }
  return stappen;
}

/** The phase on a day: the last step dated on or before it. */
export function faseOp(stappen: readonly Stap[], datum: IsoDate): Fase {
  let fase = 0;
  for (const stap of stappen) {
    if (stap.datum > datum) break;
    fase = stap.fase;
  }
  return FASEN[fase];
}
