import { tijdstipSerieel } from "../blad-opmaak";
import { parseExcelSerial } from "../dates/parsers/excel-serial";
import { isIsoDate, isoFromParts, toExcelSerial, type IsoDate } from "../dates/iso";
import { cellText, type CellValue, type Grid } from "../grid";
import { duidStatus } from "./status";
import { actieVersieSchema, sorteerNamen, type ActieVersie } from "./versie";

/**
 * The sheet where "Leg vast voor het DUO van ..." keeps the list as it stood for a meeting: plain
 * cells under one header row, one row per action per kept version, readable (and filterable)
 * without Regie. Regie only appends to it and clears its own cells (columns A to K of the rows a
 * version occupies): a column or row the user adds there stays where it is (issue 24, case 13).
 */
export const VASTLEG_BLAD = "Regie-vastleggingen";

export const VASTLEG_KOP = [
  "DUO van",
  "Vastgelegd op",
  "Rij",
  "Doel",
  "Onderwerp",
  "Actie",
  "Accounthouders",
  "Status",
  "Status zoals geschreven",
  "Deadline",
  "Deadline-datum",
] as const;

/** Columns with a date (DUO van, Deadline-datum) and the moment (Vastgelegd op), by letter. */
export const VASTLEG_DATUMKOLOMMEN = ["A", "K"] as const;
export const VASTLEG_TIJDSTIPKOLOM = "B";

/** Joint owners in one cell, as the list writes them. */
const SCHEIDING = " / ";

/** One kept version: the meeting it was kept for, when, and its actions. */
export interface Vastlegging {
  datum: IsoDate;
  /** The moment as the cell holds it (an Excel date and time), written back as it was. */
  vastgelegd: CellValue;
  acties: ActieVersie[];
}

/** The sheet's rows for the versions (header first), in meeting order. */
export function vastleggingWaarden(vastleggingen: readonly Vastlegging[]): CellValue[][] {
  const rijen: CellValue[][] = [[...VASTLEG_KOP]];
  for (const v of [...vastleggingen].sort((a, b) => a.datum.localeCompare(b.datum)))
    for (const a of v.acties)
      rijen.push([
        toExcelSerial(v.datum) ?? v.datum,
        v.vastgelegd,
        a.row,
        a.doel,
        a.onderwerp,
        a.actie,
        a.eigenaren.join(SCHEIDING),
        a.status ?? "",
        a.statusTekst,
        a.deadlineTekst,
        a.due ? (toExcelSerial(a.due) ?? a.due) : "",
      ]);
  return rijen;
}

/** A new version to keep: the moment as the clock gives it (2021-02-24 10:15:03). */
export function nieuweVastlegging(
  datum: IsoDate,
  tijdstip: string,
  acties: readonly ActieVersie[]
): Vastlegging {
  return {
    datum,
    vastgelegd: tijdstipSerieel(tijdstip) ?? tijdstip,
    acties: acties.map(({ cel: _cel, ...a }) => a),
  };
}

export type VastleggingLezing =
  | {
      ok: true;
      vastleggingen: Vastlegging[];
      /** 1-based rows someone damaged, skipped. */ overgeslagen: number[];
    }
  | { ok: false; reden: "geen-kop" };

/**
 * Reads the kept versions back, oldest first. A sheet whose first row is not Regie's header is not
 * Regie's (ok: false); a row that no longer reads (no date, no row number) is skipped and named.
 */
export function readVastleggingen(grid: Grid): VastleggingLezing {
  const lezing = leesMetRijen(grid);
  return lezing.ok
    ? { ok: true, vastleggingen: lezing.vastleggingen, overgeslagen: lezing.overgeslagen }
    : lezing;
}

/** Where Regie's rows are on the sheet: the 1-based rows of each kept version, and the last used row. */
export interface VastlegRijen {
  per: Map<IsoDate, number[]>;
  /** The last row holding anything (Regie's or the user's), 1-based; 0 on an empty sheet. */
  laatsteRij: number;
}

/** The rows each version occupies; null when the sheet is not Regie's (no header). */
export function vastlegRijen(grid: Grid): VastlegRijen | null {
  const lezing = leesMetRijen(grid);
  if (!lezing.ok) return null;
  let laatsteRij = 0;
  grid.values.forEach((rij, i) => {
    if (rij.some((v) => cellText(v) !== "")) laatsteRij = i + 1;
  });
  return { per: lezing.rijen, laatsteRij };
}

function leesMetRijen(
  grid: Grid
):
  | (VastleggingLezing & { ok: true; rijen: Map<IsoDate, number[]> })
  | { ok: false; reden: "geen-kop" } {
  const kop = grid.values[0] ?? [];
  if (!VASTLEG_KOP.every((k, i) => cellText(kop[i]) === k)) return { ok: false, reden: "geen-kop" };
  const per = new Map<IsoDate, Vastlegging>();
  const overgeslagen: number[] = [];
  const rijen = new Map<IsoDate, number[]>();
  grid.values.slice(1).forEach((rij, i) => {
    if (rij.every((v) => cellText(v) === "")) return;
    const datum = datumCel(rij[0], grid.date1904);
    const due = cellText(rij[10]) === "" ? null : datumCel(rij[10], grid.date1904);
    const statusTekst = cellText(rij[8]);
    const status = duidStatus(cellText(rij[7]) || statusTekst);
    const actie = actieVersieSchema.safeParse({
      row: Number(rij[2]),
      doel: cellText(rij[3]),
      onderwerp: cellText(rij[4]),
      actie: cellText(rij[5]),
      eigenaren: sorteerNamen(
        cellText(rij[6])
          .split(SCHEIDING)
          .map((n) => n.trim())
          .filter(Boolean)
      ),
      status: status.soort === "leeg" || status.soort === "onbekend" ? null : status.status,
      statusTekst,
      deadlineTekst: cellText(rij[9]),
      due,
    });
    if (!datum || !actie.success || (cellText(rij[10]) !== "" && !due)) {
      overgeslagen.push(i + 2);
      return;
    }
    const v = per.get(datum) ?? { datum, vastgelegd: rij[1] ?? "", acties: [] };
    v.acties.push(actie.data);
    per.set(datum, v);
    const bij = rijen.get(datum) ?? [];
    bij.push(i + 2);
    rijen.set(datum, bij);
  });
  return {
    ok: true,
    vastleggingen: [...per.values()].sort((a, b) => a.datum.localeCompare(b.datum)),
    overgeslagen,
    rijen,
  };
}

/** An Excel date, or a date typed as 13-1-2021 or 2021-01-13. */
function datumCel(v: CellValue | undefined, date1904 = false): IsoDate | null {
  if (typeof v === "number") return parseExcelSerial(v, date1904);
  const t = cellText(v);
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}
