import type { Adresregister } from "../input/adresregister";
import { bevinding } from "../codes";
import { FASEN } from "../fasen/fasen";
import { kwartaalLabel, kwartaalNummer, uitNummer } from "../kwartalen";
import { faseCel, type Momentopname } from "../input/momentopname";
import type { Draaitabel } from "./momentopnamen-pivot";

/** Regressions, addresses come and gone, and quarters missing between two snapshots. */
export function vergelijk(
  vorige: Momentopname,
  nu: Momentopname,
  register: Adresregister,
  tabel: Draaitabel
): void {
  const added: string[] = [];
  const gone: string[] = [];
  for (let nummer = 0; nummer < register.aantal; nummer++) {
    const [was, is] = [vorige.stand.fase(nummer), nu.stand.fase(nummer)];
    if (was === is) continue;
    if (was < 0) added.push(register.teksten[nummer]);
    else if (is < 0) gone.push(register.teksten[nummer]);
    else if (is < was) meldTerugval(vorige, nu, { nummer, was, is, register }, tabel);
  }
  if (added.length > 0 || gone.length > 0) meldVerschil(vorige, nu, { added, gone }, tabel);
  for (let n = kwartaalNummer(vorige.periode) + 1; n < kwartaalNummer(nu.periode); n++) {
    const params = {
      kwartaal: kwartaalLabel(uitNummer(n)),
      vorig: vorige.kwartaal,
      volgend: nu.kwartaal,
    };
    tabel.bevindingen.push(
      bevinding("kwartaal-ontbreekt", { sheet: nu.sheet, cell: "A1" }, params)
    );
  }
}

function meldTerugval(
  vorige: Momentopname,
  nu: Momentopname,
  {
    nummer,
    was,
    is,
    register,
  }: { nummer: number; was: number; is: number; register: Adresregister },
  tabel: Draaitabel
): void {
  const [from, to, adresId] = [FASEN[was], FASEN[is], register.teksten[nummer]];
  const plek = { sheet: nu.sheet, cell: faseCel(nu, nummer) };
  tabel.regressions.push({ adresId, from, to, quarter: nu.kwartaal, ...plek });
  const params = { van: from, naar: to, kwartaal: nu.kwartaal, vorigKwartaal: vorige.kwartaal };
  tabel.bevindingen.push(bevinding("fase-terug", plek, params, adresId));
}

function meldVerschil(
  vorige: Momentopname,
  nu: Momentopname,
  { added, gone }: { added: string[]; gone: string[] },
  tabel: Draaitabel
): void {
  const [vorig, nieuw] = [vorige.aantal, nu.aantal];
  tabel.totaalVerschil.push({
    quarter: nu.kwartaal,
    vorigKwartaal: vorige.kwartaal,
    vorig,
    nu: nieuw,
    added,
    gone,
  });
  const params = {
    kwartaal: nu.kwartaal,
    vorigKwartaal: vorige.kwartaal,
    vorig,
    nu: nieuw,
    erbij: added.length,
    weg: gone.length,
  };
  tabel.bevindingen.push(bevinding("totaal-veranderd", { sheet: nu.sheet, cell: "A1" }, params));
}
