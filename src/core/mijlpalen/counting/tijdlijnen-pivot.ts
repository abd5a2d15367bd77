import type { IsoDate } from "../../dates/iso";
import { FASEN } from "../fasen/fasen";
import type { KwartaalTelling } from "../dashboard-schema";
import { kwartaalTelling, legeTellers, type Gemeenten, type Tellers } from "./counters";
import type { Tijdlijn } from "../input/tijdlijn";

export interface Telpunt {
  label: string;
  /** The day counted; the points rise. */
  end: IsoDate;
  lopend: boolean;
}

/**
 * Addresses per phase on each point, from the timelines: every step adds its address to its phase
 * and takes it from the previous one from the first point on or after its date, and a running sum
 * over the points gives the counts. Linear in steps plus points: no point rescans the addresses.
 */
export function telTijdlijnen(
  tijdlijnen: readonly Tijdlijn[],
  punten: readonly Telpunt[],
  gemeenten: Gemeenten
): KwartaalTelling[] {
  if (punten.length === 0) return [];
  const dagen = punten.map((p) => p.end);
  const delta = punten.map(() => legeTellers(gemeenten.namen.length));
  for (const { gemeente, stappen } of tijdlijnen) {
    delta[0][gemeente][0]++;
    let vorige = 0;
    for (const stap of stappen) {
      const punt = eerstePuntVanaf(dagen, stap.datum);
      if (punt === dagen.length) break;
      delta[punt][gemeente][stap.fase]++;
      delta[punt][gemeente][vorige]--;
      vorige = stap.fase;
    }
  }
  const stand = legeTellers(gemeenten.namen.length);
  return punten.map((punt, i) => {
    tel(stand, delta[i]);
    return kwartaalTelling(punt, stand, gemeenten);
  });
}

/** The index of the first day on or after `datum` (binary search); dagen.length when none. */
function eerstePuntVanaf(dagen: readonly IsoDate[], datum: IsoDate): number {
  let laag = 0;
  let hoog = dagen.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >> 1;
    if (dagen[midden] < datum) laag = midden + 1;
    else hoog = midden;
  }
  return laag;
}

function tel(stand: Tellers, erbij: Tellers): void {
  for (let g = 0; g < stand.length; g++)
    for (let f = 0; f < FASEN.length; f++) stand[g][f] += erbij[g][f];
}
