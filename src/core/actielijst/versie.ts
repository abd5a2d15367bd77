import { z } from "zod";
import { STATUSSEN } from "./status";
import type { Actie } from "./actie";

const isoDatum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What of an action one version of the list is compared on: what it is (goal, topic, action text)
 * and what can change (status, deadline, owners). Made from a parsed action, or read back from a
 * snapshot Regie kept in the workbook: the same shape either way, checked where it crosses.
 */
export const actieVersieSchema = z.object({
  /** 1-based row in that version's sheet. */
  row: z.number().int().positive(),
  doel: z.string(),
  onderwerp: z.string(),
  actie: z.string(),
  /** The canonical status, or null when the cell holds none Regie knows. */
  status: z.enum(STATUSSEN).nullable(),
  statusTekst: z.string(),
  deadlineTekst: z.string(),
  /** The parsed due date, when the deadline has one. */
  due: isoDatum.nullable(),
  /** Owners one by one, sorted (canonical when a registry resolved them). */
  eigenaren: z.array(z.string()),
  /** The cell of the action text (for selecting it); absent for a snapshot's rows. */
  cel: z.string().optional(),
});

export type ActieVersie = z.infer<typeof actieVersieSchema>;

/** One version of the list: its actions, and the date it stood for (a snapshot's DUO date). */
export interface Lijstversie {
  acties: ActieVersie[];
  /** YYYY-MM-DD: the meeting a snapshot was kept for; absent for a file or the open list. */
  datum?: string;
}

export function actieVersie(a: Actie): ActieVersie {
  return {
    row: a.row,
    doel: a.doel,
    onderwerp: a.onderwerp,
    actie: a.actie,
    status: a.status,
    statusTekst: a.statusTekst,
    deadlineTekst: a.deadline.text,
    due: a.deadline.due,
    eigenaren: sorteerNamen(a.eigenaren),
    ...(a.cellen.actie && { cel: a.cellen.actie }),
  };
}

/** Owner lists sorted one way everywhere (the JSON of `verschil` promises a sorted list). */
export function sorteerNamen(namen: readonly string[]): string[] {
  return [...namen].sort((x, y) => x.localeCompare(y, "nl"));
}
