import { cellAddress } from "../address";
import { cellText, isBlank, type CellValue, type Grid } from "../grid";
import { ACTIE_KOLOMMEN, type ActieColumn } from "./columns";
import type { KopBlok } from "./header";
import { MergeIndex } from "../merges";
import type { Terugzetting } from "./terugzetten";

/** One action row as a reader of the sheet sees it: merged cells and continuation cells filled in. */
export interface RuweActie {
  /** 1-based Excel row. */
  row: number;
  blok: KopBlok;
  tekst: Record<ActieColumn, string>;
  /** The raw value of each column (numbers stay numbers: a deadline can be an Excel date). */
  waarde: Record<ActieColumn, CellValue>;
  /** The cell that holds each column's value: the top-left cell when it comes from a merged area. */
  cel: Partial<Record<ActieColumn, string>>;
  /** The row looked shifted one column: it is read as if put back (`cel` says where each value is). */
  verschoven?: Terugzetting;
}

/** Goal and topic are written once per group and left blank below; they carry down. */
const DOORLOPENDE_KOLOMMEN: readonly ActieColumn[] = ["doel", "onderwerp"];

/** A row is an action when it has any of these of its own; goal or topic alone make a group title. */
const ACTIE_INHOUD: readonly ActieColumn[] = [
  "actie",
  "accounthouder",
  "status",
  "opdracht",
  "deadline",
];

/**
 * The action rows below each header block. `bron` maps every cell inside a merged area to its
 * top-left cell, so every row gets the merged value in any column.
 */
export function bouwActies(grid: Grid, blokken: readonly KopBlok[]): RuweActie[] {
  const kolommen = blokken.flatMap((b) => Object.values(b.kolommen) as number[]);
  const bron = new MergeIndex(grid.merges, kolommen);
  const acties: RuweActie[] = [];
  blokken.forEach((blok, i) => {
    const einde = i + 1 < blokken.length ? blokken[i + 1].row : grid.values.length;
    const vorige: Partial<Record<ActieColumn, { waarde: CellValue; cel: string }>> = {};
    for (let r = blok.row + 1; r < einde; r++) {
      const actie = leesRij(grid, bron, blok, r);
      if (!actie) continue;
      for (const kolom of DOORLOPENDE_KOLOMMEN) draagDoor(actie, kolom, vorige);
      if (ACTIE_INHOUD.some((k) => actie.tekst[k] !== "")) acties.push(actie);
    }
  });
  return acties;
}

function leesRij(grid: Grid, bron: MergeIndex, blok: KopBlok, r: number): RuweActie | null {
  const tekst = {} as Record<ActieColumn, string>;
  const waarde = {} as Record<ActieColumn, CellValue>;
  const cel: Partial<Record<ActieColumn, string>> = {};
  let leeg = true;
  for (const kolom of Object.keys(blok.kolommen) as ActieColumn[]) {
    const c = blok.kolommen[kolom] as number;
    const [br, bc] = bron.source(r, c);
    const v = grid.values[br]?.[bc] ?? "";
    waarde[kolom] = v;
    tekst[kolom] = cellText(v);
    cel[kolom] = cellAddress(br, bc);
    if (!isBlank(v)) leeg = false;
  }
  for (const kolom of ACTIE_KOLOMMEN) {
    if (tekst[kolom] === undefined) {
      tekst[kolom] = "";
      waarde[kolom] = "";
    }
  }
  return leeg ? null : { row: r + 1, blok, tekst, waarde, cel };
}

function draagDoor(
  actie: RuweActie,
  kolom: ActieColumn,
  vorige: Partial<Record<ActieColumn, { waarde: CellValue; cel: string }>>
): void {
  if (actie.tekst[kolom] !== "") {
    vorige[kolom] = { waarde: actie.waarde[kolom], cel: actie.cel[kolom] as string };
    return;
  }
  const v = vorige[kolom];
  if (!v) return;
  actie.waarde[kolom] = v.waarde;
  actie.tekst[kolom] = cellText(v.waarde);
  actie.cel[kolom] = v.cel;
}
