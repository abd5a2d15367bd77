import { isIsoDate, type IsoDate } from "../../dates/iso";
import { FASEN } from "../fasen/fasen";
import { telGemeente, type GemeenteGeteld, type GemeenteWerkmap, type RegioFout } from "./gemeente";
import { telRegio } from "./optellen";
import { overBestanden } from "./over-bestanden";
import type { RegioDashboard } from "./schema";

export type RegioUitkomst =
  { ok: true; regio: RegioDashboard } | { ok: false; fouten: RegioFout[] };

/**
 * The region's dashboard from the gemeenten's workbooks: each counted exactly as alone, the region
 * per quarter their sum (a quarter some gemeente lacks names it), and the findings across files.
 * Every workbook that gives no dashboard is a refusal naming it; then there is no region.
 */
export function maakRegioDashboard(
  werkmappen: readonly GemeenteWerkmap[],
  opties: { peildatum: IsoDate }
): RegioUitkomst {
  if (!isIsoDate(opties.peildatum))
    return {
      ok: false,
      fouten: [
        { fout: { code: "peildatum-ongeldig", params: { peildatum: String(opties.peildatum) } } },
      ],
    };
  const geteld: GemeenteGeteld[] = [];
  const fouten: RegioFout[] = [];
  for (const w of werkmappen) {
    const u = telGemeente(w, opties.peildatum);
    if (u.ok) geteld.push(u.gemeente);
    else fouten.push(u.fout);
  }
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, regio: maakRegio(geteld, opties) };
}

/**
 * The region from gemeenten counted one by one (telGemeente, e.g. in a worker as each file is
 * read, its grids let go after): ordered by gemeente, then by workbook, whatever the order given.
 */
export function maakRegio(
  gemeenten: readonly GemeenteGeteld[],
  opties: { peildatum: IsoDate }
): RegioDashboard {
  const volgorde = [...gemeenten].sort(
    (a, b) => a.gemeente.localeCompare(b.gemeente, "nl") || a.bron.localeCompare(b.bron, "nl")
  );
  const bevindingen = overBestanden(volgorde);
  const regio = volgorde.map(({ inhoud: _inhoud, ...g }) => g);
  return {
    peildatum: opties.peildatum,
    fasen: [...FASEN],
    ...telRegio(regio),
    gemeenten: regio,
    bevindingen,
  };
}
