import { leesTermijn } from "../../../src/core/verslag/termijn";
import type { VolgendeVergadering } from "../../../src/core/verslag/volgende-vergadering";

const VERGADERING = "2021-01-13";
const VOLGENDE: VolgendeVergadering = { datum: "2021-02-10", bron: "verslag", zeker: true };

/** [item text, [text, kind, due, uncertain] or null, the finding codes] */
type Geval = [string, [string, string, string | null, boolean] | null, string[]];

describe("the deadline an action point writes, read by the list's reader", () => {
  test.each<Geval>([
    [
      "Anja komt voor het volgende DUO met een stuk.",
      ["voor het volgende DUO", "date", "2021-02-10", false],
      [],
    ],
    [
      "Het volgende DUO staat dit op de agenda.",
      ["Het volgende DUO", "date", "2021-02-10", false],
      [],
    ],
    [
      "Dit wordt in het volgend DUO besproken.",
      ["in het volgend DUO", "date", "2021-02-10", false],
      [],
    ],
    [
      "Voor de volgende keer komt dit terug.",
      ["Voor de volgende keer", "date", "2021-02-10", false],
      [],
    ],
    [
      "Henk maakt uiterlijk 15 april een voorstel.",
      ["uiterlijk 15 april", "date", "2021-04-15", false],
      [],
    ],
    [
      "Henk maakt uiterlijk 15 april 2021 een voorstel.",
      ["uiterlijk 15 april 2021", "date", "2021-04-15", false],
      [],
    ],
    ["Henk levert het stuk voor 1 maart aan.", ["voor 1 maart", "date", "2021-03-01", false], []],
    ["Henk levert het stuk vóór 1 maart aan.", ["vóór 1 maart", "date", "2021-03-01", false], []],
    [
      "De brief voor blok B gaat voor 1 maart uit.",
      ["voor 1 maart", "date", "2021-03-01", false],
      [],
    ],
    ["Henk start begin mei.", ["begin mei", "month", "2021-05-10", false], []],
    [
      "Henk rondt het uiterlijk begin mei af.",
      ["uiterlijk begin mei", "month", "2021-05-10", false],
      [],
    ],
    ["Henk rondt het eind maart af.", ["eind maart", "month", "2021-03-31", false], []],
    ["Henk rondt het eind maart? af.", ["eind maart?", "month", "2021-03-31", true], []],
    ["Henk rondt het medio juni af.", ["medio juni", "month", "2021-06-15", false], []],
    ["Henk rondt het in Q2 af.", ["in Q2", "quarter", "2021-06-30", false], []],
    [
      "Henk rondt het in het tweede kwartaal af.",
      ["in het tweede kwartaal", "quarter", "2021-06-30", false],
      [],
    ],
    ["Henk rondt het begin januari af.", ["begin januari", "month", "2022-01-10", false], []],
    ["Henk rondt het na de zomer af.", ["na de zomer", "dependency", null, false], []],
    [
      "Het stuk moet zo snel mogelijk worden afgetikt.",
      ["zo snel mogelijk", "asap", null, false],
      [],
    ],
    ["Het stuk moet z.s.m. worden afgetikt.", ["z.s.m.", "asap", null, false], []],
    ["De datum is nader te bepalen.", ["nader te bepalen", "tbd", null, false], []],
    ["Henk monitort doorlopend.", ["doorlopend", "ongoing", null, false], []],
    [
      "Henk rondt het voor de zomer af.",
      ["voor de zomer", "unknown", null, false],
      ["deadline-onleesbaar"],
    ],
    ["Henk rondt het af.", null, ["geen-deadline"]],
    ["Henk bespreekt de brief van 1 maart in de werkgroep.", null, ["geen-deadline"]],
    [
      "Anja komt voor het volgende DUO met een stuk; de brief gaat uiterlijk 1 maart uit.",
      ["voor het volgende DUO", "date", "2021-02-10", false],
      ["meer-deadlines"],
    ],
  ])("%s", (tekst, deadline, codes) => {
    const { deadline: d, findings } = leesTermijn(tekst, VERGADERING, VOLGENDE);
    expect(d && [d.text, d.kind, d.due, d.uncertain]).toEqual(deadline);
    expect(findings.map((f) => f.code)).toEqual(codes);
  });

  test("the next meeting unsure: the deadline is unsure and says why; unknown: no date, and says so", () => {
    const onzeker = leesTermijn("Anja komt voor het volgende DUO.", VERGADERING, {
      ...VOLGENDE,
      zeker: false,
      misschien: "2021-02-11",
      zin: "Het DUO van 10 februari kan naar 11 februari.",
    });
    expect(onzeker.deadline).toMatchObject({
      due: "2021-02-10",
      uncertain: true,
      bron: "vergadering",
    });
    expect(onzeker.findings.map((f) => f.code)).toEqual(["volgende-vergadering-onzeker"]);
    const onbekend = leesTermijn("Anja komt voor het volgende DUO.", VERGADERING, null);
    expect(onbekend.deadline).toMatchObject({ kind: "tbd", due: null, uncertain: true });
    expect(onbekend.findings.map((f) => f.code)).toEqual(["volgende-vergadering-onbekend"]);
  });
});
