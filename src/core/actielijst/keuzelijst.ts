import { areaAddress, cellAddress } from "../address";
import { cellText, type Grid } from "../grid";
import type { Validatie } from "../validatie";
import { vindKopBlokken } from "./header";
import { bouwActies } from "./rows";
import { STATUSSEN } from "./status";

/**
 * The status dropdown Regie puts in the sheet for colleagues without Regie: a list validation with
 * the canonical statuses, a prompt and an error alert that refuses anything else. The list source
 * is comma-separated in the API whatever the user's locale (ListDataValidation.source: "a string
 * that contains a comma-separated number, Boolean, or date") and under Excel's 255 characters.
 */
export const KEUZELIJST_BRON = STATUSSEN.join(",");

export function keuzelijstValidatie(): Validatie {
  return {
    rule: { list: { inCellDropDown: true, source: KEUZELIJST_BRON } },
    prompt: {
      message: "Kies een status uit de lijst.",
      showPrompt: true,
      title: "Uitvoeringsstatus",
    },
    errorAlert: {
      message: `Kies een van: ${STATUSSEN.join(", ")}.`,
      showAlert: true,
      style: "Stop",
      title: "Onbekende status",
    },
    ignoreBlanks: true,
  };
}

/** The data rows of one header block's status column: what gets the dropdown. */
export interface StatusGebied {
  /** "G5:G40": from the row below the header to the block's last action row. */
  address: string;
  /** 0-based, inclusive. */
  top: number;
  bottom: number;
  col: number;
  /** The header cell and its text: the apply guards it (a moved header means a moved column). */
  kopCel: string;
  kopTekst: string;
}

/**
 * Per header block with a status column: its data rows, from the row below the header to the last
 * action row before the next header. Header rows are never included (a validation on a header
 * would show the header as invalid); blank rows between actions are, so a row typed there later
 * gets the dropdown too.
 */
export function statusGebieden(grid: Grid): StatusGebied[] {
  const blokken = vindKopBlokken(grid.values);
  const acties = bouwActies(grid, blokken);
  return blokken.flatMap((blok) => {
    const col = blok.kolommen.status;
    const rijen = acties.filter((a) => a.blok === blok).map((a) => a.row - 1);
    if (col === undefined || rijen.length === 0) return [];
    const top = blok.row + 1;
    const bottom = Math.max(...rijen);
    return [
      {
        address: areaAddress({ top, left: col, bottom, right: col }),
        top,
        bottom,
        col,
        kopCel: cellAddress(blok.row, col),
        kopTekst: cellText(grid.values[blok.row]?.[col]),
      },
    ];
  });
}
