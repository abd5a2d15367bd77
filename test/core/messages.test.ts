import {
  ACCOUNTHOUDER_CODES,
  type AccounthouderCode,
  type AccounthouderParams,
} from "../../src/core/accounthouders/berichten";
import type { ActielijstCode, ActielijstParams } from "../../src/core/actielijst/codes";
import { ACTIELIJST_CODES, bericht, soort } from "../../src/core/messages";
import {
  maakMijlpalenDashboard,
  MIJLPAAL_BERICHTEN,
  MIJLPAAL_CODES,
  MIJLPAAL_FOUTEN,
  mijlpaalBericht,
  REGIO_BERICHTEN,
  REGIO_CODES,
  type MijlpaalCode,
  type MijlpaalFoutCode,
  type RegioCode,
  type RegioParams,
} from "../../src/core/mijlpalen";
import type { MijlpaalBerichtParams } from "../../src/core/mijlpalen/berichten";
import type { MijlpaalFinding } from "../../src/core/mijlpalen/codes";
import { dashboardBlad } from "../../src/core/mijlpalen/sheet/dashboard-sheet";
import { opname } from "./mijlpalen/helpers";

/** What no message may say: a param that was not there, or not text. */
const KAPOT = /undefined|NaN|\[object|null/;

/** Every code of the action list with sample params: a new code without one does not compile. */
const ACTIELIJST_VOORBEELD: { [C in ActielijstCode]: ActielijstParams[C] } = {
  "status-ontbreekt": { row: 12 },
  "cel-foutwaarde": { row: 12, tekst: "#N/B" },
  "status-onbekend": { row: 12, tekst: "Zo spoedig mogelijk" },
  "status-synoniem": { row: 12, tekst: "Klaar", status: "Gereed" },
  "status-bijna": { row: 12, tekst: "Gerred", status: "Gereed" },
  "status-schrijfwijze": { row: 12, tekst: "gereed", status: "Gereed" },
  "deadline-onleesbaar": { row: 12, tekst: "Zo spoedig mogelijk" },
  "deadline-niet-concreet": { row: 12, tekst: "Zo spoedig mogelijk" },
  "deadline-doorlopend": { row: 12, tekst: "Doorlopend" },
  "deadline-onzeker": { row: 12, tekst: "26 maart?", due: "2021-03-26" },
  "deadline-verzonden-open": { row: 12, tekst: "Verzonden", status: "In uitvoering" },
  "accounthouder-ontbreekt": { row: 12 },
  "accounthouder-ntb": { row: 12 },
  "rij-verschoven": {
    row: 12,
    richting: "links",
    status: "Gereed",
    accounthouder: "Anja",
    deadline: "26 maart?",
    terug: 3,
  },
  "actie-lijkt-onderwerp": { row: 12, tekst: "Huisvesting" },
  "actie-verlopen": { row: 12, due: "2021-03-26", dagen: 23, peildatum: "2021-04-18" },
  "actie-binnenkort": { row: 12, due: "2021-03-26", dagen: 23 },
  "kop-herhaald": { row: 12 },
  "lijst-leeg": { row: 3 },
  "rijen-verborgen": { aantal: 3, rijen: "rij 4, 7" },
  "formule-niet-berekend": { aantal: 3, cellen: "E5, E9" },
  "kolom-ontbreekt": { row: 1, kolom: "deadline" },
  "datumstelsel-1904": {},
  "datumstelsel-aangenomen": {},
  "accounthouder-vertrokken": {
    row: 12,
    naam: "Anja Woortman",
    datum: "2021-01-13",
    opvolger: "Peter Spijkerman",
  },
  "register-naam-ontbreekt": { row: 12 },
  "register-naam-dubbel": {
    row: 12,
    alias: "Anja Woortman",
    naam: "Anja Woortman",
    ander: "Anja Woortman",
  },
  "register-alias-dubbel": { row: 12, alias: "Anja W." },
  "register-alias-twee-personen": {
    row: 12,
    alias: "A. Woortman",
    naam: "Anja Woortman",
    ander: "Arend Woortman",
  },
  "register-opvolger-onbekend": { row: 12, naam: "Anja Woortman", opvolger: "Peter Spijkerman" },
  "register-datum-onleesbaar": { row: 12, tekst: "ergens in maart" },
};

const ACCOUNTHOUDER_VOORBEELD: { [C in AccounthouderCode]: AccounthouderParams[C] } = {
  "accounthouder-dubbelzinnig": {
    tekst: "A. Woortman",
    kandidaten: "Anja Woortman; Arend Woortman",
    aantal: 2,
    row: 12,
  },
};

/** Every finding and refusal of the dashboard with sample params. */
const MIJLPAAL_VOORBEELD: {
  [C in MijlpaalCode | MijlpaalFoutCode]: MijlpaalBerichtParams[C];
} = {
  "adresid-ontbreekt": { rij: 5 },
  "rijen-verborgen": { sheet: "Q1 2020", aantal: 2 },
  "datumstelsel-1904": { sheet: "Mijlpalen" },
  "datumstelsel-aangenomen": { sheet: "Mijlpalen" },
  "formule-niet-berekend": { sheet: "Q1 2020", aantal: 2, cellen: "B2, B7" },
  "adresid-afgerond": { adresId: "0014200078729054" },
  "adres-dubbel": { adresId: "0014200078729054", eersteCel: "A2", kwartaal: "Q1 2020" },
  "fase-ontbreekt": { adresId: "0014200078729054" },
  "fase-onbekend": { adresId: "0014200078729054", tekst: "Sloop" },
  "fase-terug": {
    adresId: "0014200078729054",
    van: "Beoordeling",
    naar: "Opname",
    kwartaal: "Q1 2020",
    vorigKwartaal: "Q4 2019",
  },
  "datum-onleesbaar": { adresId: "0014200078729054", mijlpaal: "Beoordeling", tekst: "Sloop" },
  "datum-onwaarschijnlijk": {
    adresId: "0014200078729054",
    mijlpaal: "Beoordeling",
    datum: "1920-03-31",
  },
  "datum-na-peildatum": {
    adresId: "0014200078729054",
    mijlpaal: "Beoordeling",
    datum: "2020-06-30",
    peildatum: "2020-05-12",
  },
  "datums-volgorde": {
    adresId: "0014200078729054",
    mijlpaal: "Beoordeling",
    datum: "2020-03-31",
    eerder: "Opname",
    eerderDatum: "2020-04-01",
  },
  "resultaat-zonder-datum": { adresId: "0014200078729054", tekst: "Voldoet aan norm" },
  "kwartaal-onbekend": { sheet: "Stand" },
  "kwartaal-dubbel": {
    sheet: "Q1 2020",
    kwartaal: "Q1 2020",
    peildatum: "2020-05-12",
    eerderBlad: "31-3-2020",
  },
  "kwartaal-na-peildatum": { sheet: "Q3 2020", kwartaal: "Q3 2020", peildatum: "2020-05-12" },
  "kwartaal-lopend": { sheet: "Q2 2020", kwartaal: "Q2 2020", peildatum: "2020-05-12" },
  "kwartaal-ontbreekt": { kwartaal: "Q1 2020", vorig: "Q4 2019", volgend: "Q2 2020" },
  "totaal-veranderd": {
    kwartaal: "Q1 2020",
    vorigKwartaal: "Q4 2019",
    vorig: 4943,
    nu: 4945,
    erbij: 3,
    weg: 1,
  },
  "peildatum-ongeldig": { peildatum: "12-5-2020" },
  "geen-indeling": {},
  "indeling-gemengd": { momentopnamen: "Q1 2020", mijlpaalBladen: "Adressen" },
  "geen-kwartaal": { bladen: "Stand" },
};

describe("every finding of the actielijst and the accounthouders has a Dutch sentence", () => {
  test.each(ACTIELIJST_CODES)("%s", (code) => {
    const tekst = bericht({ code, params: ACTIELIJST_VOORBEELD[code] });
    expect(tekst).not.toMatch(KAPOT);
    expect(tekst).not.toMatch(/^Bevinding /);
    expect(tekst.trim().length).toBeGreaterThan(10);
    expect(soort(code)).not.toMatch(/^Bevinding |undefined/);
  });

  test.each(Object.keys(ACCOUNTHOUDER_CODES) as AccounthouderCode[])("%s", (code) => {
    const tekst = bericht({ code, params: ACCOUNTHOUDER_VOORBEELD[code] });
    expect(tekst).not.toMatch(KAPOT);
    expect(tekst).not.toMatch(/^Bevinding /);
    expect(tekst.trim().length).toBeGreaterThan(10);
    expect(soort(code)).not.toMatch(/^Bevinding |undefined/);
  });

  test("a shifted row that cannot be put back says so too", () => {
    const params = { ...ACTIELIJST_VOORBEELD["rij-verschoven"], terug: "nee" as const };
    expect(bericht({ code: "rij-verschoven", params })).toContain("Zet ze met de hand terug");
  });

  test("a code from outside that Regie does not know gets a heading with the code", () => {
    expect(soort("iets-anders")).toBe("Bevinding iets-anders");
  });
});

describe("every finding and refusal of the dashboard has a Dutch sentence", () => {
  test.each([...(Object.keys(MIJLPAAL_CODES) as MijlpaalCode[]), ...MIJLPAAL_FOUTEN])(
    "%s",
    (code) => {
      const tekst = mijlpaalVoorbeeld(code);
      expect(tekst).toMatch(/^[A-Z"Q]/);
      expect(tekst).toMatch(/[.)]$/);
      expect(tekst).not.toMatch(KAPOT);
      expect(tekst.trim().length).toBeGreaterThan(10);
    }
  );
});

/** Every finding across gemeenten's workbooks with sample params: a new code without one does not compile. */
const REGIO_VOORBEELD: { [C in RegioCode]: RegioParams[C] } = {
  "gemeente-dubbel": { gemeente: "Groningen", eerderBron: "groningen-2020.xlsx", gedeeld: 4943 },
  "gemeente-van-ander-bestand": {
    gemeente: "noord",
    genoemd: "Loppersum",
    anderBron: "Loppersum.xlsx",
  },
  "adres-in-twee-gemeenten": {
    adresId: "0014200078729054",
    gemeente: "Ten Boer",
    eerderGemeente: "Groningen",
    eerderBron: "Groningen.xlsx",
    eerderCel: "'Q1 2020'!A5",
  },
};

describe("every finding across the gemeenten's workbooks has a Dutch sentence", () => {
  test.each(Object.keys(REGIO_CODES) as RegioCode[])("%s", (code) => {
    const tekst = regioVoorbeeld(code);
    expect(tekst).toMatch(/^[A-Z]/);
    expect(tekst).toMatch(/[.?]$/);
    expect(tekst).not.toMatch(KAPOT);
  });

  test("a gemeente twice without shared addresses does not count them", () => {
    const p = { ...REGIO_VOORBEELD["gemeente-dubbel"], gedeeld: 0 };
    expect(REGIO_BERICHTEN["gemeente-dubbel"](p)).not.toMatch(/adres/);
  });
});

function regioVoorbeeld<C extends RegioCode>(code: C): string {
  return REGIO_BERICHTEN[code](REGIO_VOORBEELD[code]);
}

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

// Compile-time: a dashboard finding cannot be given to the action list's wording (it wants `rijen`).
void ((melding: MijlpaalFinding<"rijen-verborgen">) =>
  // @ts-expect-error: the dashboard's "rijen-verborgen" has other params than the action list's.
  bericht(melding));

function mijlpaalVoorbeeld<C extends MijlpaalCode | MijlpaalFoutCode>(code: C): string {
  return MIJLPAAL_BERICHTEN[code](MIJLPAAL_VOORBEELD[code]);
}
