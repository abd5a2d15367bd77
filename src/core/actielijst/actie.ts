import { deelTekst, splitsEigenaren, type EigenaarDeel } from "../accounthouders/split";
import { parseDeadline, type Deadline } from "../dates/deadline";
import type { IsoDate } from "../dates/iso";
import type { ActieColumn } from "./columns";
import type { RuweActie } from "./rows";
import { duidStatus, type Status } from "./status";
import { verkeerslicht, type Verkeerslicht } from "./traffic-light";

/** An action row read and understood: what the pane lists and the CLI prints. */
export interface Actie {
  row: number;
  doel: string;
  onderwerp: string;
  actie: string;
  accounthouder: string;
  /** Owners one by one: as written, or canonical once a registry resolves them. */
  eigenaren: string[];
  statusTekst: string;
  /** The canonical status, also when the cell holds a synonym or a near-miss; null when unknown. */
  status: Status | null;
  opdracht: string;
  deadline: Deadline;
  opmerking: string;
  verkeerslicht: Verkeerslicht;
  cellen: Partial<Record<ActieColumn, string>>;
  bron: RuweActie;
}

export interface ActieOptions {
  peildatum: IsoDate;
  binnenkortDagen: number;
  /** Turns one owner as written into the name to report; without a registry parts stay as written. */
  eigenaarNaam?: (deel: EigenaarDeel) => string;
  /** The workbook's date system counts from 1904 (Grid.date1904). */
  date1904?: boolean;
}

export function readActie(ruw: RuweActie, opties: ActieOptions): Actie {
  const duiding = duidStatus(ruw.tekst.status);
  const status = duiding.soort === "leeg" || duiding.soort === "onbekend" ? null : duiding.status;
  const deadline = parseDeadline(ruw.waarde.deadline, opties.peildatum, opties.date1904);
  const naam = opties.eigenaarNaam ?? deelTekst;
  return {
    row: ruw.row,
    doel: ruw.tekst.doel,
    onderwerp: ruw.tekst.onderwerp,
    actie: ruw.tekst.actie,
    accounthouder: ruw.tekst.accounthouder,
    eigenaren: uniek(splitsEigenaren(ruw.tekst.accounthouder).map(naam)),
    statusTekst: ruw.tekst.status,
    status,
    opdracht: ruw.tekst.opdracht,
    deadline,
    opmerking: ruw.tekst.opmerking,
    verkeerslicht: verkeerslicht(status, deadline, opties.peildatum, opties.binnenkortDagen),
    cellen: ruw.cel,
    bron: ruw,
  };
}

function uniek(namen: string[]): string[] {
  return [...new Set(namen)];
}
