import { daysBetween, type IsoDate } from "../dates/iso";
import type { Deadline } from "../dates/deadline";
import { AFGERONDE_STATUSSEN, type Status } from "./status";

export type Verkeerslicht = "overdue" | "due-soon" | "on-track" | "done" | "no-deadline";

export const VERKEERSLICHTEN: readonly Verkeerslicht[] = [
  "overdue",
  "due-soon",
  "on-track",
  "done",
  "no-deadline",
];

export const STANDAARD_BINNENKORT_DAGEN = 14;

/**
 * The traffic light of an action at the peildatum. Done wins (Gereed, Verstuurd, or a deadline
 * that says "verzonden"); then a due date decides: before the peildatum is overdue, 0 to
 * `binnenkortDagen` days after it (both ends included) is due soon.
 */
export function verkeerslicht(
  status: Status | null,
  deadline: Deadline,
  peildatum: IsoDate,
  binnenkortDagen: number
): Verkeerslicht {
  if ((status && AFGERONDE_STATUSSEN.has(status)) || deadline.sent) return "done";
  if (!deadline.due) return "no-deadline";
  const dagen = daysBetween(peildatum, deadline.due);
  if (dagen < 0) return "overdue";
  if (dagen <= binnenkortDagen) return "due-soon";
  return "on-track";
}
