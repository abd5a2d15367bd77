import { columnLetter, qualified } from "../../address";
import { breedteVan, rijenPerPagina, schaalOpBreedte } from "../../afdruk";
import { columnWidths, datumWaarde, DATUM_FORMAAT, tijdstipNederlands } from "../../blad-opmaak";
import type { CellValue } from "../../grid";
import { mijlpaalBericht, opsomming, regioBericht, REGIO_WOORDEN } from "../berichten";
import type { KwartaalTelling } from "../dashboard-schema";
import { faseKleuren } from "../fasen/fase-kleuren";
import { FASEN } from "../fasen/fasen";
import type { RegioDashboard } from "../regio/schema";
import {
  DASHBOARD_MERK,
  MAX_MELDINGEN_IN_BLAD,
  type DashboardBlad,
  type Opmaak,
} from "./dashboard-sheet";

/** The region's own sheet, beside a workbook's "Dashboard mijlpalen" (which it never replaces). */
export const REGIO_BLAD = "Dashboard regio";

const AANTAL = "#,##0";
const KOP = ["Kwartaal", ...FASEN, "Totaal", "Stand per", "Opmerking"];
/** The table's columns, A to J: the charts are as wide, and so is the printed page. */
const KOLOMMEN = KOP.map((_, c) => columnLetter(c));
const LAATSTE = columnLetter(KOP.length - 1);
const GRAFIEK_MIN = 12;
const GRAFIEK_MAX = 18;

/** A quarter as a table row, with what the region lacks for it. */
type Rij = KwartaalTelling & { ontbrekend?: readonly string[] };

/** Where a gemeente's (or the region's) part of the sheet is, for tests and the pane. */
export interface RegioSectie {
  naam: string;
  /** The table's header row and last row (1-based). */
  kopRij: number;
  eindRij: number;
}

export interface RegioBlad extends Omit<DashboardBlad, "grafiek"> {
  /** One stacked column chart per section, the region's first; each in the phases' colours. */
  grafieken: NonNullable<DashboardBlad["grafiek"] & { naam: string }>[];
  secties: RegioSectie[];
}

/**
 * The region's dashboard as one sheet, printable on landscape A4 pages one wide: the region's
 * table (quarters oldest first as on the single dashboard, so that its chart reads left to right;
 * a quarter some gemeente lacks is marked in grey italics and names them), its chart, then per
 * gemeente its table and chart, each gemeente starting a page; then the findings across the
 * workbooks and each workbook's own. Row 1 (the sheet's title) repeats atop every page.
 */
export function regioBlad(r: RegioDashboard, gemaakt: string): RegioBlad {
  const zonder = opbouw(r, gemaakt, 0);
  // Opmerking ends the table and the page: it counts whole, else print cuts it off.
  const breedtes = columnWidths(zonder.rijen, weergave(zonder.datumCellen), [KOP.length - 1]);
  const breedte = breedteVan(new Map(breedtes.map((b) => [b.kolom, breder(b)])), KOLOMMEN);
  const b = opbouw(r, gemaakt, rijenPerPagina(schaalOpBreedte(breedte)));
  return {
    values: b.rijen,
    opmaak: [
      ...b.opmaak,
      ...breedtes.map((x) => ({ address: `${x.kolom}1`, columnWidth: breder(x) })),
    ],
    tabellen: b.tabellen,
    grafieken: b.grafieken,
    secties: b.secties,
    bevrorenRijen: 0,
    afdruk: {
      printArea: `A1:${LAATSTE}${b.rijen.length}`,
      fitToPages: { wide: 1, tall: 0 },
      printTitleRows: "$1:$1",
      rowBreaks: b.breuken,
    },
  };
}

/** One layout; with `paginaRijen` 0 only the cells (for the widths), else with charts and breaks. */
function opbouw(r: RegioDashboard, gemaakt: string, paginaRijen: number) {
  const rijen: CellValue[][] = [
    [REGIO_BLAD],
    [`${DASHBOARD_MERK} op ${tijdstipNederlands(gemaakt)}; opnieuw genereren vervangt dit blad.`],
    ["Peildatum", datumWaarde(r.peildatum)],
    // The names only: each gemeente's part names its workbook (a path may run off the page).
    ["Gemeenten", opsomming(r.gemeenten.map((g) => g.gemeente))],
  ];
  const opmaak: Opmaak[] = [
    { address: "A1", bold: true },
    { address: "A2", italic: true, fontColor: "#666666" },
    { address: "B3", numberFormat: DATUM_FORMAAT, horizontalAlignment: "Left" },
  ];
  const datumCellen = new Set<string>(["2:1"]);
  const tabellen: DashboardBlad["tabellen"] = [];
  const grafieken: RegioBlad["grafieken"] = [];
  const secties: RegioSectie[] = [];
  const breuken: number[] = [];

  /** A part: title, table (the running quarter below it), `noot` under it, the chart. */
  const sectie = (
    titel: string,
    kwartalen: readonly Rij[],
    lopend: Rij | undefined,
    i: number,
    noot?: string
  ) => {
    const titelRij = rijen.length + 1;
    if (i > 0 && paginaRijen > 0) breuken.push(titelRij);
    rijen.push([titel]);
    opmaak.push({ address: `A${titelRij}`, bold: true });
    const kopRij = titelRij + 1;
    rijen.push(KOP);
    opmaak.push(
      { address: `A${kopRij}:${LAATSTE}${kopRij}`, bold: true },
      {
        address: `B${kopRij}:${columnLetter(KOP.length - 2)}${kopRij}`,
        horizontalAlignment: "Right",
      }
    );
    const telRij = (k: Rij) => {
      const rij = rijen.length + 1;
      rijen.push(tellingRij(k));
      datumCellen.add(`${rij - 1}:${KOP.length - 2}`);
      if (k.ontbrekend?.length)
        opmaak.push({ address: `A${rij}:${LAATSTE}${rij}`, italic: true, fontColor: "#9C5700" });
    };
    kwartalen.forEach(telRij);
    const eindRij = rijen.length;
    if (kwartalen.length > 0) {
      tabellen.push({ address: `A${kopRij}:${LAATSTE}${eindRij}`, naam: `RegieRegio${i}` });
      opmaak.push(
        {
          address: `B${kopRij + 1}:${columnLetter(FASEN.length + 1)}${eindRij}`,
          numberFormat: AANTAL,
        },
        {
          address: `${columnLetter(KOP.length - 2)}${kopRij + 1}:${columnLetter(KOP.length - 2)}${eindRij}`,
          numberFormat: DATUM_FORMAAT,
        },
        // Centred in its widened column: apart from the counts before it and Opmerking after it.
        {
          address: `${columnLetter(KOP.length - 2)}${kopRij}:${columnLetter(KOP.length - 2)}${eindRij}`,
          horizontalAlignment: "Center",
        }
      );
    }
    secties.push({ naam: titel, kopRij, eindRij });
    if (lopend) {
      rijen.push([], ["Lopend kwartaal, stand op de peildatum (telt niet mee in de grafiek)"]);
      opmaak.push({ address: `A${rijen.length}`, italic: true });
      telRij(lopend);
      opmaak.push(
        {
          address: `B${rijen.length}:${columnLetter(FASEN.length + 1)}${rijen.length}`,
          numberFormat: AANTAL,
        },
        {
          address: `${columnLetter(KOP.length - 2)}${rijen.length}`,
          numberFormat: DATUM_FORMAAT,
          horizontalAlignment: "Center",
        }
      );
    }
    if (noot) {
      rijen.push([noot]);
      opmaak.push({ address: `A${rijen.length}`, italic: true, fontColor: "#9C5700" });
    }
    if (paginaRijen === 0 || kwartalen.length === 0) return;
    // The chart under the table on the same page when GRAFIEK_MIN rows still fit; else on the next.
    // Pages after the first repeat row 1; the first page starts with the sheet's heading.
    const paginaVan = i === 0 ? 1 : titelRij;
    const ruimte = paginaRijen - (i === 0 ? 0 : 1) - (rijen.length - paginaVan + 1) - 1;
    let hoogte = Math.min(GRAFIEK_MAX, ruimte);
    rijen.push([]);
    if (hoogte < GRAFIEK_MIN) {
      breuken.push(rijen.length + 1);
      hoogte = Math.min(GRAFIEK_MAX, paginaRijen - 2);
    }
    const van = rijen.length + 1;
    for (let n = 0; n < hoogte; n++) rijen.push([]);
    grafieken.push({
      naam: `RegieRegioGrafiek${i}`,
      source: `A${kopRij}:${columnLetter(FASEN.length)}${eindRij}`,
      from: `A${van}`,
      to: `${columnLetter(KOLOMMEN.length - 1)}${van + hoogte - 1}`,
      title: `${titel}: adressen per fase per kwartaal`,
      seriesColors: faseKleuren(),
    });
  };

  const onvolledig = [...r.kwartalen, ...(r.lopend ? [r.lopend] : [])].filter(
    (k) => k.ontbrekend.length > 0
  ).length;
  sectie(
    `${REGIO_WOORDEN.regio} (${r.gemeenten.length} gemeenten)`,
    r.kwartalen,
    r.lopend,
    0,
    onvolledig > 0
      ? `${onvolledig === 1 ? "Eén kwartaal is" : `${onvolledig} kwartalen zijn`} onvolledig: de regio telt daar alleen de gemeenten die het kwartaal hebben.`
      : undefined
  );
  r.gemeenten.forEach((g, i) => {
    rijen.push([]);
    sectie(`${g.gemeente} (${g.bron})`, g.dashboard.kwartalen, g.dashboard.lopend, i + 1);
  });

  const eigen = r.gemeenten.flatMap((g) => g.dashboard.anomalies.map((a) => ({ g, a })));
  rijen.push([]);
  if (paginaRijen > 0) breuken.push(rijen.length + 1);
  rijen.push([`Meldingen over de werkmappen heen (${r.bevindingen.length})`]);
  opmaak.push({ address: `A${rijen.length}`, bold: true });
  if (r.bevindingen.length === 0) rijen.push(["Geen."]);
  else {
    rijen.push(["Werkmap", "Cel", "Adres-ID", "Melding"]);
    opmaak.push({ address: `A${rijen.length}:D${rijen.length}`, bold: true });
    for (const b of r.bevindingen.slice(0, MAX_MELDINGEN_IN_BLAD))
      rijen.push([
        b.bron,
        b.sheet !== undefined && b.cell !== undefined ? qualified(b.sheet, b.cell) : "",
        b.adresId ?? "",
        regioBericht(b),
      ]);
  }
  rijen.push([], [`Meldingen in de werkmappen (${eigen.length})`]);
  opmaak.push({ address: `A${rijen.length}`, bold: true });
  if (eigen.length === 0) rijen.push(["Geen: alle rijen zijn geteld."]);
  else {
    rijen.push(["Werkmap", "Cel", "Adres-ID", "Melding"]);
    opmaak.push({ address: `A${rijen.length}:D${rijen.length}`, bold: true });
    for (const { g, a } of eigen.slice(0, MAX_MELDINGEN_IN_BLAD))
      rijen.push([g.bron, qualified(a.sheet, a.cell), a.adresId ?? "", mijlpaalBericht(a)]);
    if (eigen.length > MAX_MELDINGEN_IN_BLAD)
      rijen.push([
        `... en nog ${(eigen.length - MAX_MELDINGEN_IN_BLAD).toLocaleString("nl-NL")} meldingen; de opdrachtregel (regie mijlpalen --json) geeft ze allemaal.`,
      ]);
  }
  return { rijen, opmaak, tabellen, grafieken, secties, breuken, datumCellen };
}

/** "Stand per" is centred, "Opmerking" left: the room around it keeps them apart. */
function breder(x: { kolom: string; breedte: number }): number {
  return x.kolom === columnLetter(KOP.length - 2) ? x.breedte + 18 : x.breedte;
}

function tellingRij(k: Rij): CellValue[] {
  const rij: CellValue[] = [
    k.label,
    ...FASEN.map((f) => k.counts[f] ?? 0),
    k.total,
    datumWaarde(k.end),
  ];
  if (k.ontbrekend?.length) rij.push(REGIO_WOORDEN.onvolledig(k.ontbrekend));
  return rij;
}

/** A cell as the sheet shows it, for fitting widths: dates as 31-12-2019, counts as 2.887. */
function weergave(datums: ReadonlySet<string>) {
  return (w: CellValue, rij: number, kolom: number): string => {
    if (typeof w !== "number") return String(w ?? "");
    return datums.has(`${rij}:${kolom}`) ? "31-12-2019" : w.toLocaleString("nl-NL");
  };
}
