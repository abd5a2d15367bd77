import { z } from "zod";

/** Deadline kinds, most specific first; "none" is an empty cell, "unknown" text we cannot read. */
export const DEADLINE_KINDS = [
  "date",
  "month",
  "quarter",
  "asap",
  "tbd",
  "ongoing",
  "dependency",
  "none",
  "unknown",
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A parsed deadline cell, as it crosses into the use-cases and the expected-results fixtures. */
export const deadlineSchema = z.object({
  /** The cell text as the user sees it, trimmed; a number cell's date as Regie shows dates (dd-mm-jjjj). */
  text: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  /** The date by which it must be done, when there is one. */
  due: isoDate.nullable(),
  /** "Vanaf Q2 2021" -> 2021-04-01: a start, not a due date. */
  start: isoDate.nullable(),
  /** Only when the text says so: "?", "ca.", "verwacht", or two moments ("Q1/Q2 2021"). */
  uncertain: z.boolean(),
  /** Parts not stated but taken from the peildatum. */
  implied: z.array(z.literal("year")),
  /** "verzonden"/"verstuurd": the action is done. */
  sent: z.boolean(),
});

export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = Deadline["kind"];
