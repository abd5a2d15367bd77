import { toExcelSerial } from "../../src/core/dates/iso";
import type { CellValue, Grid } from "../../src/core/grid";
import { FASEN, kwartaalEinde, type Kwartaal } from "../../src/core/mijlpalen";
import { uitNummer } from "../../src/core/mijlpalen/kwartalen";
import { join } from "node:path";
import { werkmap, type BladSpec } from "./xlsx";

/**
 * The gemeenten's own workbooks of a region, made in the test setup: each in its own layout
 * (snapshot sheets or milestone dates) and, for snapshots, its own way of naming quarters. One
 * deterministic phase per address per quarter, so that any set of addresses can be written in
 * any layout and any split over workbooks, and the counts still say the same.
 */

/** How a snapshot workbook names its quarter sheets: "Q1 2019", "1e kwartaal 2019", "31-3-2019". */
export type Naamstijl = "Q" | "ordinaal" | "datum";

export interface GemeenteSpec {
  /** The file name, "Loppersum.xlsx". */
  bestand: string;
  /** The gemeente column's value on every row; null: the workbook has no gemeente column. */
  gemeente: string | null;
  indeling: "momentopnamen" | "mijlpaaldatums";
  naamstijl?: Naamstijl;
  /** The address numbers of this workbook (see adresId). */
  adressen: readonly number[];
  /** Quarter numbers (0 is Q1 2019) the snapshot workbook has a sheet for, oldest first. */
  kwartalen: readonly number[];
}

/** The first quarter of every region made here: Q1 2019. */
export const EERSTE_JAAR = 2019;

/** "0014200010000097": the 16-digit text IDs of the programme's address lists. */
export function adresId(a: number): string {
  return `00142000${String(10_000_000 + a * 97).padStart(8, "0")}`;
}

/**
 * The phase index of address a at the end of quarter q: rising or staying, never back. Address 0
 * and every seventh address take their first step in quarter 0, so every milestone workbook that
 * holds one starts in Q1 2019.
 */
export function faseOp(a: number, q: number): number {
  const tempo = 0.25 + ((a * 13) % 7) / 8;
  const start = a % 7 === 0 ? 1 : 0;
  return Math.min(FASEN.length - 1, start + Math.floor(q * tempo));
}

/** The quarter in which address a first reaches phase f (f >= 1), or null when never by quarter `tot`. */
function kwartaalVanFase(a: number, f: number, tot: number): number | null {
  for (let q = 0; q <= tot; q++) if (faseOp(a, q) >= f) return q;
  return null;
}

/** Quarter q of the region: 0 is Q1 2019. */
export function kwartaal(q: number): Kwartaal {
  return uitNummer(EERSTE_JAAR * 4 + q);
}

/** The last day of quarter q, as a peildatum. */
export function kwartaalEind(q: number): string {
  return kwartaalEinde(kwartaal(q));
}

export function bladNaam(q: number, stijl: Naamstijl): string {
  const k = kwartaal(q);
  if (stijl === "Q") return `Q${k.kwartaal} ${k.jaar}`;
  if (stijl === "ordinaal") return `${k.kwartaal}e kwartaal ${k.jaar}`;
  const [j, m, d] = kwartaalEinde(k).split("-").map(Number);
  return `${d}-${m}-${j}`;
}

/** The sheets of one gemeente's workbook; `tot`: the last quarter a milestone date may fall in. */
export function gemeenteBladen(g: GemeenteSpec, tot: number): BladSpec[] {
  return g.indeling === "momentopnamen" ? momentopnamen(g) : [mijlpaaldatums(g, tot)];
}

function momentopnamen(g: GemeenteSpec): BladSpec[] {
  const kop = ["Adres-ID", "Straat", ...(g.gemeente === null ? [] : ["Gemeente"]), "Fase"];
  return g.kwartalen.map((q) => ({
    name: bladNaam(q, g.naamstijl ?? "Q"),
    values: [
      kop,
      ...g.adressen.map((a) => [
        adresId(a),
        "Dorpsstraat",
        ...(g.gemeente === null ? [] : [g.gemeente]),
        FASEN[faseOp(a, q)],
      ]),
    ],
  }));
}

const DATUM_KOP = [
  "Datum opname",
  "Datum beoordeling",
  "Datum planvorming",
  "Datum uitvoering",
  "Datum voltooid",
];

/** Each milestone dated in the middle month of the quarter it is first reached in. */
function mijlpaaldatums(g: GemeenteSpec, tot: number): BladSpec {
  const kop = ["Adres-ID", ...(g.gemeente === null ? [] : ["Gemeente"]), ...DATUM_KOP];
  const rijen = g.adressen.map((a): CellValue[] => [
    adresId(a),
    ...(g.gemeente === null ? [] : [g.gemeente]),
    ...DATUM_KOP.map((_, i) => {
      const q = kwartaalVanFase(a, i + 1, tot);
      if (q === null) return "";
      const k = kwartaal(q);
      const dag = String(1 + (a % 27)).padStart(2, "0");
      const maand = String(k.kwartaal * 3 - 1).padStart(2, "0");
      return toExcelSerial(`${k.jaar}-${maand}-${dag}`)!;
    }),
  ]);
  return { name: "Adressen", values: [kop, ...rijen] };
}

/** The sheets as the core takes them. */
export function alsGrids(bladen: readonly BladSpec[]): Grid[] {
  return bladen.map((b) => ({ sheet: b.name, values: b.values, merges: [] }));
}

/** Quarters van..tot, both included. */
export function bereik(van: number, tot: number): number[] {
  return Array.from({ length: Math.max(0, tot - van + 1) }, (_, i) => van + i);
}

/** The example region's last quarter: Q1 2019 .. Q4 2020. */
export const TOT = 7;

/**
 * The example region: five gemeenten in every layout and every quarter naming. Ten Boer starts a
 * quarter later; Het Hogeland has no gemeente column (its name comes from its file). 160 addresses.
 */
export const REGIO: readonly GemeenteSpec[] = [
  {
    bestand: "Groningen.xlsx",
    gemeente: "Groningen",
    indeling: "momentopnamen",
    naamstijl: "Q",
    adressen: bereik(0, 39),
    kwartalen: bereik(0, TOT),
  },
  {
    bestand: "Loppersum.xlsx",
    gemeente: "Loppersum",
    indeling: "momentopnamen",
    naamstijl: "ordinaal",
    adressen: bereik(40, 69),
    kwartalen: bereik(0, TOT),
  },
  {
    bestand: "Ten Boer.xlsx",
    gemeente: "Ten Boer",
    indeling: "momentopnamen",
    naamstijl: "datum",
    adressen: bereik(70, 89),
    kwartalen: bereik(1, TOT),
  },
  {
    bestand: "Eemsdelta.xlsx",
    gemeente: "Eemsdelta",
    indeling: "mijlpaaldatums",
    adressen: bereik(90, 129),
    kwartalen: [],
  },
  {
    bestand: "Het Hogeland.xlsx",
    gemeente: null,
    indeling: "mijlpaaldatums",
    adressen: bereik(130, 159),
    kwartalen: [],
  },
];

/** Each gemeente's workbook as a file in `map`; the paths in the order of `specs`. */
export async function schrijfGemeenten(
  map: string,
  specs: readonly GemeenteSpec[] = REGIO,
  tot = TOT
): Promise<string[]> {
  const paden: string[] = [];
  for (const g of specs) {
    const pad = join(map, g.bestand);
    await werkmap(...gemeenteBladen(g, tot)).saveAs(pad);
    paden.push(pad);
  }
  return paden;
}
