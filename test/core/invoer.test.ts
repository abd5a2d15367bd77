import {
  dubbeleKwartalen,
  eindVorigKwartaal,
  readBinnenkortDagen,
  readKwartaal,
  readPeildatum,
} from "../../src/core/invoer";

const VANDAAG = "2021-02-24";

describe("Binnenkort (dagen)", () => {
  test.each([
    ["0", 0],
    ["14", 14],
    [" 30 ", 30],
    ["365", 365],
  ])("%j is %d days", (tekst, dagen) =>
    expect(readBinnenkortDagen(tekst)).toEqual({ ok: true, waarde: dagen })
  );
  test.each([
    ["", /Vul een heel aantal dagen van 0 tot en met 365 in/],
    ["   ", /Vul een heel aantal/],
    ["-5", /"-5" is geen geldig aantal/],
    ["abc", /"abc" is geen geldig aantal/],
    ["14,5", /"14,5" is geen geldig aantal/],
    ["14.5", /"14.5" is geen geldig aantal/],
    ["366", /366 dagen is te veel/],
    ["1e3", /geen geldig aantal/],
  ])("%j is refused with a message", (tekst, melding) => {
    const r = readBinnenkortDagen(tekst);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(melding);
  });
});

describe("peildatum", () => {
  test.each([
    ["24-02-2021", "2021-02-24"],
    ["24-2-2021", "2021-02-24"],
    ["2021-02-24", "2021-02-24"],
    [" 31-12-2020 ", "2020-12-31"],
    ["31-12-2022", "2022-12-31"],
    ["01-01-2012", "2012-01-01"],
  ])("%j is %s, without a question", (tekst, datum) =>
    expect(readPeildatum(tekst, VANDAAG)).toEqual({ ok: true, waarde: datum })
  );
  test.each([
    ["", /Vul een peildatum in/],
    ["morgen", /"morgen" is geen datum/],
    ["31-02-2021", /31-02-2021 bestaat niet/],
    ["24-02-2202", /Het jaar 2202 kan niet: kies een peildatum van 2000 tot en met 2099/],
    ["01-01-1999", /Het jaar 1999 kan niet/],
  ])("%j is refused", (tekst, melding) => {
    const r = readPeildatum(tekst, VANDAAG);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.melding).toMatch(melding);
  });
  test.each([
    ["24-02-2030", "2030-02-24", /9 jaar na vandaag. Klopt het jaar 2030\?/],
    ["24-02-2023", "2023-02-24", /2 jaar na vandaag/],
    ["24-02-2005", "2005-02-24", /16 jaar voor vandaag. Klopt het jaar 2005\?/],
  ])("%j far from today: ask first", (tekst, datum, vraag) => {
    const r = readPeildatum(tekst, VANDAAG);
    expect(r).toMatchObject({ ok: true, waarde: datum });
    expect(r.ok && r.vraag).toMatch(vraag);
  });
});

describe("default peildatum of the mijlpalen dashboard", () => {
  test.each([
    ["2021-02-24", "2020-12-31"],
    ["2021-01-01", "2020-12-31"],
    ["2021-03-31", "2020-12-31"],
    ["2021-04-01", "2021-03-31"],
    ["2021-12-31", "2021-09-30"],
  ])("on %s the end of the last complete kwartaal: %s", (vandaag, eind) =>
    expect(eindVorigKwartaal(vandaag)).toBe(eind)
  );
});

describe("kwartaal of a sheet", () => {
  test.each([
    ["Q4 2020", { jaar: 2020, kwartaal: 4 }],
    ["4e kwartaal 2020", { jaar: 2020, kwartaal: 4 }],
    ["31-12-2020", { jaar: 2020, kwartaal: 4 }],
    ["", null],
  ])("%j", (tekst, kwartaal) =>
    expect(readKwartaal(tekst)).toEqual({ ok: true, waarde: kwartaal })
  );
  test.each(["Q5 2020", "Q0 2020", "kwartaal", "2020"])(
    "%j is an error, no silent fallback",
    (t) => {
      const r = readKwartaal(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.melding).toContain(`"${t}" is geen kwartaal`);
    }
  );
});

describe("two sheets with the same kwartaal", () => {
  test("every sheet gets a message that names both sheets", () => {
    const m = dubbeleKwartalen([
      { sheet: "Q4 2020", kwartaal: { jaar: 2020, kwartaal: 4 } },
      { sheet: "Stand december", kwartaal: { jaar: 2020, kwartaal: 4 } },
      { sheet: "Q3 2020", kwartaal: { jaar: 2020, kwartaal: 3 } },
      { sheet: "Onbekend", kwartaal: null },
    ]);
    expect([...m.keys()]).toEqual(["Q4 2020", "Stand december"]);
    expect(m.get("Q4 2020")).toBe(
      'De bladen "Q4 2020" en "Stand december" hebben hetzelfde kwartaal Q4 2020; geef elk blad een eigen kwartaal.'
    );
  });
  test("three sheets", () =>
    expect(
      dubbeleKwartalen(
        ["A", "B", "C"].map((sheet) => ({ sheet, kwartaal: { jaar: 2021, kwartaal: 1 } }))
      ).get("C")
    ).toMatch(/"A", "B" en "C"/));
});
