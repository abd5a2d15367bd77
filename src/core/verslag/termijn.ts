import { parseDeadline } from "../dates/deadline";
import { isoFromParts, yearOf, type IsoDate } from "../dates/iso";
import type { Deadline } from "../dates/types";
import { verslagBevinding, type VerslagFinding } from "./codes";
import type { VolgendeVergadering } from "./volgende-vergadering";
import { woordenVan } from "./woorden";

/** The deadline of an action point: as the list's reader reads it, and where it came from. */
export interface ActiepuntDeadline extends Deadline {
  /** "tekst": written in the item; "vergadering": "voor het volgende DUO", the next meeting's date. */
  bron: "tekst" | "vergadering";
}

/**
 * The deadline an action point writes, read by the list's own reader (parseDeadline) against the
 * meeting's date. Candidates, in the order they stand in the text (the first is taken; others are
 * named in a finding):
 *  1. the next meeting (vergadering.ts): "voor het volgende DUO", "in het volgend DUO",
 *     "Het volgende DUO staat ... op de agenda", "Voor de volgende keer";
 *  2. open terms: "zo spoedig mogelijk", "zo snel mogelijk", "z.s.m.", "nader te bepalen", "doorlopend";
 *  3. periods: "na de zomer" (after: a dependency), "voor de zomer" (no date the list can read);
 *  4. a moment after a cue: "uiterlijk 15 april", "voor 1 maart", "begin mei", "eind maart",
 *     "medio juni", "in Q2", "in het tweede kwartaal", "per 1 april", "vanaf Q3 2021".
 * A day or month without its year is the first after the meeting (a deadline set in a meeting
 * lies after it). Certainty is the reader's ("?", "ca.", two moments), and for the next meeting
 * whether its date is sure (volgende-vergadering.ts). No candidate: no deadline.
 */
export function leesTermijn(
  tekst: string,
  vergadering: IsoDate,
  volgende: VolgendeVergadering | null
): { deadline: ActiepuntDeadline | null; findings: VerslagFinding[] } {
  const kandidaten = termijnen(tekst, vergadering);
  if (kandidaten.length === 0)
    return { deadline: null, findings: [verslagBevinding("geen-deadline", {})] };
  const [eerste, ...rest] = kandidaten;
  const findings: VerslagFinding[] = [];
  const andere = [...new Set(rest.map((k) => k.tekst))].filter((t) => t !== eerste.tekst);
  if (andere.length > 0)
    findings.push(
      verslagBevinding("meer-deadlines", { gekozen: eerste.tekst, andere: andere.join("; ") })
    );
  if (eerste.soort === "vergadering") {
    const deadline = vergaderDeadline(eerste.tekst, volgende);
    if (!volgende)
      findings.push(verslagBevinding("volgende-vergadering-onbekend", { tekst: eerste.tekst }));
    else if (!volgende.zeker)
      findings.push(
        verslagBevinding("volgende-vergadering-onzeker", {
          datum: volgende.datum,
          misschien: volgende.misschien ?? "",
          zin: volgende.zin ?? "",
        })
      );
    return { deadline, findings };
  }
  if (eerste.deadline.kind === "unknown")
    findings.push(verslagBevinding("deadline-onleesbaar", { tekst: eerste.tekst }));
  return { deadline: { ...eerste.deadline, bron: "tekst" }, findings };
}

type Kandidaat =
  | { soort: "vergadering"; tekst: string; index: number; end: number }
  | { soort: "tekst"; tekst: string; index: number; end: number; deadline: Deadline };

/** "voor het volgende DUO", "in het volgend DUO", "Het volgende DUO", "voor de volgende keer". */
const VOLGENDE_VERGADERING =
  /(?:\b(?:uiterlijk|v[oó]{1,2}r|in|op|tijdens|bij)\s+)?\b(?:het|de)\s+volgende?\s+(?:DUO(?:-overleg|-vergadering)?|vergadering|overleg|bijeenkomst|keer)\b/gi;

/** Open terms as running text writes them; the reader says which kind each is. */
const OPEN_TERMEN =
  /\b(?:zo\s+(?:spoedig|snel)\s+(?:als\s+)?mogelijk|z\.\s?s\.\s?m\.|zsm|asap|per\s+direct|nader\s+te\s+bepalen|nog\s+te\s+bepalen|doorlopend)(?=[\s.,;:!?)]|$)/gi;

/** Periods of the year the list cannot date: "na de zomer", "voor de zomervakantie". */
const PERIODES =
  /\b(?:na|v[oó]{1,2}r|rond|in)\s+(?:de|het)\s+(?:zomer|zomervakantie|zomerreces|kerst|kerstvakantie|kerstreces|voorjaarsvakantie|meivakantie|herfstvakantie|jaarwisseling|verkiezingen)\b/gi;

/** Words before a moment that make it a deadline (the reader takes them into account). */
const AANLOOP =
  /\b(?:uiterlijk|v[oó]{1,2}r|per|tegen|rond|omstreeks|in|eind|einde|begin|medio|half|midden|ultimo|deadline|vanaf|na)\b/gi;

/** Words after a cue tried before giving up: "voor" + "maandag 1 maart 2021" is four. */
const MAX_WOORDEN = 5;

function termijnen(tekst: string, vergadering: IsoDate): Kandidaat[] {
  const uit: Kandidaat[] = [];
  const vrij = (index: number, end: number) => !uit.some((k) => index < k.end && k.index < end);
  for (const m of tekst.matchAll(VOLGENDE_VERGADERING))
    uit.push({ soort: "vergadering", tekst: m[0], index: m.index, end: m.index + m[0].length });
  for (const patroon of [OPEN_TERMEN, PERIODES])
    for (const m of tekst.matchAll(patroon)) {
      const end = m.index + m[0].length;
      if (vrij(m.index, end))
        uit.push({
          soort: "tekst",
          tekst: m[0],
          index: m.index,
          end,
          deadline: lees(m[0], vergadering),
        });
    }
  const momenten: Kandidaat[] = [];
  for (const m of tekst.matchAll(AANLOOP)) {
    if (!vrij(m.index, m.index + m[0].length)) continue;
    const moment = momentNa(tekst, m.index, vergadering);
    if (moment && vrij(moment.index, moment.end)) momenten.push(moment);
  }
  uit.push(...kortste(tekst, momenten));
  return uit.sort((a, b) => a.index - b.index);
}

/**
 * Of the phrases that end at the same moment, the one from the cue nearest to it: "brief voor
 * blok B voor 1 maart" is "voor 1 maart". Cues right after each other stay together: "uiterlijk
 * begin mei".
 */
function kortste(tekst: string, momenten: readonly Kandidaat[]): Kandidaat[] {
  const perEinde = new Map<number, Kandidaat[]>();
  for (const m of momenten) perEinde.set(m.end, [...(perEinde.get(m.end) ?? []), m]);
  return [...perEinde.values()].map((groep) => {
    const [laatste, ...eerdere] = [...groep].sort((a, b) => b.index - a.index);
    let gekozen = laatste;
    for (const e of eerdere) {
      const tussen = tekst.slice(e.index, gekozen.index);
      if (!/^\S+\s+$/.test(tussen)) break;
      gekozen = e;
    }
    return gekozen;
  });
}

/**
 * The shortest phrase from the cue on that the reader reads as a moment (a date, month or
 * quarter), with a year right after it taken along: "voor 1 maart", "in Q2 2021".
 */
function momentNa(tekst: string, index: number, vergadering: IsoDate): Kandidaat | null {
  const rest = tekst.slice(index);
  const grens = rest.search(/[;:!]|[.,?](?=\s|$)/);
  const stuk = grens < 0 ? rest : rest.slice(0, grens);
  const woorden = woordenVan(stuk).slice(1, 1 + MAX_WOORDEN);
  for (let k = 0; k < woorden.length; k++) {
    let end = woorden[k].end;
    const deadline = lees(stuk.slice(0, end), vergadering);
    if (deadline.kind !== "date" && deadline.kind !== "month" && deadline.kind !== "quarter")
      continue;
    const jaar = woorden[k + 1];
    if (jaar && /^\d{4}$/.test(jaar.tekst) && deadline.implied.length > 0) end = jaar.end;
    // "eind maart?": the question mark right after it is part of it (it makes it unsure).
    if (rest[end] === "?") end++;
    const phrase = rest.slice(0, end);
    return {
      soort: "tekst",
      tekst: phrase,
      index,
      end: index + end,
      deadline: lees(phrase, vergadering),
    };
  }
  return null;
}

/**
 * The list's reader, against the meeting's date; a moment without its year that falls before the
 * meeting is read against the next year ("begin januari" in a December meeting).
 */
function lees(tekst: string, vergadering: IsoDate): Deadline {
  const d = parseDeadline(tekst, vergadering);
  const moment = d.due ?? d.start;
  if (d.implied.length === 0 || moment === null || moment >= vergadering) return d;
  const volgendJaar =
    isoFromParts(yearOf(vergadering) + 1, Number(vergadering.slice(5, 7)), 1) ?? vergadering;
  return parseDeadline(tekst, volgendJaar);
}

function vergaderDeadline(tekst: string, volgende: VolgendeVergadering | null): ActiepuntDeadline {
  return {
    text: tekst,
    kind: volgende ? "date" : "tbd",
    due: volgende?.datum ?? null,
    start: null,
    uncertain: !volgende?.zeker,
    implied: [],
    sent: false,
    bron: "vergadering",
  };
}
