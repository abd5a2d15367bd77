import { isIsoDate, type IsoDate } from "../../core/dates/iso";
import {
  maakRegio,
  telGemeente,
  type GemeenteGeteld,
  type RegioDashboard,
} from "../../core/mijlpalen";
import type { WorkbookPort } from "../ports";
import { refused, succeeded, withHostErrors, type Refusal } from "../outcome";
import { leesBronbladen, mijlpaalWeigering } from "./dashboard";

/**
 * One gemeente's workbook: how the user knows it (a file name or path) and the port to read it,
 * or how to open it when its turn comes (so that only one workbook is held at a time).
 */
export interface RegioWerkmap {
  bron: string;
  port: WorkbookPort | (() => Promise<WorkbookPort>);
}

/** Where a workbook is: being read, being counted, done (counted or refused). */
export type RegioStap = "lezen" | "tellen" | "klaar";

export interface RegioOptions {
  peildatum: IsoDate;
  /** Per workbook, as each is read and counted: progress per file. */
  onVoortgang?: (bron: string, stap: RegioStap) => void;
  signal?: AbortSignal;
}

/** The region, or every workbook that gave none, each refusal naming its file. */
export type RegioOutcome = { ok: true; value: RegioDashboard } | { ok: false; refusals: Refusal[] };

/**
 * "Mijlpalen van de regio": each gemeente's workbook read as the dashboard of one workbook reads
 * it (leesBronbladen) and counted as alone (telGemeente), one after the other so that only one
 * workbook's sheets are held at a time; then the region. Nothing is written. A workbook that
 * cannot be read or holds no dashboard is a refusal naming it; the others are still read, so that
 * the user learns of every bad file at once.
 */
export async function telRegioDashboard(
  werkmappen: readonly RegioWerkmap[],
  opties: RegioOptions
): Promise<RegioOutcome> {
  if (!isIsoDate(opties.peildatum)) {
    const r = refused("peildatum-ongeldig", { peildatum: String(opties.peildatum) }, false);
    return { ok: false, refusals: r.ok ? [] : [r.refusal] };
  }
  const geteld: GemeenteGeteld[] = [];
  const refusals: Refusal[] = [];
  for (const { bron, port: bronPort } of werkmappen) {
    const geopend =
      typeof bronPort === "function"
        ? await withHostErrors(async () => succeeded(await bronPort()))
        : succeeded(bronPort);
    if (!geopend.ok) {
      refusals.push({ ...geopend.refusal, file: bron });
      opties.onVoortgang?.(bron, "klaar");
      continue;
    }
    const port = geopend.value;
    const gelezen = await leesBronbladen(port, {
      signal: opties.signal,
      onVoortgang: (stap) => stap !== "schrijven" && opties.onVoortgang?.(bron, stap),
    });
    // Cancelled: the other workbooks are not read either.
    if (!gelezen.ok && gelezen.refusal.code === "afgebroken")
      return { ok: false, refusals: [gelezen.refusal] };
    if (!gelezen.ok) {
      refusals.push({ ...gelezen.refusal, file: bron });
      opties.onVoortgang?.(bron, "klaar");
      continue;
    }
    const { grids, kernOpties } = gelezen.value;
    const u = telGemeente({ bron, grids, opties: kernOpties }, opties.peildatum);
    if (u.ok) geteld.push(u.gemeente);
    else {
      const r = mijlpaalWeigering(u.fout.fout);
      if (!r.ok) refusals.push({ ...r.refusal, file: bron });
    }
    opties.onVoortgang?.(bron, "klaar");
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return { ok: true, value: maakRegio(geteld, { peildatum: opties.peildatum }) };
}

/** A gemeente's workbook the user picked: its name and its content, read when its turn comes. */
export interface GemeenteBestand {
  naam: string;
  inhoud: Blob;
}

/** Counts picked workbooks: here (telRegioHier), or in a Web Worker (the pane's composition). */
export type RegioTeller = (
  bestanden: readonly GemeenteBestand[],
  opties: RegioOptions
) => Promise<RegioOutcome>;

/**
 * telRegioDashboard on picked files, each read from its bytes (by `openFile`, the command line's
 * reader) only when its turn comes: what the worker runs, and the pane's tests without one.
 */
export function telRegioHier(
  openFile: (bytes: Uint8Array, naam: string) => Promise<WorkbookPort>
): RegioTeller {
  return (bestanden, opties) =>
    telRegioDashboard(
      bestanden.map((b) => ({
        bron: b.naam,
        port: async () => openFile(new Uint8Array(await b.inhoud.arrayBuffer()), b.naam),
      })),
      opties
    );
}
