import { isoFromParts, quarterOf } from "../dates/iso";
import { QUARTER_ORDINALS } from "../dates/vocabulary";
import { alternation } from "../dates/words";
import type { Kwartaal } from "./kwartalen";
import { MAAND, maandNummer } from "./maanden";

/**
 * One pattern per way of writing a quarter in a sheet name. They run on the folded name
 * (lowercase, punctuation as spaces: "Q1'20" is "q1 20", "kwartaal1-2020" is "kwartaal1 2020").
 * `lees` gives the quarter, or null to ignore the match: a day that is no quarter end ("15-3-2020") is
 * a snapshot of a day, not of a quarter, and states none.
 */
export interface KwartaalPatroon {
  regex: RegExp;
  lees: (m: RegExpMatchArray) => Kwartaal | null;
}

const WOORD = "(?:kwartaal|kw|q|k)";
const JAAR = "(\\d{4}|\\d{2})";
const ORDINAAL = alternation(Object.keys(QUARTER_ORDINALS));

export const KWARTAAL_PATRONEN: readonly KwartaalPatroon[] = [
  // "Q1 2020", "Q2-2020", "Q1'20", "K1 2020", "Kwartaal 4 2020", "kwartaal1-2020", "kw 2 2021"
  {
    regex: new RegExp(`\\b${WOORD} ?([1-4]) ${JAAR}\\b`, "g"),
    lees: (m) => kwartaal(m[2], m[1]),
  },
  // "2020 Q3", "2020-Q3", "2020Q3", "2020 kwartaal 3"
  {
    regex: new RegExp(`\\b(\\d{4}) ?${WOORD} ?([1-4])\\b`, "g"),
    lees: (m) => kwartaal(m[1], m[2]),
  },
  // "4e kwartaal 2020", "1e kw 2020", "eerste kwartaal 2020", "2de kwartaal '21"
  {
    regex: new RegExp(`\\b(${ORDINAAL}) (?:kwartaal|kw) ${JAAR}\\b`, "g"),
    lees: (m) => kwartaal(m[2], String(QUARTER_ORDINALS[m[1]])),
  },
  // "2020 4e kwartaal"
  {
    regex: new RegExp(`\\b(\\d{4}) (${ORDINAAL}) (?:kwartaal|kw)\\b`, "g"),
    lees: (m) => kwartaal(m[1], String(QUARTER_ORDINALS[m[2]])),
  },
  // "31-3-2021", "31-03-2021", "31.3.2021", "31 3 2021"
  {
    regex: /\b(\d{1,2}) (\d{1,2}) (\d{4})\b/g,
    lees: (m) => kwartaalUitEinddatum(m[3], m[2], m[1]),
  },
  // "2021-03-31"
  {
    regex: /\b(\d{4}) (\d{1,2}) (\d{1,2})\b/g,
    lees: (m) => kwartaalUitEinddatum(m[1], m[2], m[3]),
  },
  // "31 maart 2021", "31 mrt 2021", "30 jun 2021"
  {
    regex: new RegExp(`\\b(\\d{1,2}) (${MAAND}) (\\d{4})\\b`, "g"),
    lees: (m) => kwartaalUitEinddatum(m[3], String(maandNummer(m[2])), m[1]),
  },
];

function kwartaal(jaarTekst: string, kwartaalTekst: string): Kwartaal | null {
  const jaar = jaarTekst.length === 2 ? 2000 + Number(jaarTekst) : Number(jaarTekst);
  if (jaar < 1990 || jaar > 2199) return null;
  return { jaar, kwartaal: Number(kwartaalTekst) };
}

/** The quarter of a quarter-end date; null for any other day. */
function kwartaalUitEinddatum(jaar: string, maand: string, dag: string): Kwartaal | null {
  const iso = isoFromParts(Number(jaar), Number(maand), Number(dag));
  if (!iso || !/-(03-31|06-30|09-30|12-31)$/.test(iso)) return null;
  const { year, quarter } = quarterOf(iso);
  return kwartaal(String(year), String(quarter));
}
