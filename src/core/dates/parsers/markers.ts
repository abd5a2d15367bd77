import { SENT_MARKERS, START_MARKERS, UNCERTAIN_MARKERS } from "../vocabulary";
import { endsWithTerm, hasAnyTerm } from "../words";

/**
 * What the words around a deadline say about it:
 *   "26 maart?", "ca. 1 mei", "verwacht Q2 2021", "streven: eind maart" -> uncertain
 *   "22 februari 2021 verzonden", "verstuurd 1 maart"                  -> sent
 */
export function readMarkers(text: string): { uncertain: boolean; sent: boolean } {
  return { uncertain: hasAnyTerm(text, UNCERTAIN_MARKERS), sent: hasAnyTerm(text, SENT_MARKERS) };
}

/**
 * Whether the words just before the first date make it a start:
 *   "Vanaf Q2 2021", "vanaf 1 maart 2021", "m.i.v. 1 april", "na 1 april 2021", "start Q3"
 * but not "Starten zodra dat kan (Q1/Q2 2021)": there the date is the due date.
 */
export function isStartBefore(textBefore: string): boolean {
  return endsWithTerm(textBefore, START_MARKERS);
}
