import type { Adresregister } from "../input/adresregister";
import { NIET_IN_LIJST, ZONDER_FASE } from "../input/adresregister";
import { FASEN } from "../fasen/fasen";
import type { Momentopname } from "../input/momentopname";
import {
  BUITEN_NA,
  BUITEN_VOOR,
  type Bestemming,
  type Beweging,
  type Doorstroom,
  type Herkomst,
} from "../dashboard-schema";
import type { Stap, Tijdlijn } from "../input/tijdlijn";

/** A row of the dashboard as the movement table names it. */
export interface DoorstroomRij {
  label: string;
  end: string;
  lopend: boolean;
}

/**
 * Where every address of two consecutive snapshot sheets went: phase to phase, and explicitly
 * into the counts (new in the list, or before without a readable phase) and out of them (no longer
 * in the list, or now without a readable phase). Addresses are matched by their number in the
 * register, so by Adres-ID as the counting matches them. One walk over the address numbers.
 */
export function doorstroomMomentopnamen(
  vorige: Momentopname,
  nu: Momentopname,
  register: Adresregister,
  rijen: { vorig: DoorstroomRij; nu: DoorstroomRij }
): Doorstroom {
  const teller = new Stroomteller();
  for (let nummer = 0; nummer < register.aantal; nummer++)
    teller.tel(vorige.stand.plek(nummer), nu.stand.plek(nummer));
  return teller.doorstroom(rijen.vorig, rijen.nu);
}

/**
 * The same table from milestone dates: an address's phase at each counted day is its last step
 * on or before that day (so it follows from its dates), then every consecutive pair of days is
 * counted. Every address of the milestone layout is in every quarter, so nothing comes or goes.
 * Linear in steps plus days per address.
 */
export function doorstroomTijdlijnen(
  tijdlijnen: readonly Tijdlijn[],
  punten: readonly DoorstroomRij[]
): Doorstroom[] {
  const tellers = punten.slice(1).map(() => new Stroomteller());
  for (const { stappen } of tijdlijnen) {
    let vorige = faseOpPunt(stappen, punten[0]?.end ?? "", 0);
    let stap = vorige.stap;
    for (let p = 1; p < punten.length; p++) {
      const nu = faseOpPunt(stappen, punten[p].end, stap);
      tellers[p - 1].tel(vorige.fase, nu.fase);
      vorige = nu;
      stap = nu.stap;
    }
  }
  return tellers.map((t, i) => t.doorstroom(punten[i], punten[i + 1]));
}

/** The phase on `dag`, walking on from step `vanaf`; the next step to look at comes back too. */
function faseOpPunt(
  stappen: readonly Stap[],
  dag: string,
  vanaf: number
): { fase: number; stap: number } {
  let stap = vanaf;
  while (stap < stappen.length && stappen[stap].datum <= dag) stap++;
  return { fase: stap === 0 ? 0 : stappen[stap - 1].fase, stap };
}

/** Moves between two quarters, by place + 2: 0 not in the list, 1 without phase, 2... the phases. */
class Stroomteller {
  private readonly tellers = Array.from({ length: FASEN.length + 2 }, () =>
    new Array<number>(FASEN.length + 2).fill(0)
  );

  /** One address: its place before and after (a phase index, ZONDER_FASE or NIET_IN_LIJST). */
  tel(was: number, is: number): void {
    this.tellers[was + 2][is + 2]++;
  }

  doorstroom(vorig: DoorstroomRij, nu: DoorstroomRij): Doorstroom {
    const matrix = FASEN.map((_f, van) => FASEN.map((_t, naar) => this.tellers[van + 2][naar + 2]));
    const bewegingen: (Beweging & { groep: number; v: number; n: number })[] = [];
    this.tellers.forEach((rij, v) =>
      rij.forEach((aantal, n) => {
        if (aantal === 0 || v === n) return;
        const groep = (v < 2 ? 1 : 0) + (n < 2 ? 2 : 0);
        bewegingen.push({ from: voor(v), to: na(n), aantal, groep, v, n });
      })
    );
    // Out of the counts: first "now without phase" (still listed), then "no longer in the list".
    const naarRang = (n: number) => (n < 2 ? 9 - n : n);
    bewegingen.sort((a, b) => a.groep - b.groep || a.v - b.v || naarRang(a.n) - naarRang(b.n));
    const voltooid = FASEN.length - 1;
    return {
      vorigKwartaal: vorig.label,
      quarter: nu.label,
      end: nu.end,
      lopend: nu.lopend,
      matrix,
      bewegingen: bewegingen.map(({ from, to, aantal }) => ({ from, to, aantal })),
      voltooidBereikt: matrix.reduce(
        (som, rij, van) => som + (van < voltooid ? rij[voltooid] : 0),
        0
      ),
    };
  }
}

function voor(plek: number): Herkomst {
  if (plek >= 2) return FASEN[plek - 2];
  return plek === NIET_IN_LIJST + 2 ? BUITEN_VOOR[0] : BUITEN_VOOR[1];
}

function na(plek: number): Bestemming {
  if (plek >= 2) return FASEN[plek - 2];
  return plek === ZONDER_FASE + 2 ? BUITEN_NA[0] : BUITEN_NA[1];
}
