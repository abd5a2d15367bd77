import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../src/core/grid";
import { kop, rij } from "./grid";

type Blad = {
  naam: string;
  rijen?: (CellValue | ExcelJS.CellValue)[][];
  vul?: (ws: ExcelJS.Worksheet) => void | Promise<void>;
  state?: ExcelJS.WorksheetState;
};
type Geval = { naam: string; bladen?: Blad[]; bytes?: () => Promise<Buffer> | Buffer };

const ACTIES = () => [
  kop(),
  rij("a. verlopen", "Nicoline", "In uitvoering", "1 februari 2021"),
  rij("b. later", "Anja", "Gereed", "1 mei 2021"),
];
const REGISTER = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Anja Woortman", "Anja", "", "", ""],
];
const adressen = (fase: (i: number) => CellValue, n = 8) => [
  ["Adres-ID", "Gemeente", "Fase"],
  ...Array.from({ length: n }, (_, i) => [`00142000${1000 + i}`, "Groningen", fase(i)]),
];

/** The corpus: small workbooks that are wrong in every way the secretariaat's files can be. */
const GEVALLEN: Geval[] = [
  { naam: "leeg", bladen: [{ naam: "Blad1" }] },
  {
    naam: "geen-kop",
    bladen: [
      {
        naam: "Blad1",
        rijen: [
          ["Piet", "Dorpsstraat 1"],
          ["Kees", 42],
        ],
      },
    ],
  },
  { naam: "alleen-kop", bladen: [{ naam: "Actielijst", rijen: [kop()] }] },
  {
    naam: "twee-koppen-typfouten",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [
          ...ACTIES(),
          [],
          kop({ 4: "Uitvoeringssstatus", 5: "Opracht DUO", 6: "Deadlines verdragging" }),
          rij("c", "Henk", "loopt", "Q2 2021"),
        ],
      },
    ],
  },
  {
    naam: "kolommen-door-elkaar",
    bladen: [
      {
        naam: "Acties",
        rijen: [
          ["Deadline", "Status", "Openstaande acties", "Accounthouder"],
          ["1 maart 2021", "In uitvoring", "a", "Anja"],
        ],
      },
    ],
  },
  {
    naam: "alles-samengevoegd",
    bladen: [{ naam: "Actielijst", rijen: ACTIES(), vul: (ws) => ws.mergeCells("A2:H3") }],
  },
  {
    naam: "foutwaarden",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [
          kop(),
          ["", "", "a", { error: "#N/A" }, { error: "#REF!" }, "", { error: "#VALUE!" }, ""],
        ],
      },
    ],
  },
  {
    naam: "formules",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [
          kop(),
          [
            "",
            "",
            "a",
            { formula: '"An"&"ja"', result: "Anja" },
            { formula: "1+1", result: 2 },
            "",
            { formula: "TODAY()", result: 44250 },
            "",
          ],
        ],
      },
    ],
  },
  {
    naam: "vijandige-tekst",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [kop(), rij('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3")],
      },
      {
        naam: "Q4 2019",
        rijen: [
          ["Adres-ID", "Fase"],
          ["=1/0", "+cmd"],
        ],
      },
    ],
  },
  {
    naam: "unicode",
    bladen: [
      {
        naam: "Actielijst 😀",
        rijen: [kop(), rij("a. 😀 ⚠️ محمد", "Zoë 🌍", "In uitvoering", "１ mei ２０２１")],
      },
    ],
  },
  {
    naam: "enorme-tekst",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [kop(), rij("x".repeat(32_000), "Anja", "In uitvoering", "y".repeat(32_000))],
      },
    ],
  },
  {
    naam: "beveiligd",
    bladen: [{ naam: "Actielijst", rijen: ACTIES(), vul: (ws) => ws.protect("geheim", {}) }],
  },
  {
    naam: "verborgen-rijen",
    bladen: [
      { naam: "Actielijst", rijen: ACTIES(), vul: (ws) => void (ws.getRow(2).hidden = true) },
    ],
  },
  {
    naam: "verborgen-blad",
    bladen: [{ naam: "Leeg" }, { naam: "Actielijst", rijen: ACTIES(), state: "hidden" }],
  },
  {
    naam: "zeer-verborgen-blad",
    bladen: [{ naam: "Leeg" }, { naam: "Actielijst", rijen: ACTIES(), state: "veryHidden" }],
  },
  {
    naam: "rij-1000000",
    bladen: [
      {
        naam: "Actielijst",
        rijen: ACTIES(),
        vul: (ws) => void (ws.getCell("A1000000").value = "verdwaald"),
      },
    ],
  },
  {
    naam: "register-kapot",
    bladen: [
      { naam: "Actielijst", rijen: ACTIES() },
      {
        naam: "Accounthouders",
        rijen: [
          REGISTER[0],
          ["Anja Woortman", "Anja; Anja"],
          ["Anja de Vries", "Anja"],
          ["", "wie"],
          ["Henk", "", "", "gisteren", "Niemand"],
        ],
      },
    ],
  },
  {
    naam: "register-zonder-kop",
    bladen: [
      { naam: "Actielijst", rijen: ACTIES() },
      { naam: "Accounthouders", rijen: [["Anja Woortman", "Anja"]] },
    ],
  },
  {
    naam: "datums-als-tekst",
    bladen: [
      {
        naam: "Adressen",
        rijen: [
          ["Adres-ID", "Datum opname", "Datum beoordeling", "Datum voltooid"],
          ["1", "31-3-2020", "1 april 2020", "morgen"],
          ["2", "2020-02-30", "?", ""],
        ],
      },
    ],
  },
  {
    naam: "datums-door-elkaar",
    bladen: [
      {
        naam: "Adressen",
        rijen: [
          ["Adres-ID", "Datum opname", "Datum beoordeling", "Datum voltooid"],
          ["1", new Date(2020, 5, 1), new Date(2019, 0, 1), new Date(2018, 0, 1)],
        ],
      },
    ],
  },
  {
    naam: "kwartaal-onbekend",
    bladen: [
      { naam: "Stand", rijen: adressen(() => "Opname") },
      { naam: "Nieuw", rijen: adressen(() => "Voltooid") },
    ],
  },
  {
    naam: "gemengd",
    bladen: [
      { naam: "Q4 2019", rijen: adressen(() => "Opname") },
      {
        naam: "Adressen",
        rijen: [
          ["Adres-ID", "Datum opname", "Datum beoordeling"],
          ["1", new Date(2019, 1, 1), ""],
        ],
      },
    ],
  },
  {
    naam: "dubbele-adressen",
    bladen: [
      {
        naam: "Q4 2019",
        rijen: [...adressen(() => "Opname"), ["001420001000", "Groningen", "Beoordeling"]],
      },
    ],
  },
  {
    naam: "adresid-getal",
    bladen: [
      {
        naam: "Q4 2019",
        rijen: [
          ["Adres-ID", "Fase"],
          [Number("14200078729054123"), "Opname"],
          [Number("14200078729054124"), "Opname"],
        ],
      },
    ],
  },
  {
    naam: "fase-onbekend",
    bladen: [{ naam: "Q1 2020", rijen: adressen((i) => ["Opnam", "Klaar?", 3, true, ""][i % 5]) }],
  },
  {
    naam: "lege-adresid",
    bladen: [
      {
        naam: "Q1 2020",
        rijen: [
          ["Adres-ID", "Fase"],
          ["", "Opname"],
          [null, "Voltooid"],
        ],
      },
    ],
  },
  {
    naam: "dashboard-van-gebruiker",
    bladen: [
      { naam: "Q1 2020", rijen: adressen(() => "Opname") },
      { naam: "Dashboard mijlpalen", rijen: [["Mijn eigen cijfers"]] },
    ],
  },
  {
    naam: "regie-bladen-kapot",
    bladen: [
      { naam: "Actielijst", rijen: ACTIES() },
      {
        naam: "Regie-markeringen",
        rijen: [["rommel"], ["Actielijst", "ZZZ", "?", "", "paars"]],
        state: "veryHidden",
      },
      { naam: "Wijzigingslog", rijen: [["rommel"], ["x", "y"]] },
    ],
  },
  {
    naam: "booleans",
    bladen: [
      { naam: "Actielijst", rijen: [kop(), ["", "", true, false, true, false, true, false]] },
    ],
  },
  {
    naam: "getallen-als-deadline",
    bladen: [
      {
        naam: "Actielijst",
        rijen: [
          kop(),
          rij("a", "Anja", "In uitvoering", 44286),
          rij("b", "Anja", "In uitvoering", -5),
          rij("c", "Anja", "In uitvoering", 3.5e12),
        ],
      },
    ],
  },
  {
    naam: "veel-bladen",
    bladen: Array.from({ length: 70 }, (_, i) => ({
      naam: `Blad ${i + 1}`,
      rijen: i === 69 ? ACTIES() : [[i]],
    })),
  },
  { naam: "niet-xlsx", bytes: () => Buffer.from("Dit is geen werkmap maar gewone tekst.\n") },
  { naam: "leeg-bestand", bytes: () => Buffer.alloc(0) },
  {
    naam: "zip-zonder-werkmap",
    bytes: async () =>
      (await new JSZip()
        .file("hallo.txt", "hallo")
        .generateAsync({ type: "nodebuffer" })) as Buffer,
  },
  {
    naam: "afgekapt",
    bytes: async () =>
      (await werkmapBytes([{ naam: "Actielijst", rijen: ACTIES() }])).subarray(0, 1500),
  },
];

async function werkmapBytes(bladen: Blad[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const b of bladen) {
    const ws = wb.addWorksheet(b.naam, { state: b.state ?? "visible" });
    for (const rij of b.rijen ?? []) ws.addRow(rij.map((v) => (v === "" ? null : v)));
    await b.vul?.(ws);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes every corpus file into `map` and returns their paths. */
export async function maakCorpus(map: string): Promise<string[]> {
  const paden: string[] = [];
  for (const g of GEVALLEN) {
    const pad = join(map, `${g.naam}.xlsx`);
    writeFileSync(pad, g.bytes ? await g.bytes() : await werkmapBytes(g.bladen ?? []));
    paden.push(pad);
  }
  return paden;
}
