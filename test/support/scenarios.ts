import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../src/app/accounthouders/normaliseer";
import { writeRegister } from "../../src/app/accounthouders/register";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { legVast } from "../../src/app/actielijst/vastleggen";
import { wisMarkeringen } from "../../src/app/actielijst/wis-markeringen";
import { maakDashboard } from "../../src/app/mijlpalen/dashboard";
import { actiepuntenVoorstel, voegActiepuntenToe } from "../../src/app/verslag/actiepunten";
import type { Outcome } from "../../src/app/outcome";
import { maakOngedaan } from "../../src/app/wijzigingen/ongedaan";
import { pasWijzigingenToe } from "../../src/app/wijzigingen/pas-toe";
import type { CellValue } from "../../src/core/grid";
import { ExcelEmulator, type ProfileName } from "../../src/excel-stand-in";
import { leesVerslagBestand } from "../../src/host/docx/verslag-bestand";
import { OfficeWorkbookPort } from "../../src/host/office";
import { kop, rij } from "./grid";
import { verslagTekst } from "./verslagen";

export const PEIL = "2021-02-24";

const REGISTER: CellValue[][] = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Nicoline van der Linden", "Nicoline", "", "", ""],
  ["Anja Woortman", "Anja", "", "", ""],
];

/** The small action list every guarantee runs on. */
export function actielijst(): CellValue[][] {
  return [
    kop(),
    rij("a. verlopen", "Nicoline", "In uitvoering", "1 februari 2021", { doel: "#01" }),
    rij("b. binnenkort", "nicoline ", "In uitvoering", "1 maart 2021"),
    rij("c. later", "Anja", "Afgerond", "1 mei 2021"),
    rij("d. gelakt", "0/26", "In uitvoering", "Q2 2021"),
  ];
}

function kwartalen(): { name: string; values: CellValue[][] }[] {
  return ["Q4 2019", "Q1 2020"].map((name, q) => ({
    name,
    values: [
      ["Adres-ID", "Gemeente", "Fase"],
      ...Array.from({ length: 12 }, (_, i) => [
        `A${i}`,
        "Groningen",
        i < 4 + q ? "Opname" : "Nog niet gestart",
      ]),
    ],
  }));
}

/** A use-case that writes, on a workbook of its own, possibly after some steps that prepare it. */
export interface Scenario {
  naam: string;
  werkmap: (profiel?: ProfileName) => ExcelEmulator;
  /** Run before the step under test (not failed, not counted). */
  voorbereiding?: (port: OfficeWorkbookPort) => Promise<unknown>;
  stap: (port: OfficeWorkbookPort) => Promise<Outcome<unknown>>;
}

const lijst = (profile?: ProfileName) =>
  ExcelEmulator.fromSheets(
    [
      { name: "Actielijst", values: actielijst(), fills: { C3: "#FFFF00" } },
      { name: "Accounthouders", values: REGISTER },
    ],
    { profile }
  );
const normaliseer = async (port: OfficeWorkbookPort) => {
  const v = await normaliseerVoorvertoning(port, { peildatum: PEIL });
  if (!v.ok) return v;
  return pasNormalisatieToe(port, v.value, alleRegels(v.value), "2021-02-24 10:00:00");
};

/** A verslag of the meeting of the peildatum, two action points to append below the list. */
const VERSLAG = verslagTekst({
  vergaderdatum: "24 februari 2021, 15.00 uur",
  actiepunten: [
    "Anja komt voor het volgende DUO met een stuk over blok B.",
    "Nicoline maakt uiterlijk 15 april een voorstel voor de {KOP} financiële governance.",
  ],
  mededelingen: ["Het volgende DUO is op 10 maart 2021."],
});

const actiepunten = async (port: OfficeWorkbookPort) => {
  const v = await actiepuntenVoorstel(
    port,
    { soort: "tekst", tekst: VERSLAG },
    {},
    leesVerslagBestand
  );
  if (!v.ok) return v;
  return voegActiepuntenToe(port, v.value, "2021-02-24 10:00:00");
};

/** The platforms the guarantees are checked on: Excel on the web (5 MB payloads) and desktop. */
export const PROFIELEN: readonly ProfileName[] = ["web", "desktop"];

/** Every use-case that writes to a workbook, each in the situation where it writes the most. */
export const BASIS: Scenario[] = [
  {
    naam: "markeren (eerste keer)",
    werkmap: lijst,
    stap: (p) => valideerEnMarkeer(p, { peildatum: PEIL }),
  },
  {
    naam: "markeren (opnieuw, andere peildatum)",
    werkmap: lijst,
    voorbereiding: (p) => valideerEnMarkeer(p, { peildatum: PEIL }),
    stap: (p) => valideerEnMarkeer(p, { peildatum: "2021-03-02" }),
  },
  {
    naam: "markeringen wissen",
    werkmap: lijst,
    voorbereiding: (p) => valideerEnMarkeer(p, { peildatum: PEIL }),
    stap: (p) => wisMarkeringen(p),
  },
  {
    naam: "herstel van één status",
    werkmap: lijst,
    stap: (p) =>
      pasWijzigingenToe(p, [{ sheet: "Actielijst", cell: "E4", from: "Afgerond", to: "Gereed" }], {
        actie: "Herstel status",
        tijdstip: "t",
      }),
  },
  { naam: "normaliseren (log nieuw)", werkmap: lijst, stap: normaliseer },
  {
    naam: "normaliseren (log bestaat)",
    werkmap: lijst,
    voorbereiding: (p) =>
      pasWijzigingenToe(p, [{ sheet: "Actielijst", cell: "E4", from: "Afgerond", to: "Gereed" }], {
        actie: "Herstel",
        tijdstip: "t0",
      }),
    stap: normaliseer,
  },
  {
    naam: "ongedaan maken",
    werkmap: lijst,
    voorbereiding: normaliseer,
    stap: (p) => maakOngedaan(p, { tijdstip: "t2" }),
  },
  {
    naam: "register schrijven",
    werkmap: (profile) =>
      ExcelEmulator.fromSheets([{ name: "Actielijst", values: actielijst() }], { profile }),
    stap: (p) =>
      writeRegister(
        p,
        [
          { naam: "Nicoline van der Linden", aliassen: ["Nicoline"], aantal: 2 },
          { naam: "Anja Woortman", aliassen: [], aantal: 1 },
        ],
        { tijdstip: "2021-02-24 10:00:00" }
      ),
  },
  {
    naam: "leg vast (eerste keer)",
    werkmap: lijst,
    stap: (p) => legVast(p, { peildatum: PEIL }, "2021-03-10", "2021-03-10 10:00:00"),
  },
  {
    // Appends below an earlier version: the added rows' values and date formats must go on failure.
    naam: "leg vast (blad bestaat)",
    werkmap: lijst,
    voorbereiding: (p) => legVast(p, { peildatum: PEIL }, "2021-02-10", "2021-02-10 10:00:00"),
    stap: (p) => legVast(p, { peildatum: PEIL }, "2021-03-10", "2021-03-10 10:00:00"),
  },
  { naam: "actiepunten uit verslag", werkmap: lijst, stap: actiepunten },
  {
    naam: "dashboard maken",
    werkmap: (profile) => ExcelEmulator.fromSheets(kwartalen(), { profile }),
    stap: (p) => maakDashboard(p, { peildatum: "2020-05-12", gemaakt: "nu" }),
  },
];

/** Each scenario on each platform: "markeren (eerste keer) [web]", "... [desktop]". */
export const SCENARIOS: Scenario[] = PROFIELEN.flatMap((profiel) =>
  BASIS.map((s) => ({ ...s, naam: `${s.naam} [${profiel}]`, werkmap: () => s.werkmap(profiel) }))
);

/** The workbook's content: sheets, cells, merges, tables, charts; not which sheet is active or selected. */
export function inhoud(standIn: ExcelEmulator): unknown {
  const s = standIn.snapshot();
  return { ...s, activeSheet: null, sheets: s.sheets.map((b) => ({ ...b, selection: "" })) };
}
