import type { IsoDate } from "../../dates/iso";
import type { Adresregister } from "../input/adresregister";
import type { MijlpaalBevinding } from "../codes";
import { kwartaalEinde } from "../kwartalen";
import type { Momentopname } from "../input/momentopname";
import { doorstroomMomentopnamen } from "./doorstroom";
import type { Doorstroom, KwartaalTelling, Terugval, TotaalVerschil } from "../dashboard-schema";
import { kwartaalTelling, legeTellers, type Gemeenten } from "./counters";
import { vergelijk } from "./vergelijk";

export interface Draaitabel {
  /** One row per snapshot, oldest first; the quarter of the peildatum is marked lopend. */
  tellingen: KwartaalTelling[];
  regressions: Terugval[];
  totaalVerschil: TotaalVerschil[];
  /** Per pair of consecutive snapshots: who moved from which phase to which. */
  doorstroom: Doorstroom[];
  bevindingen: MijlpaalBevinding[];
}

/**
 * The pivot of snapshot sheets (one per quarter, oldest first): addresses per phase per quarter,
 * addresses whose phase goes back between consecutive sheets, who moved where, and for every change of the set of
 * addresses which came and which went. One walk over the address numbers per sheet.
 */
export function telPerKwartaal(
  opnamen: readonly Momentopname[],
  ctx: { register: Adresregister; gemeenten: Gemeenten; peildatum: IsoDate }
): Draaitabel {
  const tabel: Draaitabel = {
    tellingen: [],
    regressions: [],
    totaalVerschil: [],
    doorstroom: [],
    bevindingen: [],
  };
  opnamen.forEach((opname, i) => {
    tabel.tellingen.push(telOpname(opname, ctx));
    const vorige = opnamen[i - 1];
    if (!vorige) return;
    vergelijk(vorige, opname, ctx.register, tabel);
    const rijen = { vorig: tabel.tellingen[i - 1], nu: tabel.tellingen[i] };
    tabel.doorstroom.push(doorstroomMomentopnamen(vorige, opname, ctx.register, rijen));
  });
  return tabel;
}

function telOpname(
  opname: Momentopname,
  ctx: { register: Adresregister; gemeenten: Gemeenten; peildatum: IsoDate }
): KwartaalTelling {
  const tellers = legeTellers(ctx.gemeenten.namen.length);
  const { fasen, gemeenten } = opname.stand;
  for (let nummer = 0; nummer < fasen.length; nummer++)
    if (fasen[nummer] >= 0) tellers[gemeenten[nummer]][fasen[nummer]]++;
  const einde = kwartaalEinde(opname.periode);
  const lopend = einde > ctx.peildatum;
  const rij = { label: opname.kwartaal, end: lopend ? ctx.peildatum : einde, lopend };
  return kwartaalTelling(rij, tellers, ctx.gemeenten);
}
