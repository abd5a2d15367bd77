import { ACCOUNTHOUDER_CODES } from "../../src/core/accounthouders/berichten";
import { ACTIELIJST_CODES, bericht, soort } from "../../src/core/messages";
import { maakMijlpalenDashboard, mijlpaalBericht } from "../../src/core/mijlpalen";
import { dashboardBlad } from "../../src/core/mijlpalen/dashboard-blad";
import { opname } from "./mijlpalen/helpers";

/** Every param any message of the action list or the accounthouders reads, with a sample value. */
const VOORBEELD = {
  aantal: 3,
  accounthouder: "Anja",
  alias: "Anja W.",
  ander: "Arend Woortman",
  dagen: 23,
  datum: "2021-01-13",
  deadline: "26 maart?",
  due: "2021-03-26",
  kandidaten: "Anja Woortman; Arend Woortman",
  kolom: "Deadline",
  naam: "Anja Woortman",
  opvolger: "Peter Spijkerman",
  peildatum: "2021-02-24",
  richting: "links",
  rijen: "rij 4, 7",
  row: 12,
  status: "Gereed",
  tekst: "Zo spoedig mogelijk",
  terug: "In uitvoering",
  cellen: "E5, E9",
};

describe("every finding of the actielijst and the accounthouders has a Dutch sentence", () => {
  test.each([...ACTIELIJST_CODES, ...Object.keys(ACCOUNTHOUDER_CODES)])("%s", (code) => {
    const tekst = bericht({ code, params: VOORBEELD });
    expect(tekst).not.toMatch(/undefined|NaN|\[object|^Bevinding /);
    expect(tekst.trim().length).toBeGreaterThan(10);
    expect(soort(code)).not.toMatch(/^Bevinding |undefined/);
  });
});

test("a message of the dashboard gets the dashboard's words, not those of the actielijst", () => {
  // Both domains know "rijen-verborgen", with other params: the action list's wording said
  // "(undefined)" on the dashboard sheet, in the CLI and in its JSON.
  const uitkomst = maakMijlpalenDashboard([opname("Q1 2020", [["1", "Opname"]])], {
    peildatum: "2020-05-12",
    verborgenRijen: { "Q1 2020": 2 },
  });
  if (!uitkomst.ok) throw new Error(`geen dashboard: ${uitkomst.fout.code}`);
  const melding = uitkomst.dashboard.anomalies.find((a) => a.code === "rijen-verborgen")!;
  const tekst = "In blad Q1 2020 zijn 2 rijen verborgen of weggefilterd; ze tellen wel mee.";
  expect(mijlpaalBericht(melding)).toBe(tekst);
  // As the dashboard sheet lists it.
  const blad = dashboardBlad(uitkomst.dashboard, ["Q1 2020"], "nu");
  expect(blad.values.flat()).toContain(tekst);
});
