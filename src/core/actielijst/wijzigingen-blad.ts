import {
  datumWaarde,
  DATUM_FORMAAT,
  columnWidths,
  tijdstipNederlands,
  type CellFormat,
} from "../blad-opmaak";
import { datumNederlands, type IsoDate } from "../dates/iso";
import type { Afdruk } from "../afdruk";
import type { CellValue } from "../grid";
import type { DeadlineVerloop } from "./verloop";
import { indeling, type Koppeling, type Verschil, type VerschilSoort } from "./verschil";
import {
  actieNaam,
  onzekerTekst,
  VELD_NAAM,
  verloopTekst,
  VERSCHIL_KOPPEN,
} from "./verschil-berichten";
import type { ActieVersie } from "./versie";

/** Written in A2: how Regie knows the sheet is its own to replace. */
export const WIJZIGINGEN_MERK = "Gemaakt door Regie";

/** "Wijzigingen sinds 13-01-2021": the sheet's name and title. */
export function wijzigingenSheetName(sinds: IsoDate): string {
  const [j, m, d] = sinds.split("-");
  return `Wijzigingen sinds ${d}-${m}-${j}`;
}

export const WIJZIGINGEN_KOP = [
  "Soort",
  "Rij",
  "Actie",
  "Wat",
  "Van",
  "Naar",
  "Dagen",
  "Koppeling",
  "Deadline verschoven",
] as const;

const KOP_RIJ = 6;

export interface WijzigingenSheet {
  values: CellValue[][];
  opmaak: CellFormat[];
  bevrorenRijen: number;
  /** Printed one landscape A4 wide, as many pages down as the changes need, the header on each. */
  afdruk: Afdruk;
}

/**
 * The action's column at most this wide (points), its text wrapped: a long action then takes more
 * lines instead of widening the printed page (and shrinking its type) or running under "Wat".
 */
const ACTIE_BREEDTE = 220;

export interface WijzigingenSheetOptions {
  /** The earlier version's date. */
  sinds: IsoDate;
  /** What was compared with: a file's name or "vastlegging van 13-1-2021". */
  bron: string;
  /** The sheet of the open list. */
  blad: string;
  peildatum: IsoDate;
  /** The moment, as the clock gave it: 2021-02-24 10:15:03. */
  gemaakt: string;
  /** Per row of the open list: how often its deadline moved across the kept versions. */
  verloop?: ReadonlyMap<number, DeadlineVerloop>;
}

/**
 * The sheet "Wijzigingen sinds ...": a heading, then one row per change (new, closed, changed per
 * field, gone), unsure matches said in their row. Rows are those of the open list (of the earlier
 * version for what is gone). Dates are real Excel dates.
 */
export function wijzigingenBlad(v: Verschil, o: WijzigingenSheetOptions): WijzigingenSheet {
  const lijsten = indeling(v);
  const rijen: CellValue[][] = [
    [wijzigingenSheetName(o.sinds)],
    [`${WIJZIGINGEN_MERK} op ${tijdstipNederlands(o.gemaakt)}; opnieuw maken vervangt dit blad.`],
    ["Vergeleken", `${o.blad} (nu) met ${o.bron}`],
    ["Peildatum", datumWaarde(o.peildatum)],
    [],
    [...WIJZIGINGEN_KOP],
  ];
  const verloop = (a: ActieVersie) => {
    const x = o.verloop?.get(a.row);
    return x ? verloopTekst(x) : "";
  };
  const datumCellen: string[] = [];
  const waarde = (w: string): CellValue => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w)) return w;
    datumCellen.push(`${String.fromCharCode(65 + rijen[rijen.length - 1].length)}${rijen.length}`);
    return datumWaarde(w);
  };
  const soortNaam = (s: VerschilSoort) => VERSCHIL_KOPPEN[s];
  for (const a of lijsten.nieuw)
    rijen.push([soortNaam("nieuw"), a.row, actieNaam(a), "", "", "", "", "", verloop(a)]);
  const koppeling = (s: VerschilSoort, k: Koppeling) => {
    for (const w of k.wijzigingen) {
      const rij: CellValue[] = [soortNaam(s), k.nieuw.row, actieNaam(k.nieuw), VELD_NAAM[w.veld]];
      rijen.push(rij);
      rij.push(w.veld === "owners" ? w.van.join(" / ") : waarde(w.van));
      rij.push(w.veld === "owners" ? w.naar.join(" / ") : waarde(w.naar));
      rij.push(w.veld === "deadline" && w.dagen !== null ? w.dagen : "");
      rij.push(k.zeker ? "" : onzekerTekst(k), verloop(k.nieuw));
    }
  };
  for (const k of lijsten.gesloten) koppeling("gesloten", k);
  for (const k of lijsten.gewijzigd) koppeling("gewijzigd", k);
  for (const a of lijsten.verdwenen)
    rijen.push([soortNaam("verdwenen"), a.row, actieNaam(a), "", "", "", "", "", ""]);
  for (const k of lijsten.onzeker.filter((x) => x.wijzigingen.length === 0))
    rijen.push([
      soortNaam("onzeker"),
      k.nieuw.row,
      actieNaam(k.nieuw),
      "",
      "",
      "",
      "",
      onzekerTekst(k),
      verloop(k.nieuw),
    ]);
  if (rijen.length === KOP_RIJ) rijen.push(["Geen wijzigingen."]);
  const opmaak: WijzigingenSheet["opmaak"] = [
    { address: "A1", bold: true },
    { address: "A2", italic: true, fontColor: "#666666" },
    // Under what was compared (text, left), not at the column's right edge as a number goes.
    { address: "B4", numberFormat: DATUM_FORMAAT, horizontalAlignment: "Left" },
    { address: `A${KOP_RIJ}:I${KOP_RIJ}`, bold: true },
    ...datumCellen.map((address) => ({ address, numberFormat: DATUM_FORMAAT })),
    ...columnWidths(
      rijen,
      (w, r, c) =>
        typeof w === "number" && (c === 4 || c === 5 || (r === 3 && c === 1))
          ? datumNederlands("2021-12-31")
          : // What was compared (B3) runs on over the empty cells beside it: it does not widen Rij.
            r === 2
            ? ""
            : String(w ?? ""),
      // The action wraps (below): a new action, the last cell of its row, still needs its width.
      [2]
    ).map(({ kolom, breedte }) => ({
      address: `${kolom}1`,
      columnWidth: kolom === "C" ? Math.min(breedte, ACTIE_BREEDTE) : breedte,
    })),
  ];
  if (rijen.length > KOP_RIJ)
    opmaak.push(
      { address: `C${KOP_RIJ + 1}:C${rijen.length}`, wrapText: true },
      // A wrapped action makes its row tall: every cell of the row reads from the top, as the action.
      { address: `A${KOP_RIJ + 1}:I${rijen.length}`, verticalAlignment: "Top" },
      // The row number under its header, apart from the action beside it.
      { address: `B${KOP_RIJ}:B${rijen.length}`, horizontalAlignment: "Left" }
    );
  return {
    values: rijen,
    opmaak,
    bevrorenRijen: KOP_RIJ,
    afdruk: {
      printArea: null,
      fitToPages: { wide: 1, tall: 0 },
      printTitleRows: `$${KOP_RIJ}:$${KOP_RIJ}`,
      rowBreaks: [],
    },
  };
}
