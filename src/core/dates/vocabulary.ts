/**
 * The Dutch words of deadlines, as dictionaries. Keys are written as people type them; lookups go
 * through foldWords (lowercase, accents and punctuation gone), so "Z.S.M." and "zsm" differ only in
 * the dots.
 */

/** Full month names: index + 1 is the month number. */
export const MONTH_NAMES = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** Abbreviations people use; a trailing dot is allowed after each. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  mar: 3,
  mrz: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** "2e kwartaal", "tweede kwartaal". */
export const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  "1e": 1,
  "1ste": 1,
  eerste: 1,
  "2e": 2,
  "2de": 2,
  tweede: 2,
  "3e": 3,
  "3de": 3,
  derde: 3,
  "4e": 4,
  "4de": 4,
  vierde: 4,
};

/** Words for a quarter after an ordinal: "2e kwartaal", "2e kw.". */
export const QUARTER_WORDS = ["kwartaal", "kw"] as const;

/**
 * begin/medio/eind + month. `due` is the project's convention for the deadline (begin = the 10th);
 * `start` is the day a "vanaf begin maart" starts.
 */
export type MonthDay = number | "last";
export const MONTH_PARTS: Readonly<Record<string, { due: MonthDay; start: MonthDay }>> = {
  begin: { due: 10, start: 1 },
  medio: { due: 15, start: 15 },
  half: { due: 15, start: 15 },
  midden: { due: 15, start: 15 },
  eind: { due: "last", start: "last" },
  einde: { due: "last", start: "last" },
  ultimo: { due: "last", start: "last" },
};

export const ASAP_TERMS = [
  "zo spoedig mogelijk",
  "z.s.m.",
  "zsm",
  "asap",
  "zo snel mogelijk",
  "per direct",
  "direct",
];

export const TBD_TERMS = [
  "nader te bepalen",
  "n.t.b.",
  "ntb",
  "nog te bepalen",
  "nog niet bekend",
  "onbekend",
  "tbd",
  "p.m.",
];

export const ONGOING_TERMS = [
  "doorlopend",
  "continu",
  "structureel",
  "periodiek",
  "loopt",
  "lopend",
  "n.v.t. (doorlopend)",
];

export const DEPENDENCY_MARKERS = [
  "na",
  "zodra",
  "afhankelijk van",
  "na afronding",
  "volgt",
  "in afwachting van",
];

/**
 * Words just before a date that make it a start, not a due date: "Vanaf Q2 2021", "na 1 april".
 * "na" is also a dependency marker: before a date it says "after", before anything else "after that".
 */
export const START_MARKERS = ["vanaf", "per", "m.i.v.", "met ingang van", "start", "na"];

export const SENT_MARKERS = ["verzonden", "verstuurd"];

/** "?" is a symbol, matched anywhere ("26 maart?"); the others as whole words. */
export const UNCERTAIN_MARKERS = [
  "?",
  "ca.",
  "circa",
  "rond",
  "ongeveer",
  "verwacht",
  "naar verwachting",
  "streven",
  "streefdatum",
  "indicatief",
];
