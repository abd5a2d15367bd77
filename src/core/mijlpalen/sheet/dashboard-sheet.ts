import { columnLetter } from "../../address";
import {
  datumWaarde,
  DATUM_FORMAAT,
  columnWidths,
  tijdstipNederlands,
  type CellFormat,
} from "../../blad-opmaak";
import type { CellValue } from "../../grid";
import { mijlpaalBericht } from "../berichten";
import { doorstroomSectie } from "./doorstroom-section";
import { breedteVan, rijenPerPagina, schaalOpBreedte, type Afdruk } from "../../afdruk";
import { FASEN } from "../fasen/fasen";
import { faseKleuren } from "../fasen/fase-kleuren";
import type { KwartaalTelling, MijlpalenDashboard } from "../dashboard-schema";

export const DASHBOARD_BLAD = "Dashboard mijlpalen";

/** Written in A2 of every dashboard Regie makes: how Regie knows a sheet is its own to replace. */
export const DASHBOARD_MERK = "Gemaakt door Regie";

export type Opmaak = CellFormat;

/** Everything the dashboard sheet holds, from A1: values, formats, the table and the chart. */
export interface DashboardBlad {
  values: CellValue[][];
  opmaak: Opmaak[];
  tabellen: { address: string; naam: string }[];
  /** The stacked column chart: one series per phase, each in its phase's colour (FASE_KLEUREN). */
  grafiek: {
    source: string;
    from: string;
    to: string;
    title: string;
    seriesColors: string[];
  } | null;
  /** Rows kept in view while scrolling: the heading down to the table's header. */
  bevrorenRijen: number;
  /** How it prints: the table with the chart below it filling one landscape A4 (see grafiekPlaats). */
  afdruk: Afdruk;
}

/** Thousands with a separator, as the memo writes them: Dutch Excel shows 2.887. */
const AANTAL = "#,##0";
const KOP = ["Kwartaal", ...FASEN, "Totaal", "Stand per"];
const KOP_RIJ = 6;
/** The table's columns, A to I: the chart below it is as wide, and so is the printed page. */
const TABEL_KOLOMMEN = KOP.map((_, c) => columnLetter(c));
/** Findings listed in the sheet: enough to act on, without a write of hundreds of thousands of rows. */
export const MAX_MELDINGEN_IN_BLAD = 10_000;

/**
 * The dashboard as the memo shows it: quarters by phase with totaal, then the running quarter, the
 * chart below them, the movement between consecutive quarters ("Doorstroom per kwartaal"), the
 * per-gemeente counts (only with more than one gemeente), what changed the totaal, and every finding.
 */
export function dashboardBlad(
  d: MijlpalenDashboard,
  bronbladen: readonly string[],
  gemaakt: string
): DashboardBlad {
  // Column widths follow the cells, wherever the chart goes: a first layout without it gives them.
  const zonder = opbouw(d, bronbladen, gemaakt, 0, Infinity);
  const breedtes = columnWidths(zonder.rijen, (w, r, c) => weergave(w, r, c, KOP.length));
  const plaats = grafiekPlaats({
    tabelEinde: zonder.tabelEinde,
    breedte: breedteVan(new Map(breedtes.map((b) => [b.kolom, b.breedte])), TABEL_KOLOMMEN),
    doorstroomRijen: zonder.doorstroomNodig,
  });
  const heeftGrafiek = d.kwartalen.length > 0;
  const b = opbouw(d, bronbladen, gemaakt, heeftGrafiek ? plaats.rijen : 0, plaats.afdrukTot);
  const opmaak = [
    ...b.opmaak,
    ...breedtes.map((x) => ({ address: `${x.kolom}1`, columnWidth: x.breedte })),
  ];
  const laatsteKolom = TABEL_KOLOMMEN[TABEL_KOLOMMEN.length - 1];
  const grafiekEinde = b.grafiekStart + plaats.rijen - 1;
  const grafiek = heeftGrafiek
    ? {
        source: `A${KOP_RIJ}:${columnLetter(FASEN.length)}${b.laatste}`,
        from: `A${b.grafiekStart}`,
        to: `${laatsteKolom}${grafiekEinde}`,
        title: "Adressen per fase per kwartaal",
        seriesColors: faseKleuren(),
      }
    : null;
  const afdruk: Afdruk = grafiek
    ? {
        printArea: `A1:${laatsteKolom}${Math.max(grafiekEinde, b.doorstroom.afdrukEinde)}`,
        fitToPages: { wide: 1, tall: plaats.eenPagina ? 1 : 0 },
        // Over more pages the quarter table goes on under its header, and the chart starts a page.
        printTitleRows: plaats.eenPagina ? null : `$${KOP_RIJ}:$${KOP_RIJ}`,
        rowBreaks: plaats.eenPagina ? [] : [b.grafiekStart],
      }
    : { printArea: null, fitToPages: { wide: 1, tall: 0 }, printTitleRows: null, rowBreaks: [] };
  return {
    values: b.rijen,
    opmaak,
    tabellen: b.tabellen,
    grafiek,
    bevrorenRijen: KOP_RIJ,
    afdruk,
  };
}

/** The chart's height in rows: low enough to print with the table, high enough to read. */
const GRAFIEK_MIN = 12;
const GRAFIEK_MAX = 22;
/** Below this scale type of 11 pt prints under 8 pt: the table then spans pages instead. */
const MIN_SCHAAL = 0.75;

/**
 * Where the chart goes and what shares its page. The chart sits under the table (one blank row
 * between), as wide as the table, so "fit to one page wide" prints the table near 100 %. When the
 * table, a chart of GRAFIEK_MIN rows and the movement table's newest ended quarter pair fit one
 * page at MIN_SCHAAL or more, they print on one page (fit 1 x 1), the chart as high as the page
 * allows at the table's width, up to GRAFIEK_MAX; the movement pairs that still fit print below
 * it. A longer table prints over pages one wide (its header row repeated); the chart then starts
 * a page of its own, at GRAFIEK_MAX, with what fits of the movement table below it.
 *
 * `tabelEinde`: the last row above the chart (the table, or the running quarter below it);
 * `breedte`: the table's columns in points; `doorstroomRijen`: the rows the movement section needs
 * down to its newest ended pair (blank, heading, note, header, the running quarter's pair and it).
 */
export function grafiekPlaats(o: {
  tabelEinde: number;
  breedte: number;
  doorstroomRijen: number;
}): { rijen: number; eenPagina: boolean; afdrukTot: number } {
  const boven = o.tabelEinde + 1;
  const opBreedte = rijenPerPagina(schaalOpBreedte(o.breedte));
  const minimaal = boven + GRAFIEK_MIN + o.doorstroomRijen;
  if (minimaal > rijenPerPagina(MIN_SCHAAL)) {
    // The page with the chart also shows the repeated header row.
    const rijen = Math.min(GRAFIEK_MAX, opBreedte - 1);
    return { rijen, eenPagina: false, afdrukTot: boven + opBreedte - 1 };
  }
  const rijen = Math.max(GRAFIEK_MIN, Math.min(GRAFIEK_MAX, opBreedte - boven - o.doorstroomRijen));
  return { rijen, eenPagina: true, afdrukTot: Math.max(opBreedte, minimaal) };
}

/** One layout of the sheet, with the chart `grafiekRijen` high under the table. */
function opbouw(
  d: MijlpalenDashboard,
  bronbladen: readonly string[],
  gemaakt: string,
  grafiekRijen: number,
  afdrukTot: number
) {
  const rijen: CellValue[][] = [
    [DASHBOARD_BLAD],
    [`${DASHBOARD_MERK} op ${tijdstipNederlands(gemaakt)}; opnieuw genereren vervangt dit blad.`],
    ["Peildatum", datumWaarde(d.peildatum)],
    ["Bronbladen", bronbladen.join(", ")],
    [
      "Indeling",
      d.indeling === "momentopnamen" ? "Momentopname per kwartaal" : "Datum per mijlpaal",
    ],
  ];
  const opmaak: Opmaak[] = [
    { address: "A1", bold: true },
    { address: "A2", italic: true, fontColor: "#666666" },
    { address: "B3", numberFormat: DATUM_FORMAAT, horizontalAlignment: "Left" },
  ];
  const tabellen: DashboardBlad["tabellen"] = [];
  const breedte = KOP.length;
  rijen.push(KOP);
  for (const k of d.kwartalen) rijen.push(tellingRij(k));
  const laatste = KOP_RIJ + d.kwartalen.length;
  const tabel = `A${KOP_RIJ}:${columnLetter(breedte - 1)}${laatste}`;
  if (d.kwartalen.length > 0) {
    tabellen.push({ address: tabel, naam: "RegieMijlpalen" });
    opmaak.push(
      {
        address: `B${KOP_RIJ + 1}:${columnLetter(breedte - 2)}${laatste}`,
        numberFormat: AANTAL,
      },
      {
        address: `${columnLetter(breedte - 1)}${KOP_RIJ + 1}:${columnLetter(breedte - 1)}${laatste}`,
        numberFormat: DATUM_FORMAAT,
      }
    );
  }
  opmaak.push(
    { address: `A${KOP_RIJ}:${columnLetter(breedte - 1)}${KOP_RIJ}`, bold: true },
    // Headers of counts and dates stand above their right-aligned numbers.
    {
      address: `B${KOP_RIJ}:${columnLetter(breedte - 1)}${KOP_RIJ}`,
      horizontalAlignment: "Right",
    }
  );
  if (d.lopend) {
    rijen.push(
      [],
      [`Lopend kwartaal, stand op de peildatum (telt niet mee in de grafiek)`],
      tellingRij(d.lopend)
    );
    opmaak.push(
      { address: `A${rijen.length - 1}`, italic: true },
      {
        address: `B${rijen.length}:${columnLetter(breedte - 2)}${rijen.length}`,
        numberFormat: AANTAL,
      },
      { address: `${columnLetter(breedte - 1)}${rijen.length}`, numberFormat: DATUM_FORMAAT }
    );
  }
  const tabelEinde = rijen.length;
  // The chart's rows: a blank one, then the rows it covers (empty cells under the picture).
  const grafiekStart = tabelEinde + 2;
  if (grafiekRijen > 0) for (let i = 0; i <= grafiekRijen; i++) rijen.push([]);
  const doorstroom = doorstroomSectie(d.doorstroom, rijen.length + 1, afdrukTot);
  rijen.push(...doorstroom.rijen);
  opmaak.push({ address: `A${doorstroom.titelRij}`, bold: true });
  if (doorstroom.notitieRij) opmaak.push({ address: `A${doorstroom.notitieRij}`, italic: true });
  if (doorstroom.tabel) {
    const { address, kopRij } = doorstroom.tabel;
    tabellen.push({ address, naam: "RegieDoorstroom" });
    opmaak.push(
      { address: `A${kopRij}:D${kopRij}`, bold: true },
      { address: `D${kopRij}`, horizontalAlignment: "Right" },
      { address: `D${kopRij + 1}:D${doorstroom.eindRij}`, numberFormat: AANTAL },
      ...doorstroom.voltooidRijen.map((r) => ({ address: `B${r}:D${r}`, bold: true }))
    );
  }
  const gemeenten = d.kwartalen.some((k) => (k.perGemeente?.length ?? 0) > 1);
  if (gemeenten) {
    rijen.push([], ["Per gemeente"]);
    opmaak.push({ address: `A${rijen.length}`, bold: true });
    const kop = rijen.length + 1;
    rijen.push(["Kwartaal", "Gemeente", ...FASEN, "Totaal"]);
    for (const k of d.kwartalen)
      for (const g of k.perGemeente ?? [])
        rijen.push([k.label, g.gemeente, ...FASEN.map((f) => g.counts[f] ?? 0), g.total]);
    tabellen.push({
      address: `A${kop}:${columnLetter(FASEN.length + 2)}${rijen.length}`,
      naam: "RegieMijlpalenPerGemeente",
    });
    opmaak.push({
      address: `C${kop + 1}:${columnLetter(FASEN.length + 2)}${rijen.length}`,
      numberFormat: AANTAL,
    });
  }
  if (d.totaalVerschil.length > 0) {
    rijen.push(
      [],
      ["Verschil in totaal"],
      [
        "Kwartaal",
        "Vorig kwartaal",
        "Totaal vorig",
        "Totaal nu",
        "Nieuw",
        "Verdwenen",
        "Nieuwe adressen (eerste 20)",
        "Verdwenen adressen (eerste 20)",
      ]
    );
    opmaak.push(
      { address: `A${rijen.length - 1}`, bold: true },
      { address: `A${rijen.length}:H${rijen.length}`, bold: true }
    );
    for (const v of d.totaalVerschil)
      rijen.push([
        v.quarter,
        v.vorigKwartaal,
        v.vorig,
        v.nu,
        v.added.length,
        v.gone.length,
        v.added.slice(0, 20).join(", "),
        v.gone.slice(0, 20).join(", "),
      ]);
  }
  rijen.push([], [`Meldingen (${d.anomalies.length})`]);
  opmaak.push({ address: `A${rijen.length}`, bold: true });
  if (d.anomalies.length > 0) {
    rijen.push(["Blad", "Cel", "Adres-ID", "Melding"]);
    opmaak.push({ address: `A${rijen.length}:D${rijen.length}`, bold: true });
    for (const a of d.anomalies.slice(0, MAX_MELDINGEN_IN_BLAD))
      rijen.push([a.sheet, a.cell, a.adresId ?? "", mijlpaalBericht(a)]);
    if (d.anomalies.length > MAX_MELDINGEN_IN_BLAD)
      rijen.push([
        `... en nog ${(d.anomalies.length - MAX_MELDINGEN_IN_BLAD).toLocaleString("nl-NL")} meldingen; de opdrachtregel (regie mijlpalen --json) geeft ze allemaal.`,
      ]);
  } else rijen.push(["Geen: alle rijen zijn geteld."]);
  // What the movement section needs on the page: from its blank row to the newest ended pair (the
  // pane's "Dit kwartaal doorgestroomd"; the running quarter's pair above it), and the note's row
  // when more pairs follow.
  const geeindigd = Math.max(
    0,
    [...d.doorstroom].reverse().findIndex((x) => !x.lopend)
  );
  const tot = doorstroom.voltooidRijen[geeindigd];
  const meer = doorstroom.voltooidRijen.length > geeindigd + 1;
  const doorstroomNodig =
    tot === undefined
      ? doorstroom.eindRij - doorstroom.titelRij + 2
      : tot - doorstroom.titelRij + 2 + (meer && !doorstroom.notitieRij ? 1 : 0);
  return {
    rijen,
    opmaak,
    tabellen,
    laatste,
    tabelEinde,
    grafiekStart,
    doorstroom,
    doorstroomNodig,
  };
}

function tellingRij(k: KwartaalTelling): CellValue[] {
  return [k.label, ...FASEN.map((f) => k.counts[f] ?? 0), k.total, datumWaarde(k.end)];
}

/** A cell as the sheet shows it, for fitting widths: dates as 31-12-2019, counts as 2.887. */
function weergave(w: CellValue, rij: number, kolom: number, breedte: number): string {
  if (typeof w !== "number") return String(w ?? "");
  const datum = (rij === 2 && kolom === 1) || (rij >= KOP_RIJ && kolom === breedte - 1);
  return datum ? "31-12-2019" : w.toLocaleString("nl-NL");
}

/** True when the sheet's first rows carry Regie's mark: it may be replaced. */
export function isRegieDashboard(head: readonly (readonly CellValue[])[]): boolean {
  return typeof head[1]?.[0] === "string" && head[1][0].startsWith(DASHBOARD_MERK);
}

/**
 * The name the dashboard gets: its own name when free or Regie's, else the first free "(2)", "(3)" ...
 * `basis`: the region's sheet (REGIO_BLAD) is named by the same rule.
 */
export function dashboardNaam(
  bladen: readonly { name: string; head: CellValue[][] }[],
  basis: string = DASHBOARD_BLAD
): {
  naam: string;
  vervangt: boolean;
  bezetDoorGebruiker: boolean;
} {
  const bestaand = bladen.find((b) => b.name.toLowerCase() === basis.toLowerCase());
  if (!bestaand) return { naam: basis, vervangt: false, bezetDoorGebruiker: false };
  if (isRegieDashboard(bestaand.head))
    return { naam: bestaand.name, vervangt: true, bezetDoorGebruiker: false };
  const namen = new Set(bladen.map((b) => b.name.toLowerCase()));
  for (let i = 2; ; i++) {
    const naam = `${basis} (${i})`;
    const regie = bladen.find((b) => b.name.toLowerCase() === naam.toLowerCase());
    if (regie && isRegieDashboard(regie.head))
      return { naam: regie.name, vervangt: true, bezetDoorGebruiker: true };
    if (!namen.has(naam.toLowerCase())) return { naam, vervangt: false, bezetDoorGebruiker: true };
  }
}
