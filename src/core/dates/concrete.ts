import { DateMatch, latestDue } from "./match";
import { isStartBefore } from "./parsers/markers";
import type { Deadline } from "./types";

type Concrete = Pick<Deadline, "kind" | "due" | "start" | "uncertain" | "implied">;

/**
 * The deadline named by the dates found in a text (at least one), in text order:
 *   "Q2 2021"                    -> due the end of Q2
 *   "1 maart / 1 april 2021"     -> due the later one, uncertain (two moments)
 *   "31 maart 2021 (Q1)"         -> due 31 maart, certain: both say the same day
 *   "Vanaf Q2 2021"              -> a start, no due date
 *   "vanaf 1 maart tot 1 april"  -> start 1 maart, due 1 april (a stated period)
 */
export function deadlineFromMatches(
  matches: readonly DateMatch[],
  prepared: string,
  stated: boolean
): Concrete {
  const [first, ...rest] = matches;
  if (isStartBefore(prepared.slice(0, first.index))) return fromStart(first, rest, stated);
  const due = latestDue(matches);
  return {
    kind: due.kind,
    due: due.due,
    start: null,
    uncertain: stated || due.range !== null || matches.some((match) => match.due !== due.due),
    implied: impliedOf([due]),
  };
}

function fromStart(first: DateMatch, rest: readonly DateMatch[], stated: boolean): Concrete {
  if (first.range === "period") {
    return {
      kind: first.kind,
      due: first.due,
      start: first.start,
      uncertain: stated,
      implied: impliedOf([first]),
    };
  }
  const due = rest.length > 0 ? latestDue(rest) : null;
  return {
    kind: (due ?? first).kind,
    due: due?.due ?? null,
    start: first.start,
    uncertain:
      stated || first.range !== null || rest.length > 1 || (due !== null && due.range !== null),
    implied: impliedOf(due ? [first, due] : [first]),
  };
}

function impliedOf(used: readonly DateMatch[]): Deadline["implied"] {
  return used.some((match) => match.impliedYear) ? ["year"] : [];
}
