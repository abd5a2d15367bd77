import type { CellValue } from "../../grid";
import { DOORSTROOM_WOORDEN as W, plekNaam } from "../berichten";
import type { Doorstroom } from "../dashboard-schema";

/** The movement section of the dashboard sheet, placed from a given row on. */
export interface DoorstroomSectie {
  rijen: CellValue[][];
  /** 1-based rows within the sheet: the heading "Doorstroom per kwartaal" and the last row. */
  titelRij: number;
  eindRij: number;
  /** The last row that prints on the dashboard's page: whole quarter pairs, newest first. */
  afdrukEinde: number;
  /** The Excel table (its header row first), null when there is no pair of quarters to compare. */
  tabel: { address: string; kopRij: number } | null;
  /** The rows "Voltooid bereikt", for their bold; the note on what did not fit the page. */
  voltooidRijen: number[];
  notitieRij: number | null;
}

/**
 * "Doorstroom per kwartaal": per pair of consecutive quarters, newest first, only the moves that
 * are not zero, as "Q4 2019 → Q1 2020 | Nog niet gestart | Opname | 67", then its row "Voltooid
 * bereikt". `eersteRij` is the 1-based sheet row of the blank line above the heading; the pairs
 * that end on or before `afdrukTot` print with the table and the chart (the newest always), and a
 * note says how many did not fit.
 */
export function doorstroomSectie(
  doorstroom: readonly Doorstroom[],
  eersteRij: number,
  afdrukTot: number
): DoorstroomSectie {
  const titel: CellValue[][] = [[], [W.bladKop]];
  const titelRij = eersteRij + 1;
  if (doorstroom.length === 0) {
    const rijen = [...titel, [W.eenKwartaal]];
    const eindRij = eersteRij + rijen.length - 1;
    return leeg(rijen, titelRij, eindRij);
  }
  const blokken = [...doorstroom].reverse().map(blok);
  const zonderNotitie = passend(blokken, eersteRij + titel.length + 1, afdrukTot);
  const notitie: CellValue[][] =
    zonderNotitie < blokken.length ? [[W.afdruk(zonderNotitie, blokken.length)]] : [];
  // With the note the table starts a row lower: count again, so the note says what prints.
  const kopRij = eersteRij + titel.length + notitie.length;
  const opAfdruk = notitie.length ? passend(blokken, kopRij + 1, afdrukTot) : blokken.length;
  if (notitie.length) notitie[0] = [W.afdruk(opAfdruk, blokken.length)];
  const rijen = [...titel, ...notitie, [...W.kolommen]];
  const voltooidRijen: number[] = [];
  let afdrukEinde = kopRij;
  blokken.forEach((b, i) => {
    rijen.push(...b);
    voltooidRijen.push(eersteRij + rijen.length - 1);
    if (i < opAfdruk) afdrukEinde = eersteRij + rijen.length - 1;
  });
  const eindRij = eersteRij + rijen.length - 1;
  return {
    rijen,
    titelRij,
    eindRij,
    afdrukEinde,
    tabel: { address: `A${kopRij}:D${eindRij}`, kopRij },
    voltooidRijen,
    notitieRij: notitie.length ? titelRij + 1 : null,
  };
}

/** The rows of one pair: its moves (or "Geen verandering"), then Voltooid bereikt. */
function blok(d: Doorstroom): CellValue[][] {
  const paar = W.paar(d.vorigKwartaal, d.quarter, d.lopend);
  const rijen: CellValue[][] = d.bewegingen.map((b) => [
    paar,
    plekNaam(b.from),
    plekNaam(b.to),
    b.aantal,
  ]);
  if (rijen.length === 0) rijen.push([paar, W.geenVerandering, "", 0]);
  rijen.push([paar, W.voltooidBereikt, "", d.voltooidBereikt]);
  return rijen;
}

/** How many whole blocks, from `vanRij` on, end on or before `totRij`: at least one. */
function passend(blokken: readonly CellValue[][][], vanRij: number, totRij: number): number {
  let rij = vanRij - 1;
  let aantal = 0;
  for (const b of blokken) {
    if (aantal > 0 && rij + b.length > totRij) break;
    rij += b.length;
    aantal++;
  }
  return aantal;
}

function leeg(rijen: CellValue[][], titelRij: number, eindRij: number): DoorstroomSectie {
  return {
    rijen,
    titelRij,
    eindRij,
    afdrukEinde: eindRij,
    tabel: null,
    voltooidRijen: [],
    notitieRij: null,
  };
}
