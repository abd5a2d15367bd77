import type { IsoDate } from "../dates/iso";
import { datumsInTekst, type DatumInTekst } from "./datums";
import { zinnenVan } from "./zinnen";

/** The date of the next meeting, which "voor het volgende DUO" means. */
export interface VolgendeVergadering {
  datum: IsoDate;
  /** Given by the user (the CLI's --volgende-vergadering, the pane's field), or read in the verslag. */
  bron: "gebruiker" | "verslag";
  /**
   * Said as a fact ("Het volgende DUO is op 10 februari 2021", "het DUO van 10 februari wordt
   * verplaatst naar 11 februari") or given by the user; unsure when only implied or proposed.
   */
  zeker: boolean;
  /** The sentence of the verslag it was read from. */
  zin?: string;
  /** A proposed move ("kan worden verplaatst naar 11 februari"): the date it may go to. */
  misschien?: IsoDate;
}

/**
 * The next meeting as the verslag says it, most certain first:
 *  1. a move said as a fact: "het DUO van 10 februari wordt verplaatst naar 11 februari" -> 11 feb;
 *  2. a statement: "Het volgende DUO is op 10 februari 2021", "Volgende vergadering: 10-2-2021";
 *  3. a move only proposed: "zal gekeken worden of het DUO van 10 februari verplaatst kan worden
 *     naar 11 februari" -> 10 feb (it stands until moved), unsure, 11 feb as the possible date;
 *  4. a later meeting mentioned in passing: "in het DUO van 24 februari" -> the earliest, unsure.
 * Only days after the meeting count; a day without its year is the first such day after it.
 * Null when the verslag names none.
 */
export function volgendeVergaderingIn(
  tekst: string,
  vergadering: IsoDate
): VolgendeVergadering | null {
  const kandidaten: (VolgendeVergadering & { rang: number })[] = [];
  for (const zin of zinnenVan(tekst)) {
    const datums = datumsInTekst(zin.tekst, vergadering).filter((d) => d.datum > vergadering);
    if (datums.length === 0) continue;
    const voorlopig = VOORLOPIG.test(zin.tekst);
    const verplaatst = verplaatsing(zin.tekst, datums);
    if (verplaatst) {
      kandidaten.push(
        voorlopig
          ? {
              datum: (verplaatst.van ?? verplaatst.naar).datum,
              ...(verplaatst.van && { misschien: verplaatst.naar.datum }),
              bron: "verslag",
              zeker: false,
              zin: zin.tekst,
              rang: 3,
            }
          : { datum: verplaatst.naar.datum, bron: "verslag", zeker: true, zin: zin.tekst, rang: 1 }
      );
      continue;
    }
    if (VOLGENDE.test(zin.tekst)) {
      kandidaten.push({
        datum: datums[0].datum,
        bron: "verslag",
        zeker: !voorlopig,
        zin: zin.tekst,
        rang: voorlopig ? 3 : 2,
      });
      continue;
    }
    for (const d of datums)
      if (VERGADERING_OP.test(zin.tekst.slice(Math.max(0, d.index - 40), d.index)))
        kandidaten.push({ datum: d.datum, bron: "verslag", zeker: false, zin: zin.tekst, rang: 4 });
  }
  if (kandidaten.length === 0) return null;
  const hoogste = Math.min(...kandidaten.map((k) => k.rang));
  const beste = kandidaten
    .filter((k) => k.rang === hoogste)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const eens = beste.every((k) => k.datum === beste[0].datum);
  const { rang, ...gekozen } = beste[0];
  void rang;
  return { ...gekozen, zeker: gekozen.zeker && eens };
}

/** Words that make a sentence a proposal, not a fact: "kan", "mogelijk", "wordt gekeken of". */
const VOORLOPIG =
  /\b(?:kan|kunnen|zou|zouden|mogelijk|wellicht|misschien|eventueel|gekeken|bekeken|onderzocht|nagegaan|voorstel|voorgesteld|verzoek|waarschijnlijk|onder voorbehoud)\b|\?/i;

/** "het volgende DUO", "de volgende vergadering", "Volgende bijeenkomst:". */
const VOLGENDE = /\bvolgende?\s+(?:duo|duo-overleg|vergadering|overleg|bijeenkomst)\b/i;

/** Just before a date: "het DUO van", "de vergadering op", "DUO d.d.". */
const VERGADERING_OP =
  /\b(?:duo|duo-overleg|vergadering|overleg)\s+(?:van|op|d\.\s?d\.)\s+(?:\p{L}+dag\s+)?$/iu;

/** "van D1 ... verplaatst ... naar D2", or only "verplaatst naar D2". */
function verplaatsing(
  zin: string,
  datums: readonly DatumInTekst[]
): { van: DatumInTekst | null; naar: DatumInTekst } | null {
  if (!/\bverplaats/i.test(zin)) return null;
  const naar = datums.find((d) => /\bnaar\s+(?:\p{L}+dag\s+)?$/iu.test(zin.slice(0, d.index)));
  if (!naar) return null;
  const van = datums.find((d) => d !== naar && d.index < naar.index) ?? null;
  return { van, naar };
}
