import { isoFromParts, quarterEnd, quarterOf } from "../iso";
import { foldText } from "../../text";
import { QUARTER_ORDINALS, QUARTER_WORDS } from "../vocabulary";
import { alternation, MONTH_WORD, monthNumber } from "../words";

/** A quarter a sheet name states: 2020 and 1 is January to March 2020. */
export interface NamedQuarter {
  year: number;
  quarter: number;
}

/**
 * The quarter a sheet name states, in any form people use ("Q1 2020", "Q2-2020", "2020 Q3",
 * "Kwartaal 4 2020", "4e kwartaal 2020", "Q1'20", "K1 2020", "1e kw 2020", "kwartaal1-2020") or a
 * quarter-end date ("31-3-2021", "2021-03-31", "31 maart 2021"). Words around it are fine ("Stand
 * Q1 2020"). null when no quarter is stated, or when the name states two different ones. Unlike a
 * deadline, a sheet name states its year: "Q1" alone is no quarter, and there is no peildatum.
 */
export function quarterFromSheetName(name: string): NamedQuarter | null {
  const text = foldText(name);
  const found = new Set<number>();
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      const q = pattern.read(m);
      if (q) found.add(q.year * 4 + q.quarter - 1);
    }
  }
  if (found.size !== 1) return null;
  const [n] = found;
  return { year: Math.floor(n / 4), quarter: (n % 4) + 1 };
}

/**
 * One pattern per way of writing a quarter in a sheet name. They run on the folded name
 * (lowercase, punctuation as spaces: "Q1'20" is "q1 20", "kwartaal1-2020" is "kwartaal1 2020").
 * `read` gives the quarter, or null to ignore the match: a day that is no quarter end ("15-3-2020")
 * is a snapshot of a day, not of a quarter, and states none.
 */
interface Pattern {
  regex: RegExp;
  read: (m: RegExpMatchArray) => NamedQuarter | null;
}

/** The deadline parsers' quarter words, and the letters a sheet name uses: "Q1", "K1". */
const WORD = `(?:${alternation([...QUARTER_WORDS, "q", "k"])})`;
const YEAR = "(\\d{4}|\\d{2})";
const ORDINAL = alternation(Object.keys(QUARTER_ORDINALS));
const KWARTAAL = `(?:${alternation(QUARTER_WORDS)})`;

const PATTERNS: readonly Pattern[] = [
  // "Q1 2020", "Q2-2020", "Q1'20", "K1 2020", "Kwartaal 4 2020", "kwartaal1-2020", "kw 2 2021"
  { regex: new RegExp(`\\b${WORD} ?([1-4]) ${YEAR}\\b`, "g"), read: (m) => stated(m[2], m[1]) },
  // "2020 Q3", "2020-Q3", "2020Q3", "2020 kwartaal 3"
  { regex: new RegExp(`\\b(\\d{4}) ?${WORD} ?([1-4])\\b`, "g"), read: (m) => stated(m[1], m[2]) },
  // "4e kwartaal 2020", "1e kw 2020", "eerste kwartaal 2020", "2de kwartaal '21"
  {
    regex: new RegExp(`\\b(${ORDINAL}) ${KWARTAAL} ${YEAR}\\b`, "g"),
    read: (m) => stated(m[2], String(QUARTER_ORDINALS[m[1]])),
  },
  // "2020 4e kwartaal"
  {
    regex: new RegExp(`\\b(\\d{4}) (${ORDINAL}) ${KWARTAAL}\\b`, "g"),
    read: (m) => stated(m[1], String(QUARTER_ORDINALS[m[2]])),
  },
  // "31-3-2021", "31-03-2021", "31.3.2021", "31 3 2021"
  { regex: /\b(\d{1,2}) (\d{1,2}) (\d{4})\b/g, read: (m) => quarterOfEndDate(m[3], m[2], m[1]) },
  // "2021-03-31"
  { regex: /\b(\d{4}) (\d{1,2}) (\d{1,2})\b/g, read: (m) => quarterOfEndDate(m[1], m[2], m[3]) },
  // "31 maart 2021", "31 mrt 2021", "30 jun 2021"
  {
    regex: new RegExp(`\\b(\\d{1,2}) (${MONTH_WORD}) (\\d{4})\\b`, "g"),
    read: (m) => quarterOfEndDate(m[3], String(monthNumber(m[2])), m[1]),
  },
];

/** A stated year ("20" is 2020) and quarter; null outside 1990..2199, no year for a sheet. */
function stated(yearText: string, quarterText: string): NamedQuarter | null {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1990 || year > 2199) return null;
  return { year, quarter: Number(quarterText) };
}

/** The quarter of a quarter-end date; null for any other day. */
function quarterOfEndDate(year: string, month: string, day: string): NamedQuarter | null {
  const iso = isoFromParts(Number(year), Number(month), Number(day));
  if (!iso) return null;
  const q = quarterOf(iso);
  return quarterEnd(q.year, q.quarter) === iso ? stated(String(q.year), String(q.quarter)) : null;
}
