import type { Register } from "../../core/accounthouders/register";
import type { ActieColumn } from "../../core/actielijst/columns";
import type { IsoDate } from "../../core/dates/iso";
import type { CellMove } from "../../core/findings";
import { LOG_BLAD, logIndeling, type LogIndeling } from "../../core/wijzigingslog";
import { alineasUitTekst, type Alinea } from "../../core/verslag/alinea";
import { leesActiepunten, type Actiepunt } from "../../core/verslag/actiepunten";
import {
  deadlineStijl,
  eersteVrijeRij,
  nieuweRij,
  rijCellen,
  type NieuweRij,
} from "../../core/verslag/nieuwe-rijen";
import type { VerslagFout } from "../../core/verslag/codes";
import { doelKeuzes, type DoelKeuze } from "../../core/verslag/keuzes";
import { leesVerslag } from "../../core/verslag/verslag";
import type { VolgendeVergadering } from "../../core/verslag/volgende-vergadering";
import { readActielijst, rapporteer } from "../actielijst/valideer";
import { succeeded, withHostErrors, type Outcome, type Refusal } from "../outcome";
import type { WorkbookPort } from "../ports";
import { pasWijzigingenToe, type ToepasResultaat } from "../wijzigingen/pas-toe";

/** The verslag as the user gives it: pasted text, or a file (.docx or text) with its name. */
export type VerslagBron =
  { soort: "tekst"; tekst: string } | { soort: "bestand"; naam: string; bytes: Uint8Array };

/**
 * Reads a verslag file into paragraphs (host/docx: .docx or text), throwing a HostError that names
 * what is wrong with it. Injected by the composition, as FileOpener is: the app never unzips.
 */
export type VerslagLezer = (bytes: Uint8Array, naam: string) => Promise<Alinea[]>;

export interface ActiepuntenOpties {
  /** The register to know owners by; absent: the workbook's Accounthouders sheet, if any. */
  register?: Register;
  /** The next meeting's date, when the user knows it: "voor het volgende DUO" is that day. */
  volgendeVergadering?: IsoDate;
  /** The action list's sheet; absent: the active sheet or the first action sheet. */
  sheet?: string;
  signal?: AbortSignal;
}

/** "Actiepunten uit verslag", the proposal: what the verslag says, and the rows it would add. */
export interface ActiepuntenVoorstel {
  sheet: string;
  vergadering: IsoDate;
  volgendeVergadering: VolgendeVergadering | null;
  /** What the verslag itself says of the next meeting (differs from the above when the user gave a date). */
  volgendeInVerslag: VolgendeVergadering | null;
  /** Every item of the Actiepuntenlijst, in order, with owners, deadline, findings, and the row it already is. */
  actiepunten: Actiepunt[];
  /** A row for each item not on the list yet, in the verslag's order: what the pane shows and lets edit. */
  rijen: NieuweRij[];
  /** Where the first new row goes (1-based): below everything on the sheet. */
  eersteRij: number;
  /** The list's columns (its last header's), where each value goes. */
  kolommen: Partial<Record<ActieColumn, number>>;
  /**
   * The goals (Randvoorwaarde) and topics the list already uses, each with its topics: what the
   * pane offers for a new row's goal and topic (or none: the core leaves them empty).
   */
  doelen: DoelKeuze[];
  /** Columns a row has a value for that the list lacks: those values are not written. */
  ontbrekend: ActieColumn[];
  register: Register | null;
  /** How many rows the sheet had when read: the write is refused if it grew or shrank since. */
  bladRijen: number | null;
  /** Where the Wijzigingslog ends now, and its layout: applying needs no further read. */
  logRijen: number | null;
  logIndeling: LogIndeling;
}

/**
 * The proposal: reads the verslag (text, or a file through `lezer`), then the action list and the
 * register in the two round trips every list use-case takes (readActielijst), with the meeting's
 * date as peildatum. Nothing is written. An item the list already has (a sure match, as `verschil`
 * matches) gets no row.
 */
export async function actiepuntenVoorstel(
  port: WorkbookPort,
  bron: VerslagBron,
  opties: ActiepuntenOpties,
  lezer: VerslagLezer
): Promise<Outcome<ActiepuntenVoorstel>> {
  return withHostErrors(async () => {
    const alineas =
      bron.soort === "tekst" ? alineasUitTekst(bron.tekst) : await lezer(bron.bytes, bron.naam);
    const gelezenVerslag = leesVerslag(alineas);
    if (!gelezenVerslag.ok)
      return verslagWeigering(
        gelezenVerslag.fout,
        bron.soort === "bestand" ? bron.naam : undefined
      );
    const { verslag } = gelezenVerslag;
    const lijst = await readActielijst(port, {
      peildatum: verslag.vergadering,
      ...(opties.register && { register: opties.register }),
      ...(opties.sheet && { sheet: opties.sheet }),
      ...(opties.signal && { signal: opties.signal }),
    });
    if (!lijst.ok) return lijst;
    const rapport = rapporteer(lijst.value, { peildatum: verslag.vergadering });
    if (!rapport.ok) return rapport;
    const { summary, sheet, read, register } = lijst.value;
    const gelezen = leesActiepunten(verslag, {
      register,
      ...(opties.volgendeVergadering && { volgendeVergadering: opties.volgendeVergadering }),
      acties: rapport.value.acties.map((a) => ({ row: a.row, actie: a.actie })),
    });
    const blokken = rapport.value.blokken;
    const kolommen = blokken[blokken.length - 1].kolommen;
    const stijl = deadlineStijl(rapport.value.acties);
    const rijen = gelezen.actiepunten
      .filter((a) => a.bestaand === null)
      .map((a) => nieuweRij(a, verslag.vergadering, stijl));
    const log = summary.sheets.find((s) => s.name === LOG_BLAD);
    return succeeded({
      sheet,
      vergadering: gelezen.vergadering,
      volgendeVergadering: gelezen.volgendeVergadering,
      volgendeInVerslag: gelezen.volgendeInVerslag,
      actiepunten: gelezen.actiepunten,
      rijen,
      eersteRij: eersteVrijeRij(read.grid),
      kolommen,
      doelen: doelKeuzes(rapport.value.acties),
      ontbrekend: ontbrekendeKolommen(rijen, kolommen),
      register,
      bladRijen: summary.sheets.find((s) => s.name === sheet)?.rowCount ?? null,
      logRijen: log?.rowCount ?? null,
      logIndeling: logIndeling(log?.head[0]),
    });
  });
}

/** The cells the rows would fill (each from empty to its value): what the preview names. */
export function nieuweCellen(
  voorstel: ActiepuntenVoorstel,
  rijen: readonly NieuweRij[] = voorstel.rijen
): CellMove[] {
  return rijCellen(voorstel.sheet, voorstel.kolommen, voorstel.eersteRij, rijen);
}

/**
 * Appends the rows (the proposal's, or those the user kept and edited, in their order) below the
 * list in one write, with the Wijzigingslog: one Ongedaan maken takes them away again. Guards:
 * every cell written is still empty, and the sheet still ends where the proposal saw it end (a
 * row added since would otherwise be written into); else nothing is written and the refusal says
 * what changed.
 */
export async function voegActiepuntenToe(
  port: WorkbookPort,
  voorstel: ActiepuntenVoorstel,
  tijdstip: string,
  rijen: readonly NieuweRij[] = voorstel.rijen
): Promise<Outcome<ToepasResultaat & { rijen: number[] }>> {
  const cellen = nieuweCellen(voorstel, rijen);
  const uitkomst = await pasWijzigingenToe(port, cellen, {
    actie: ACTIE,
    tijdstip,
    bekend: { logRijen: voorstel.logRijen, logIndeling: voorstel.logIndeling },
    bewaak: [
      {
        kind: "expectSheet",
        sheet: voorstel.sheet,
        rowCount: voorstel.bladRijen,
        sinds: "voorvertoning",
      },
    ],
  });
  if (!uitkomst.ok) return uitkomst;
  const nummers = [...new Set(cellen.map((c) => Number(/\d+$/.exec(c.cell)?.[0])))];
  return succeeded({ ...uitkomst.value, rijen: nummers });
}

/** A text that is no verslag (or lacks what is read): unusable input, naming the file when there is one. */
function verslagWeigering(fout: VerslagFout, file: string | undefined): Outcome<never> {
  const refusal = { code: fout.code, params: fout.params, unusable: true } as Refusal;
  return { ok: false, refusal: file ? { ...refusal, file } : refusal };
}

/** What the Wijzigingslog calls this write. */
export const ACTIE = "Actiepunten uit verslag";

function ontbrekendeKolommen(
  rijen: readonly NieuweRij[],
  kolommen: Partial<Record<ActieColumn, number>>
): ActieColumn[] {
  const nodig = new Set(
    rijen.flatMap((r) =>
      (Object.entries(r.waarden) as [ActieColumn, string | undefined][])
        .filter(([, w]) => w !== undefined && w !== "")
        .map(([k]) => k)
    )
  );
  return [...nodig].filter((k) => kolommen[k] === undefined);
}
