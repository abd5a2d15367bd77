import ExcelJS from "exceljs";
import { FASEN } from "../src/core/mijlpalen";

/** Deterministic pseudo-random numbers: the same workbooks on every machine and every run. */
export function willekeurig(zaad: number): () => number {
  let s = zaad >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEMEENTEN = [
  "Groningen",
  "Eemsdelta",
  "Het Hogeland",
  "Midden-Groningen",
  "Oldambt",
  "Westerkwartier",
  "Pekela",
];
const STATUSSEN = [
  "Nog niet gestart",
  "In voorbereiding",
  "In uitvoering",
  "Gereed",
  "Verstuurd",
  "in uitvoering",
  "Afgerond",
];
const DEADLINES = [
  "31 maart 2021",
  "26 maart?",
  "Q2 2021",
  "Zo spoedig mogelijk",
  "begin jan 2021",
  "doorlopend",
  "1 mei 2021",
  "Nader te bepalen",
  "eind juni",
  "Q1/Q2 2021",
  "Vanaf Q3 2021",
  "na brief B",
  "15 februari 2021",
  "medio april 2021",
];
const VOORNAMEN = [
  "Peter",
  "Henk",
  "Roelien",
  "Jurry",
  "Anja",
  "Johan",
  "Bert",
  "Nicoline",
  "Marc",
  "Sanne",
];
const ACHTERNAMEN = [
  "Spijkerman",
  "Mulder",
  "Kamminga",
  "Bonnema",
  "Woortman",
  "Koopmans",
  "Popken",
  "van der Linden",
  "Hoenders",
  "de Vries",
];

/** 40 ways the secretariaat writes its ten owners: first names, initials, v.d., case, typos, pairs, redactions. */
export function eigenaarVarianten(): string[] {
  const uit: string[] = [];
  VOORNAMEN.forEach((v, i) => {
    const a = ACHTERNAMEN[i];
    uit.push(v, v.toLowerCase() + " ", `${v[0]}. ${a.replace("van der", "v.d.")}`, `${v} ${a}`);
  });
  return [...uit.slice(0, 36), "Nicoline / Anja", "Marc & Peter", "0/26", "N.t.b."];
}

export async function schrijfActielijst(
  pad: string,
  rijen: number,
  metRegister = false
): Promise<void> {
  const r = willekeurig(rijen);
  const varianten = eigenaarVarianten();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true });
  const ws = wb.addWorksheet("Actielijst");
  ws.addRow([
    "Randvoorwaarde realisatie doelen",
    "Onderwerpen",
    "Openstaande acties",
    "Account-houder DUO",
    "Uitvoeringsstatus",
    "Opdracht DUO",
    "Deadline: vertraging vertraging verwacht op schema",
    "Opmerking",
  ]).commit();
  for (let i = 0; i < rijen; i++) {
    const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(r() * lijst.length)];
    ws.addRow([
      i % 12 === 0 ? `#${String(1 + ((i / 12) % 11)).padStart(2, "0")} Doel` : "",
      i % 4 === 0 ? `${["I", "II", "III", "IV"][i % 4]}. Onderwerp` : "",
      `${String.fromCharCode(97 + (i % 26))}. Actie ${i}`,
      kies(varianten),
      kies(STATUSSEN),
      r() < 0.3 ? "Nader te bepalen" : "",
      kies(DEADLINES),
      r() < 0.2 ? "Loopt" : "",
    ]).commit();
  }
  ws.commit();
  if (metRegister) {
    const reg = wb.addWorksheet("Accounthouders");
    reg.addRow(["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"]).commit();
    VOORNAMEN.forEach((v, i) => reg.addRow([`${v} ${ACHTERNAMEN[i]}`, v, "", "", ""]).commit());
    reg.commit();
  }
  await wb.commit();
}

/** The phase index of address a at quarter q: start and pace vary, never backwards. */
function fase(a: number, q: number): number {
  const start = (a * 7919) % 23 < 14 ? 0 : (a * 31) % 4;
  const tempo = ((a * 13) % 10) / 10;
  return Math.min(FASEN.length - 1, start + Math.floor(q * tempo * 0.5));
}

function adresId(a: number): string {
  return `00142000${String(10_000_000 + a * 97).padStart(8, "0")}`;
}

export function kwartaalNaam(q: number): string {
  return `Q${(q % 4) + 1} ${2019 + Math.floor(q / 4)}`;
}

/** Which of the generated addresses a workbook holds, and the gemeente column of each. */
export interface Deel {
  /** Address number i is in this workbook. */
  bevat: (i: number) => boolean;
  gemeente: (i: number) => string;
}

const ALLE: Deel = { bevat: () => true, gemeente: (i) => GEMEENTEN[i % 7] };

export async function schrijfKwartalen(
  pad: string,
  adressen: number,
  kwartalen: number,
  deel: Deel = ALLE
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true });
  for (let q = 0; q < kwartalen; q++) {
    const ws = wb.addWorksheet(kwartaalNaam(q));
    ws.addRow([
      "Adres-ID",
      "Straat",
      "Huisnummer",
      "Toevoeging",
      "Postcode",
      "Woonplaats",
      "Gemeente",
      "Fase",
    ]).commit();
    for (let a = 0; a < adressen; a++) {
      // 7919 is prime and shares no factor with the address counts used: a permutation, so another
      // row order in every sheet (as in the fixture) without listing an address twice.
      const i = (a * 7919 + q * 13) % adressen;
      if (!deel.bevat(i)) continue;
      ws.addRow([
        adresId(i),
        "Dorpsstraat",
        1 + (i % 250),
        i % 9 === 0 ? "A" : null,
        `97${String(10 + (i % 90))} AB`,
        deel.gemeente(i),
        deel.gemeente(i),
        FASEN[fase(i, q)],
      ]).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/** Ten gemeenten of the region, as the regional bench splits its addresses. */
export const REGIO_GEMEENTEN = [...GEMEENTEN, "Appingedam", "Loppersum", "Delfzijl"] as const;

/**
 * The region's addresses split over ten gemeenten's workbooks (address i to gemeente i mod 10),
 * and the same rows as one workbook: the same sheets, rows in the same order, the same gemeente
 * column. The paths of the ten, then the one.
 */
export async function schrijfRegio(
  map: (naam: string) => string,
  adressen: number,
  kwartalen: number,
  /** A workbook that is there already is not made again. */
  bestaat: (pad: string) => boolean = () => false
): Promise<{ gemeenten: string[]; samen: string }> {
  const gemeente = (i: number) => REGIO_GEMEENTEN[i % REGIO_GEMEENTEN.length];
  const gemeenten = await Promise.all(
    REGIO_GEMEENTEN.map(async (naam, g) => {
      const pad = map(`regio-${adressen}x${kwartalen}-${naam}.xlsx`);
      const deel = { bevat: (i: number) => i % REGIO_GEMEENTEN.length === g, gemeente };
      if (!bestaat(pad)) await schrijfKwartalen(pad, adressen, kwartalen, deel);
      return pad;
    })
  );
  const samen = map(`regio-${adressen}x${kwartalen}-samen.xlsx`);
  if (!bestaat(samen))
    await schrijfKwartalen(samen, adressen, kwartalen, { bevat: () => true, gemeente });
  return { gemeenten, samen };
}

export async function schrijfDatums(
  pad: string,
  adressen: number,
  kwartalen: number
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true });
  const ws = wb.addWorksheet("Adressen");
  ws.addRow([
    "Adres-ID",
    "Gemeente",
    "Datum opname",
    "Datum beoordeling",
    "Datum planvorming",
    "Datum uitvoering",
    "Datum voltooid",
  ]).commit();
  for (let a = 0; a < adressen; a++) {
    const datums: (Date | null)[] = [];
    let vorig = -1;
    for (let q = 0; q < kwartalen; q++) {
      const f = fase(a, q);
      while (vorig < f) {
        vorig++;
        if (vorig > 0)
          datums.push(new Date(Date.UTC(2019 + Math.floor(q / 4), (q % 4) * 3 + 1, 1 + (a % 27))));
      }
    }
    ws.addRow([
      adresId(a),
      GEMEENTEN[a % 7],
      ...Array.from({ length: 5 }, (_, i) => datums[i] ?? null),
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}
