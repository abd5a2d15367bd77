import type { CellValue } from "../grid";
import { memoize } from "../memo";
import { deadlineFromMatches } from "./concrete";
import { datumNederlands, IsoDate, isIsoDate } from "./iso";
import { resolveOverlaps } from "./match";
import { parseExcelSerial } from "./parsers/excel-serial";
import { parseFullDates } from "./parsers/full-date";
import { parseKwartaalWords } from "./parsers/kwartaal";
import { readMarkers } from "./parsers/markers";
import { parseMonths } from "./parsers/month";
import { parseOpenTerm } from "./parsers/open-term";
import { parseQuarters } from "./parsers/quarter";
import { prepareText } from "./prepare";
import type { Deadline } from "./types";

export type { Deadline, DeadlineKind } from "./types";

/**
 * Reads a deadline cell against the peildatum (see readDeadline). Remembered per peildatum, date
 * system and cell value, and frozen as memoize hands out everything: a list repeats "Zo spoedig
 * mogelijk" and "31 maart 2021" thousands of times.
 * `date1904`: the workbook counts its serials from 1904 (Grid.date1904).
 */
export function parseDeadline(value: CellValue, peildatum: IsoDate, date1904 = false): Deadline {
  return deadlinesFor(peildatum, date1904)(value);
}

/**
 * One memo per peildatum and date system, keyed by the cell value itself: no key string is built
 * per cell (a tenth of the time of a hit), and the number 43921 and the text "43921" stay apart.
 */
const deadlinesFor = memoize(
  (peildatum: IsoDate, date1904: boolean) =>
    memoize(
      (value: CellValue) => readDeadline(value, peildatum, date1904),
      (value) => value
    ),
  (peildatum, date1904) => (date1904 ? `${peildatum} 1904` : peildatum),
  16
);

/**
 * Reads a deadline cell against the peildatum, in this order:
 *   1. empty -> none; a boolean, or a number that is no Excel date -> unknown
 *   2. an Excel serial (a number cell, or five-digit text) -> date
 *   3. concrete moments anywhere in the text (full dates, quarters, months): the latest is due, and
 *      "Vanaf"/"na" just before the first makes it a start; these win over open-term words
 *   4. open terms (dependency, asap, tbd, ongoing) -> no due date
 *   5. anything else -> unknown
 * Never throws: whatever it cannot read is "unknown".
 */
function readDeadline(value: CellValue, peildatum: IsoDate, date1904 = false): Deadline {
  try {
    return readValue(value, peildatum, date1904);
  } catch {
    // chrono is third-party: odd input there must cost one cell, not the whole validation run
    return outcome(typeof value === "string" ? value.trim() : "", "unknown");
  }
}

function readValue(value: CellValue | undefined, peildatum: IsoDate, date1904: boolean): Deadline {
  if (value === null || value === undefined) return outcome("", "none");
  if (typeof value === "boolean") return outcome(value ? "WAAR" : "ONWAAR", "unknown");
  if (typeof value === "number") return readNumber(value, date1904);
  if (typeof value !== "string") return outcome("", "unknown");
  const text = value.trim();
  if (text === "") return outcome("", "none");
  const serial = parseExcelSerial(text, date1904);
  if (serial) return { ...outcome(text, "date"), due: serial };
  if (!isIsoDate(peildatum)) return outcome(text, "unknown");
  return readText(text, peildatum);
}

function readNumber(value: number, date1904: boolean): Deadline {
  const due = parseExcelSerial(value, date1904);
  return due
    ? { ...outcome(datumNederlands(due), "date"), due }
    : outcome(String(value), "unknown");
}

function readText(text: string, peildatum: IsoDate): Deadline {
  const prepared = prepareText(text);
  const markers = readMarkers(prepared);
  const matches = resolveOverlaps([
    parseFullDates(prepared, peildatum),
    parseQuarters(prepared, peildatum),
    parseKwartaalWords(prepared, peildatum),
    parseMonths(prepared, peildatum),
  ]);
  const base = { ...outcome(text, "unknown"), ...markers };
  if (matches.length > 0)
    return { ...base, ...deadlineFromMatches(matches, prepared, markers.uncertain) };
  return { ...base, kind: parseOpenTerm(prepared) ?? "unknown" };
}

function outcome(text: string, kind: Deadline["kind"]): Deadline {
  return { text, kind, due: null, start: null, uncertain: false, implied: [], sent: false };
}
