import type { GemeenteBestand, RegioOutcome, RegioStap } from "../../app/mijlpalen/regio";
import type { IsoDate } from "../../core/dates/iso";

/** The pane to the worker: the picked files (Blobs: the worker reads them) and the peildatum. */
export interface NaarWorker {
  bestanden: GemeenteBestand[];
  peildatum: IsoDate;
}

/** The worker to the pane: progress per file, then the plain-data outcome (or what broke). */
export type VanWorker =
  | { soort: "voortgang"; bron: string; stap: RegioStap }
  | { soort: "uitkomst"; uitkomst: RegioOutcome }
  | { soort: "fout"; tekst: string };
