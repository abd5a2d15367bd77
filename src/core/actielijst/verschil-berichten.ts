import { datumTekst } from "../dates/iso";
import type { DeadlineVerloop } from "./verloop";
import {
  indeling,
  VERSCHIL_SOORTEN,
  type Koppeling,
  type Verschil,
  type VerschilSoort,
  type VeldWijziging,
} from "./verschil";
import type { ActieVersie } from "./versie";

/**
 * The Dutch wording of a comparison of two versions, in one place: the CLI report, the sheet
 * "Wijzigingen sinds ..." and the task pane all say it with these.
 */
export const VERSCHIL_KOPPEN: Record<VerschilSoort, string> = {
  nieuw: "Nieuw",
  gesloten: "Gesloten",
  gewijzigd: "Gewijzigd",
  verdwenen: "Verdwenen",
  onzeker: "Onzeker gekoppeld",
};

export const VELD_NAAM: Record<VeldWijziging["veld"], string> = {
  status: "Status",
  deadline: "Deadline",
  owners: "Accounthouder",
};

/** "Status van In uitvoering naar Gereed", "Deadline van 31-3-2021 naar 14-4-2021 (+14 dagen)". */
export function wijzigingTekst(w: VeldWijziging): string {
  switch (w.veld) {
    case "status":
      return `Status van ${leeg(w.van)} naar ${leeg(w.naar)}`;
    case "deadline":
      return `Deadline van ${deadlineTekst(w.van)} naar ${deadlineTekst(w.naar)}${w.dagen === null ? "" : ` (${dagenTekst(w.dagen)})`}`;
    case "owners":
      return `Accounthouder van ${namen(w.van)} naar ${namen(w.naar)}`;
  }
}

/** "+14 dagen" (later), "-3 dagen" (earlier), "+1 dag". */
export function dagenTekst(dagen: number): string {
  const teken = dagen > 0 ? "+" : "-";
  const n = Math.abs(dagen);
  return `${teken}${n} ${n === 1 ? "dag" : "dagen"}`;
}

/** Said of a match Regie is unsure of: which earlier action it took this one for. */
export function onzekerTekst(k: Koppeling): string {
  return `onzeker: gekoppeld aan "${enkeleRegel(k.oud.actie) || "(zonder actietekst)"}" (rij ${k.oud.row} eerder, ${Math.round(k.score * 100)}% gelijk)`;
}

/** "3 x verschoven sinds 13-1-2021"; "niet verschoven sinds ..." when it stayed. */
export function verloopTekst(v: DeadlineVerloop): string {
  return `${v.aantal === 0 ? "niet" : `${v.aantal} x`} verschoven sinds ${datumTekst(v.sinds)}`;
}

/** One line for counting: "2 nieuw, 1 gesloten, 5 gewijzigd, 1 verdwenen, 1 onzeker gekoppeld". */
export function samenvattingTekst(v: Verschil): string {
  const lijsten = indeling(v);
  return VERSCHIL_SOORTEN.map(
    (s) => `${lijsten[s].length} ${VERSCHIL_KOPPEN[s].toLowerCase()}`
  ).join(", ");
}

/** The action as one line: its text, or its row when it has none. */
export function actieNaam(a: ActieVersie): string {
  return enkeleRegel(a.actie) || `(rij ${a.row}, zonder actietekst)`;
}

function deadlineTekst(waarde: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? datumTekst(waarde) : leeg(waarde);
}

function leeg(tekst: string): string {
  return tekst === "" ? "(leeg)" : `"${tekst}"`;
}

function namen(lijst: readonly string[]): string {
  return lijst.length === 0 ? "(geen)" : lijst.join(" / ");
}

function enkeleRegel(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}
