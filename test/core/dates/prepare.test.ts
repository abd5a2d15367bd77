import { prepareText } from "../../../src/core/dates/prepare";
import { foldWords, hasAnyTerm } from "../../../src/core/dates/words";

describe("prepareText writes out month abbreviations next to numbers and month parts only", () => {
  test.each<[string, string]>([
    ["1 febr. 2021", "1 februari 2021"],
    ["12-feb", "12-februari"],
    ["Begin Jan. 2021", "begin januari 2021"],
    ["eind sept", "eind september"],
    ["okt 2021", "oktober 2021"],
    ["met Jan overleggen", "met jan overleggen"],
    ["Q2 '21", "q2 2021"],
    ["  Éind   MÄART ", "eind maart"],
  ])("%p -> %p", (input, expected) => {
    expect(prepareText(input)).toBe(expected);
  });
});

describe("vocabulary lookups are whole words after folding", () => {
  test.each<[string, string[], boolean]>([
    ["Z.S.M.", ["z.s.m."], true],
    ["zsm?", ["zsm"], true],
    ["directeur", ["direct"], false],
    ["afronding", ["rond"], false],
    ["26 maart?", ["?"], true],
    ["Nader  te   bepalen", ["nader te bepalen"], true],
  ])("%p in %p: %p", (text, terms, expected) => {
    expect(hasAnyTerm(text, terms)).toBe(expected);
  });

  test("foldWords drops punctuation and the question mark", () => {
    expect(foldWords("N.v.t. (Doorlopend)?")).toBe("n v t doorlopend");
  });
});
