import type { IsoDate } from "../../dates/iso";
import type { Grid } from "../../grid";
import type { MijlpalenFout } from "../codes";
import { leesMijlpalen, type MijlpalenOpties } from "../dashboard";
import type { MijlpalenInhoud } from "../input/inhoud";
import type { RegioGemeente } from "./schema";

/** One gemeente's workbook, read by the caller: its sheets, and how the user knows the file. */
export interface GemeenteWerkmap {
  /** The file as the user named it ("Loppersum.xlsx", or a path): findings and refusals name it. */
  bron: string;
  grids: readonly Grid[];
  /** What the single-file dashboard takes for this workbook besides the peildatum (shared). */
  opties?: Omit<MijlpalenOpties, "peildatum">;
}

/** A gemeente counted: its dashboard alone, and what it was counted from (to compare gemeenten). */
export interface GemeenteGeteld extends RegioGemeente {
  inhoud: MijlpalenInhoud;
}

/** A workbook that gives no dashboard, with the file it is about. */
export interface RegioFout {
  /** Absent when no workbook could give one (the peildatum is no date). */
  bron?: string;
  fout: MijlpalenFout;
}

export type GemeenteUitkomst =
  { ok: true; gemeente: GemeenteGeteld } | { ok: false; fout: RegioFout };

/**
 * One gemeente's workbook, counted exactly as the workbook alone (maakMijlpalenDashboard: the same
 * layouts, quarter names and peildatum rules); its gemeente is the one gemeente its gemeente column
 * names, else its file name. Call it per workbook as each is read, then maakRegio.
 */
export function telGemeente(werkmap: GemeenteWerkmap, peildatum: IsoDate): GemeenteUitkomst {
  const gelezen = leesMijlpalen(werkmap.grids, { ...werkmap.opties, peildatum });
  if (!gelezen.ok) return { ok: false, fout: { bron: werkmap.bron, fout: gelezen.fout } };
  const inhoud = gelezen.inhoud();
  const [enige, ...meer] = inhoud.gemeenten;
  const uitKolom = enige !== undefined && meer.length === 0;
  return {
    ok: true,
    gemeente: {
      gemeente: uitKolom ? enige.naam : bestandsnaam(werkmap.bron),
      naamUit: uitKolom ? "kolom" : "bestandsnaam",
      bron: werkmap.bron,
      dashboard: gelezen.dashboard,
      inhoud,
    },
  };
}

/** "C:\\data\\Het Hogeland.xlsx" and "data/Het Hogeland.xlsx" are "Het Hogeland". */
export function bestandsnaam(bron: string): string {
  const naam = bron.split(/[\\/]/).pop() ?? bron;
  const punt = naam.lastIndexOf(".");
  return (punt > 0 ? naam.slice(0, punt) : naam).trim() || naam;
}
