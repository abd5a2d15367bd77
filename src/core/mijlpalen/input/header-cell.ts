import { distance } from "fastest-levenshtein";
import { foldText } from "../../text";
import { recogniseFase, type Fase } from "../fasen/fasen";

/** A milestone: every phase but the first has a date on which it starts. */
export type Mijlpaal = Exclude<Fase, "Nog niet gestart">;

/** What a header cell names, with how sure the match is (higher wins when two cells claim a kind). */
export type KopKolom =
  | { soort: "adresId" | "fase" | "gemeente" | "toelichting" | "resultaat"; zekerheid: number }
  | { soort: "datum"; mijlpaal: Mijlpaal; zekerheid: number };

/** Header cells are short; a long text is data even when it holds a header word. */
const MAX_KOP_LENGTE = 60;

/**
 * The column a header cell names: "Adres-ID" / "Adres ID" / "AdresID" / "BAG-id", "Fase" / "Status
 * fase" / "Huidige fase" (and "Status" as a weak guess), "Gemeente", "Toelichting", "Resultaat
 * beoordeling", "Datum opname" / "Opnamedatum" / "Datum start uitvoering" / "Datum gereed".
 */
export function recogniseHeaderCell(tekst: string): KopKolom | null {
  if (tekst.length > MAX_KOP_LENGTE) return null;
  const folded = foldText(tekst);
  if (folded === "") return null;
  const tokens = folded.split(" ");
  if (tokens.some((t) => t.includes("datum"))) return datumKolom(folded);
  if (isAdresId(tokens.join(""))) return { soort: "adresId", zekerheid: 3 };
  for (const [soort, woorden] of WOORDKOLOMMEN) {
    if (tokens.some((t) => woorden.some((w) => t === w || t.endsWith(w))))
      return { soort, zekerheid: 3 };
  }
  for (const [soort, woorden] of WOORDKOLOMMEN) {
    if (tokens.some((t) => woorden.some((w) => w.length >= 5 && distance(t, w) <= 1)))
      return { soort, zekerheid: 2 };
  }
  if (folded === "status" || folded === "stand") return { soort: "fase", zekerheid: 1 };
  return null;
}

const WOORDKOLOMMEN: readonly [
  "fase" | "gemeente" | "toelichting" | "resultaat",
  readonly string[],
][] = [
  ["resultaat", ["resultaat", "uitkomst", "conclusie"]],
  ["fase", ["fase", "fasen"]],
  ["gemeente", ["gemeente", "gemeentenaam"]],
  ["toelichting", ["toelichting", "opmerking", "opmerkingen", "notitie", "notities"]],
];

const ADRES_ID = ["adresid", "idadres", "bagid", "adrescode", "adresnummer", "nummeraanduidingid"];

function isAdresId(aaneen: string): boolean {
  if (ADRES_ID.includes(aaneen) || aaneen.startsWith("adresid")) return true;
  return distance(aaneen, "adresid") <= 1;
}

/** Words around the milestone in a date header that say nothing about which milestone. */
const VULWOORDEN = new Set(["start", "begin", "van", "de", "gereed", "afgerond", "uitgevoerd"]);

function datumKolom(folded: string): KopKolom | null {
  const rest = folded.replace(/datum/g, " ").replace(/\s+/g, " ").trim();
  let fase = recogniseFase(rest);
  if (fase === null) {
    const kandidaten = new Set(
      rest
        .split(" ")
        .filter((t) => !VULWOORDEN.has(t))
        .map((t) => recogniseFase(t))
    );
    fase = kandidaten.size === 1 ? [...kandidaten][0] : null;
  }
  if (fase === null || fase === "Nog niet gestart") return null;
  return { soort: "datum", mijlpaal: fase, zekerheid: 3 };
}
