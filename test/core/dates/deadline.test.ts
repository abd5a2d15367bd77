import { parseDeadline, type Deadline } from "../../../src/core/dates/deadline";
import type { CellValue } from "../../../src/core/grid";

const PEILDATUM = "2021-02-24";

type Expected = Omit<Deadline, "text">;
type More = Partial<Expected>;

// One helper per kind of case: what a result of that kind looks like unless a row says otherwise.
const date = (due: string, more: More = {}): Expected => concrete("date", due, more);
const month = (due: string, more: More = {}): Expected => concrete("month", due, more);
const quarter = (due: string, more: More = {}): Expected => concrete("quarter", due, more);
const startsAt = (kind: Deadline["kind"], start: string, more: More = {}): Expected => ({
  ...concrete(kind, null, more),
  start,
  ...more,
});
const open = (kind: Deadline["kind"], more: More = {}): Expected => concrete(kind, null, more);
const yearImplied: More = { implied: ["year"] };

function concrete(kind: Deadline["kind"], due: string | null, more: More): Expected {
  return { kind, due, start: null, uncertain: false, implied: [], sent: false, ...more };
}

function expectParsed(input: CellValue, expected: Expected): void {
  const { text: _text, ...rest } = parseDeadline(input, PEILDATUM);
  expect(rest).toEqual(expected);
}

describe("full dates", () => {
  test.each<[string, Expected]>([
    ["31 maart 2021", date("2021-03-31")],
    ["1 februari 2021", date("2021-02-01")],
    ["16 november 2022", date("2022-11-16")],
    ["26 maart?", date("2021-03-26", { uncertain: true, ...yearImplied })],
    ["1 mei", date("2021-05-01", yearImplied)],
    ["22 februari 2021 verzonden", date("2021-02-22", { sent: true })],
    ["verstuurd op 1 maart 2021", date("2021-03-01", { sent: true })],
    ["31-3-2021", date("2021-03-31")],
    ["31/03/2021", date("2021-03-31")],
    ["2021-03-31", date("2021-03-31")],
    ["1.4.2021", date("2021-04-01")],
    ["12-feb", date("2021-02-12", yearImplied)],
    ["12 feb.", date("2021-02-12", yearImplied)],
    ["1 febr. 2021", date("2021-02-01")],
    ["3 okt. 2021", date("2021-10-03")],
    ["3 oct 2021", date("2021-10-03")],
    ["1 sept. 2021", date("2021-09-01")],
    ["31 mrt 2021", date("2021-03-31")],
    ["1 april '21", date("2021-04-01")],
    ["maandag 1 maart 2021", date("2021-03-01")],
    ["  31   MAART  2021 ", date("2021-03-31")],
    ["uiterlijk 1 maart 2021", date("2021-03-01")],
    ["29 februari 2020", date("2020-02-29")], // leap year
    ["31 december 2021", date("2021-12-31")],
    ["1 januari 2022", date("2022-01-01")], // past the peildatum's year
    ["ca. 1 mei 2021", date("2021-05-01", { uncertain: true })],
    ["verwacht 1 mei 2021", date("2021-05-01", { uncertain: true })],
  ])("%s", expectParsed);
});

describe("impossible dates are not dates", () => {
  test.each<[string, Expected]>([
    ["31 feb 2021", open("unknown")],
    ["29 februari 2021", open("unknown")],
    ["29 feb", open("unknown")], // peildatum year 2021 has no 29 feb
    ["31-4-2021", open("unknown")],
  ])("%s", expectParsed);
});

describe("months and month parts", () => {
  test.each<[string, Expected]>([
    ["begin jan 2021", month("2021-01-10")],
    ["begin jan. 2021", month("2021-01-10")],
    ["  BEGIN   Jan.  2021 ", month("2021-01-10")],
    ["medio maart 2021", month("2021-03-15")],
    ["half maart 2021", month("2021-03-15")],
    ["midden juni 2021", month("2021-06-15")],
    ["eind april", month("2021-04-30", yearImplied)],
    ["einde van juni 2021", month("2021-06-30")],
    ["ultimo februari 2020", month("2020-02-29")], // leap year
    ["eind feb 2021", month("2021-02-28")],
    ["maart 2021", month("2021-03-31")],
    ["december 2021", month("2021-12-31")],
    ["mei", month("2021-05-31", yearImplied)],
    ["Éind Mäart 2021", month("2021-03-31")], // accents are folded away
    ["eind maart 2021?", month("2021-03-31", { uncertain: true })],
  ])("%s", expectParsed);
});

describe("quarters", () => {
  test.each<[string, Expected]>([
    ["Q2 2021", quarter("2021-06-30")],
    ["q2 2021", quarter("2021-06-30")],
    ["2e kwartaal 2021", quarter("2021-06-30")],
    ["tweede kwartaal 2021", quarter("2021-06-30")],
    ["Tweede Kwartaal 2021", quarter("2021-06-30")],
    ["kwartaal 2 2021", quarter("2021-06-30")],
    ["2e kw. 2021", quarter("2021-06-30")],
    ["3e kwartaal van 2021", quarter("2021-09-30")],
    ["Q2-2021", quarter("2021-06-30")],
    ["2021 Q2", quarter("2021-06-30")],
    ["2021-Q2", quarter("2021-06-30")],
    ["Q2 '21", quarter("2021-06-30")],
    ["Q2 ’21", quarter("2021-06-30")],
    ["Q4 2021", quarter("2021-12-31")],
    ["Q1 2022", quarter("2022-03-31")],
    ["Q3", quarter("2021-09-30", yearImplied)],
    ["vierde kwartaal", quarter("2021-12-31", yearImplied)],
    ["Q1/Q2 2021", quarter("2021-06-30", { uncertain: true })],
    ["Q1-Q2 2021", quarter("2021-06-30", { uncertain: true })],
    ["Q1 / Q2 2021", quarter("2021-06-30", { uncertain: true })],
    ["1e/2e kwartaal 2021", quarter("2021-06-30", { uncertain: true })],
    ["Q4 2021 / Q1 2022", quarter("2022-03-31", { uncertain: true })], // across a year boundary
  ])("%s", expectParsed);
});

describe("starts: a date after vanaf/na/per is no due date", () => {
  test.each<[string, Expected]>([
    ["Vanaf Q2 2021", startsAt("quarter", "2021-04-01")],
    ["vanaf Q2 2021", startsAt("quarter", "2021-04-01")],
    ["Vanaf 1 maart 2021", startsAt("date", "2021-03-01")],
    ["na 1 april 2021", startsAt("date", "2021-04-01")],
    ["m.i.v. 1 april 2021", startsAt("date", "2021-04-01")],
    ["met ingang van 1 juli", startsAt("date", "2021-07-01", yearImplied)],
    ["per 1 maart 2021", startsAt("date", "2021-03-01")],
    ["vanaf begin maart 2021", startsAt("month", "2021-03-01")],
    ["Vanaf Q1/Q2 2021", startsAt("quarter", "2021-01-01", { uncertain: true })],
    ["vanaf 1 maart tot 1 april 2021", startsAt("date", "2021-03-01", { due: "2021-04-01" })],
    // Q1's year is not stated: it comes from the peildatum, not from the "2021" after Q3
    [
      "vanaf Q1 tot Q3 2021",
      startsAt("quarter", "2021-01-01", { due: "2021-09-30", ...yearImplied }),
    ],
  ])("%s", expectParsed);
});

describe("a concrete date anywhere wins over open-term words", () => {
  test.each<[string, Expected]>([
    ["Starten zodra dat kan (Q1/Q2 2021)", quarter("2021-06-30", { uncertain: true })],
    ["zsm, uiterlijk 31 maart 2021", date("2021-03-31")],
    ["afhankelijk van BZK, verwacht Q3 2021", quarter("2021-09-30", { uncertain: true })],
    ["Nader te bepalen (eind 2e kwartaal 2021)", quarter("2021-06-30")],
  ])("%s", expectParsed);
});

describe("two concrete moments: the later one, uncertain", () => {
  test.each<[string, Expected]>([
    ["1 maart / 1 april 2021", date("2021-04-01", { uncertain: true })],
    ["1 april 2021 of 1 maart 2021", date("2021-04-01", { uncertain: true })],
    ["1 maart - 1 april 2021", date("2021-04-01", { uncertain: true })],
    ["Q2 2021 (30 juni)", quarter("2021-06-30", {})], // the same day twice is no doubt
    ["31 maart 2021 (Q1)", date("2021-03-31")],
    ["Q2 2021 of juli 2021", month("2021-07-31", { uncertain: true })],
  ])("%s", expectParsed);
});

describe("open terms", () => {
  test.each<[string, Expected]>([
    ["Zo spoedig mogelijk", open("asap")],
    ["zo spoedig mogelijk", open("asap")],
    ["ZO  SPOEDIG  MOGELIJK", open("asap")],
    ["z.s.m.", open("asap")],
    ["Z.S.M.", open("asap")],
    ["zsm", open("asap")],
    ["ASAP", open("asap")],
    ["zo snel mogelijk", open("asap")],
    ["per direct", open("asap")],
    ["Nader te bepalen", open("tbd")],
    ["N.t.b.", open("tbd")],
    ["ntb", open("tbd")],
    ["nog te bepalen", open("tbd")],
    ["nog niet bekend", open("tbd")],
    ["Onbekend", open("tbd")],
    ["p.m.", open("tbd")],
    ["doorlopend", open("ongoing")],
    ["Continu", open("ongoing")],
    ["structureel", open("ongoing")],
    ["n.v.t. (doorlopend)", open("ongoing")],
    ["na brief B", open("dependency")],
    ["zodra het besluit er is", open("dependency")],
    ["afhankelijk van BZK", open("dependency")],
    ["in afwachting van advies", open("dependency")],
    ["na afronding fase 1", open("dependency")],
    ["direct na het besluit", open("dependency")],
    ["zsm?", open("asap", { uncertain: true })],
  ])("%s", expectParsed);
});

describe("anything else is unknown", () => {
  test.each<[string, Expected]>([
    ["binnenkort", open("unknown")],
    ["#N/A", open("unknown")],
    ["#REF!", open("unknown")],
    ["xyz", open("unknown")],
    ["met Jan overleggen", open("unknown")], // a bare "Jan" is a name, not January
    ["directeur", open("unknown")], // whole words only: not "direct"
    ["afronding", open("unknown")], // not "rond"
    ["2021", open("unknown")], // a year typed as text is no Excel serial
    ["🎉🔥", open("unknown")],
    ["?", open("unknown", { uncertain: true })],
  ])("%s", expectParsed);
});

describe("cells that are not text", () => {
  test.each<[CellValue, string, Expected]>([
    [44286, "31-03-2021", date("2021-03-31")],
    [44286.5, "31-03-2021", date("2021-03-31")],
    [44197, "01-01-2021", date("2021-01-01")],
    ["44286", "44286", date("2021-03-31")],
    [" 44286 ", "44286", date("2021-03-31")],
    [true, "WAAR", open("unknown")],
    [false, "ONWAAR", open("unknown")],
    [null, "", open("none")],
    ["", "", open("none")],
    ["   \n\t ", "", open("none")],
    [0, "0", open("unknown")],
    [60, "60", open("unknown")], // Excel's fake 1900-02-29
    [-3, "-3", open("unknown")],
    [NaN, "NaN", open("unknown")],
    [Infinity, "Infinity", open("unknown")],
  ])("%p", (input, text, expected) => {
    const result = parseDeadline(input, PEILDATUM);
    expect(result.text).toBe(text);
    expectParsed(input, expected);
  });
});

describe("the text is the cell text, trimmed", () => {
  test.each<[string, string]>([
    ["  26 maart?  ", "26 maart?"],
    ["Starten zodra dat kan (Q1/Q2 2021)", "Starten zodra dat kan (Q1/Q2 2021)"],
  ])("%p -> %p", (input, text) => {
    expect(parseDeadline(input, PEILDATUM).text).toBe(text);
  });
});

describe("the peildatum gives the implied year", () => {
  test.each<[string, string, string]>([
    ["1 mei", "2020-12-31", "2020-05-01"],
    ["1 mei", "2022-01-01", "2022-05-01"],
    ["Q3", "2019-06-30", "2019-09-30"],
    ["29 feb", "2020-02-01", "2020-02-29"], // leap peildatum year
  ])("%s at %s -> %s", (input, peildatum, due) => {
    expect(parseDeadline(input, peildatum)).toMatchObject({ due, implied: ["year"] });
  });
});
