import { datum } from "../core/messages";
import { indeling, type Koppeling, type Verschil } from "../core/actielijst/verschil";
import {
  actieNaam,
  onzekerTekst,
  samenvattingTekst,
  VERSCHIL_KOPPEN,
  wijzigingTekst,
} from "../core/actielijst/verschil-berichten";
import type { ActieVersie } from "../core/actielijst/versie";

const INSPRONG = "          ";

/**
 * The readable Dutch report of `verschil`: a count per list, then new, closed, changed, gone and
 * the matches Regie is unsure of, each action with its row and what changed "van ... naar ...".
 */
export function verschilTekst(
  bestanden: { oud: string; nieuw: string },
  aantallen: { oud: number; nieuw: number },
  peildatum: string,
  v: Verschil
): string {
  const lijsten = indeling(v);
  const regels = [
    `Verschil tussen ${bestanden.oud} (${aantallen.oud} acties) en ${bestanden.nieuw} (${aantallen.nieuw} acties), peildatum ${datum(peildatum)}:`,
    `  ${samenvattingTekst(v)}.`,
  ];
  const blok = (kop: string, n: number, inhoud: string[]) => {
    if (n > 0) regels.push("", `${kop} (${n})`, ...inhoud);
  };
  blok(
    VERSCHIL_KOPPEN.nieuw,
    lijsten.nieuw.length,
    lijsten.nieuw.flatMap((a) => actieRegels(a, ""))
  );
  blok(
    VERSCHIL_KOPPEN.gesloten,
    lijsten.gesloten.length,
    lijsten.gesloten.flatMap(koppelingRegels)
  );
  blok(
    VERSCHIL_KOPPEN.gewijzigd,
    lijsten.gewijzigd.length,
    lijsten.gewijzigd.flatMap(koppelingRegels)
  );
  blok(
    VERSCHIL_KOPPEN.verdwenen,
    lijsten.verdwenen.length,
    lijsten.verdwenen.flatMap((a) => actieRegels(a, ` in ${bestanden.oud}`))
  );
  blok(
    VERSCHIL_KOPPEN.onzeker,
    lijsten.onzeker.length,
    lijsten.onzeker.flatMap((k) => [rijRegel(k.nieuw), `${INSPRONG}${onzekerTekst(k)}`])
  );
  if (
    lijsten.nieuw.length + lijsten.verdwenen.length + v.gekoppeld.filter(heeftWijziging).length ===
    0
  )
    regels.push(
      "",
      "Geen verschillen: dezelfde acties met dezelfde status, deadline en accounthouders."
    );
  return regels.join("\n");
}

function heeftWijziging(k: Koppeling): boolean {
  return k.wijzigingen.length > 0;
}

function rijRegel(a: ActieVersie, waar = ""): string {
  return `  ${`rij ${a.row}`.padEnd(8)}${actieNaam(a)}${waar}`;
}

function actieRegels(a: ActieVersie, waar: string): string[] {
  const eigenaren = a.eigenaren.join(" / ") || "geen accounthouder";
  const status = a.status ?? (a.statusTekst || "geen status");
  return [
    rijRegel(a, waar ? ` (rij ${a.row}${waar})` : "").replace(/ \(rij \d+ in (.+)\)$/, " (in $1)"),
    `${INSPRONG}${[eigenaren, status, a.deadlineTekst || "geen deadline"].join(" · ")}`,
  ];
}

function koppelingRegels(k: Koppeling): string[] {
  const was = k.oud.row === k.nieuw.row ? "" : ` (was rij ${k.oud.row})`;
  return [
    `${rijRegel(k.nieuw)}${was}`,
    ...k.wijzigingen.map((w) => `${INSPRONG}${wijzigingTekst(w)}`),
    ...(k.zeker ? [] : [`${INSPRONG}${onzekerTekst(k)}`]),
  ];
}
