import type { IsoDate } from "../dates/iso";
import { cellAddress } from "../address";
import type { Grid } from "../grid";
import { leesActie, type Actie, type ActieOpties } from "./actie";
import { controleerActie, type ActieFinding } from "./checks";
import { ACTIE_CODES } from "./codes";
import { ACTIE_KOLOMMEN, type ActieKolom } from "./columns";
import { vindKopBlokken, type KopBlok } from "./header";
import { bouwActies } from "./rows";
import { Kolomkenner } from "./shift";

export interface ActielijstRapport {
  sheet: string;
  peildatum: IsoDate;
  binnenkortDagen: number;
  /** 1-based rows of the header rows found. */
  kopRijen: number[];
  blokken: KopBlok[];
  acties: Actie[];
  findings: ActieFinding[];
}

/** Columns a list can lack and still be checked; their absence is worth a word once. */
const GEMELDE_KOLOMMEN: readonly ActieKolom[] = ["accounthouder", "status", "deadline"];

/**
 * Validates an action list: finds its header blocks, reads every action row and checks it.
 * Returns null when the grid holds no action-list header at all (the caller says so in Dutch).
 * Never stops at a bad row: every row is read and every finding collected.
 */
export function valideerActielijst(grid: Grid, opties: ActieOpties): ActielijstRapport | null {
  const blokken = vindKopBlokken(grid.values);
  if (blokken.length === 0) return null;
  const ruwe = bouwActies(grid, blokken);
  const ctx = {
    sheet: grid.sheet,
    peildatum: opties.peildatum,
    kenner: new Kolomkenner(ruwe, opties.peildatum),
  };
  const acties = ruwe.map((ruw) => leesActie(ruw, opties));
  const findings: ActieFinding[] = [
    ...kopFindings(grid.sheet, blokken),
    ...acties.flatMap((a) => controleerActie(a, ctx)),
  ];
  return {
    sheet: grid.sheet,
    peildatum: opties.peildatum,
    binnenkortDagen: opties.binnenkortDagen,
    kopRijen: blokken.map((b) => b.row + 1),
    blokken,
    acties,
    findings: ontdubbel(findings),
  };
}

function kopFindings(sheet: string, blokken: readonly KopBlok[]): ActieFinding[] {
  const out: ActieFinding[] = [];
  blokken.forEach((blok, i) => {
    const params = { row: blok.row + 1 };
    if (i > 0)
      out.push({
        code: "kop-herhaald",
        severity: ACTIE_CODES["kop-herhaald"],
        sheet,
        cell: `A${blok.row + 1}`,
        params,
      });
    for (const kolom of GEMELDE_KOLOMMEN.filter((k) => blok.kolommen[k] === undefined)) {
      const code = "kolom-ontbreekt" as const;
      out.push({
        code,
        severity: ACTIE_CODES[code],
        sheet,
        cell: cellAddress(blok.row, 0),
        params: { ...params, kolom },
      });
    }
  });
  return out;
}

/** Findings about what a cell says; the others are about the action in its row. */
const CEL_CODES = new Set<string>([
  "status-onbekend",
  "status-synoniem",
  "status-bijna",
  "status-schrijfwijze",
  "deadline-onleesbaar",
  "deadline-onzeker",
]);

/** A merged status shared by four rows is one mistake, reported once at its cell. */
function ontdubbel(findings: ActieFinding[]): ActieFinding[] {
  const gezien = new Set<string>();
  return findings.filter((f) => {
    const key = CEL_CODES.has(f.code)
      ? `${f.code}|${f.cell}`
      : `${f.code}|${f.cell}|${f.params.row}`;
    if (gezien.has(key)) return false;
    gezien.add(key);
    return true;
  });
}

export { ACTIE_KOLOMMEN };
