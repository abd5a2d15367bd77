import { cellAddress } from "../address";
import { EIGENAAR_SCHEIDING } from "../accounthouders/split";
import type { Actie } from "../actielijst/actie";
import type { ActieColumn } from "../actielijst/columns";
import { datumNederlands, yearOf, type IsoDate } from "../dates/iso";
import { MONTH_NAMES } from "../dates/vocabulary";
import type { CellMove } from "../findings";
import { isBlank, type Grid } from "../grid";
import type { Actiepunt } from "./actiepunten";
import type { ActiepuntDeadline } from "./termijn";

/** A row proposed for the list: what goes in each column (doel and onderwerp left to the user). */
export interface NieuweRij {
  /** The item's number in the verslag. */
  nummer: string;
  waarden: Partial<Record<ActieColumn, string>>;
}

/** How the list writes its dates: as text ("31 maart 2021") or as date cells. */
export type DeadlineStijl = "tekst" | "datum";

export const NIEUWE_STATUS = "Nog niet gestart";

/** "uit verslag DUO 13-01-2021": the remark every row from a verslag gets. */
export function herkomst(vergadering: IsoDate): string {
  return `uit verslag DUO ${datumNederlands(vergadering)}`;
}

/**
 * The row of an action point: its text, its owners joined as the list joins them ("A / B"),
 * status Nog niet gestart, the deadline as the list writes deadlines, the remark where it came from.
 */
export function nieuweRij(
  actiepunt: Actiepunt,
  vergadering: IsoDate,
  stijl: DeadlineStijl
): NieuweRij {
  return {
    nummer: actiepunt.nummer,
    waarden: {
      actie: actiepunt.tekst,
      accounthouder: actiepunt.owners.join(EIGENAAR_SCHEIDING),
      status: NIEUWE_STATUS,
      deadline: deadlineCel(actiepunt.deadline, stijl),
      opmerking: herkomst(vergadering),
    },
  };
}

/**
 * How the list writes its deadlines: as text when most of its dated deadlines are text (the DUO
 * list: "31 maart 2021", "26 maart?"), as dates when most are date cells.
 */
export function deadlineStijl(acties: readonly Actie[]): DeadlineStijl {
  let cellen = 0;
  let tekst = 0;
  for (const a of acties) {
    if (a.deadline.kind !== "date") continue;
    if (typeof a.bron.waarde.deadline === "number") cellen++;
    else tekst++;
  }
  return cellen > tekst ? "datum" : "tekst";
}

/**
 * A deadline as the list writes it, so that the list's reader reads it back the same:
 *   a day         -> "10 februari 2021" (a list of date cells: "10-02-2021", as text: a date
 *                    cell needs a cell format, which Ongedaan maken could not take back)
 *   unsure        -> the same with "?" ("10 februari 2021?"), as the list marks it ("26 maart?")
 *   month, quarter-> as written, with the year when the verslag left it out ("begin mei 2021")
 *   open terms    -> "Zo spoedig mogelijk", "Nader te bepalen", "Doorlopend"
 *   anything else -> as written ("na de zomer"); no deadline -> empty
 */
export function deadlineCel(d: ActiepuntDeadline | null, stijl: DeadlineStijl): string {
  if (!d) return "";
  const vraag = d.uncertain ? "?" : "";
  if (d.kind === "date" && d.due && d.start === null)
    return (stijl === "datum" ? datumNederlands(d.due) : voluit(d.due)) + vraag;
  if (d.kind === "date" || d.kind === "month" || d.kind === "quarter") {
    const jaar = d.implied.length > 0 ? ` ${yearOf(d.due ?? d.start ?? "")}` : "";
    return hoofdletter(d.text.replace(/\s*\?/g, "")) + jaar + vraag;
  }
  if (d.kind === "asap") return "Zo spoedig mogelijk";
  if (d.kind === "ongoing") return "Doorlopend";
  if (d.kind === "tbd" && d.bron === "tekst") return "Nader te bepalen";
  return hoofdletter(d.text.replace(/\s*\?/g, "")) + vraag;
}

/** "2021-02-10" -> "10 februari 2021". */
function voluit(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/**
 * The first row below everything on the sheet (1-based): below the last row with a value and
 * below every merged area, so that a new row never lands inside the user's rows.
 */
export function eersteVrijeRij(grid: Grid): number {
  let laatste = -1;
  grid.values.forEach((rij, r) => {
    if (rij.some((v) => !isBlank(v))) laatste = r;
  });
  for (const m of grid.merges) laatste = Math.max(laatste, m.bottom);
  return laatste + 2;
}

/**
 * The cells the rows fill, one after the other from `eersteRij`: only columns the list has, only
 * values that are not empty, each a change from an empty cell (what the write guards).
 */
export function rijCellen(
  sheet: string,
  kolommen: Partial<Record<ActieColumn, number>>,
  eersteRij: number,
  rijen: readonly NieuweRij[]
): CellMove[] {
  return rijen.flatMap((rij, k) =>
    (Object.entries(rij.waarden) as [ActieColumn, string | undefined][]).flatMap(
      ([kolom, waarde]) => {
        const c = kolommen[kolom];
        if (c === undefined || waarde === undefined || waarde.trim() === "") return [];
        return [{ sheet, cell: cellAddress(eersteRij - 1 + k, c), from: "", to: waarde }];
      }
    )
  );
}
