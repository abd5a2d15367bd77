import type { IsoDate } from "../dates/iso";
import type { Alinea } from "./alinea";
import { datumsInTekst } from "./datums";
import {
  automatischNummer,
  geschrevenNummer,
  OPSOMMINGSTEKEN,
  type Nummer,
  type Stijl,
} from "./nummering";
import { regelsVan, type Regel } from "./regels";
import type { VerslagFout } from "./codes";

/** One item of the Actiepuntenlijst as the verslag writes it. */
export interface RuwActiepunt {
  /** As numbered: "i", "ii", "3", "a"; for unnumbered items their place, "1", "2". */
  nummer: string;
  /** The whole text, over line and page breaks, page headers taken out. */
  tekst: string;
}

export interface Verslag {
  /** Vergaderdatum en -tijd. */
  vergadering: IsoDate;
  actiepunten: RuwActiepunt[];
  /**
   * The whole verslag as one running text, page headers taken out: where the next meeting is said
   * (under Mededelingen, in a closing line, in an item).
   */
  tekst: string;
}

export type VerslagUitkomst = { ok: true; verslag: Verslag } | { ok: false; fout: VerslagFout };

/**
 * Reads a verslag of the DUO: the meeting's date (the line "Vergaderdatum en -tijd" or "Vergaderdatum"),
 * and the items of the Actiepuntenlijst, up to the Besluitenlijst (or Vergaderpunten): decisions and
 * the discussion are no action points. An item runs from its number to the next number of the same
 * list, over line breaks, blank lines and page headers.
 */
export function leesVerslag(alineas: readonly Alinea[]): VerslagUitkomst {
  const regels = regelsVan(alineas);
  if (regels.every((r) => r.tekst === "")) return fout("verslag-leeg");
  const vergadering = vergaderdatum(regels);
  const begin = regels.findIndex((r) => r.nummer === undefined && LIJST_BEGIN.test(r.tekst));
  if (begin < 0)
    return fout(vergadering.soort === "geen" ? "geen-verslag" : "geen-actiepuntenlijst");
  if (vergadering.soort !== "datum")
    return vergadering.soort === "zonder-jaar"
      ? fout("vergaderdatum-zonder-jaar", { tekst: vergadering.tekst })
      : fout("geen-vergaderdatum");
  const rest = regels.slice(begin + 1);
  const eindeRel = rest.findIndex((r) => r.nummer === undefined && LIJST_EINDE.test(r.tekst));
  const lijst = eindeRel < 0 ? rest : rest.slice(0, eindeRel);
  return {
    ok: true,
    verslag: {
      vergadering: vergadering.datum,
      actiepunten: items(lijst),
      tekst: aaneen(regels.map(alsZin)),
    },
  };
}

function fout<C extends VerslagFout["code"]>(
  code: C,
  params: Extract<VerslagFout, { code: C }>["params"] = {} as never
): VerslagUitkomst {
  return { ok: false, fout: { code, params } as VerslagFout };
}

/** "Actiepuntenlijst", "Actiepuntenlijst:", "Nieuwe actiepunten": the heading on a line of its own. */
const LIJST_BEGIN = /^(?:actiepuntenlijst|nieuwe actiepunten)\s*:?$/i;

/** Where the Actiepuntenlijst ends: the next heading of the verslag. */
const LIJST_EINDE =
  /^(?:besluitenlijst|besluiten|vergaderpunten|agendapunten|agenda|verslag)\s*:?$/i;

/** "Vergaderdatum en -tijd\t13 januari 2021, 15.00 uur", or the date on the next line (a table cell). */
const VERGADERDATUM = /^vergaderdatum\b/i;

type Vergaderdatum =
  | { soort: "datum"; datum: IsoDate }
  | { soort: "zonder-jaar"; tekst: string }
  | { soort: "onleesbaar" }
  | { soort: "geen" };

function vergaderdatum(regels: readonly Regel[]): Vergaderdatum {
  const i = regels.findIndex((r) => VERGADERDATUM.test(r.tekst));
  if (i < 0) return { soort: "geen" };
  const kandidaten = [
    regels[i].tekst.replace(VERGADERDATUM, ""),
    ...regels
      .slice(i + 1, i + 4)
      .map((r) => r.tekst)
      .filter((t) => t !== ""),
  ].slice(0, 2);
  for (const tekst of kandidaten) {
    const [eerste] = datumsInTekst(tekst, "1900-01-01");
    if (eerste && !eerste.jaarAfgeleid) return { soort: "datum", datum: eerste.datum };
    if (eerste) return { soort: "zonder-jaar", tekst: tekst.slice(eerste.index, eerste.end) };
  }
  return { soort: "onleesbaar" };
}

/**
 * A line as part of the running text: a heading ("2. Mededelingen", "Besluitenlijst") ends with a
 * full stop, so that it does not run into the sentence after it.
 */
function alsZin(r: Regel): string {
  const tekst = r.nummer ? `${r.nummer} ${r.tekst}` : r.tekst;
  return KOP.test(tekst) ? `${tekst.replace(/:$/, "")}.` : tekst;
}

/**
 * A heading: a numbered short line that does not end as a sentence does ("2. Mededelingen",
 * "b. Brief B:"), or any line ending in a colon ("Actiepuntenlijst:").
 */
const KOP = /^(?:(?:\d{1,2}|[a-z])[.)]\s+\p{Lu}[^.!?;]{0,60}[^.!?;,\s]|.*:)$/u;

/** The lines of the Actiepuntenlijst as items. */
function items(regels: readonly Regel[]): RuwActiepunt[] {
  const starts = itemStarts(regels);
  const uit: RuwActiepunt[] = [];
  starts.forEach((start, k) => {
    const tot = k + 1 < starts.length ? starts[k + 1].regel : regels.length;
    const delen = [
      regels[start.regel].tekst.slice(start.lengte),
      ...regels.slice(start.regel + 1, tot).map((r) => r.tekst.replace(OPSOMMINGSTEKEN, "")),
    ];
    const tekst = aaneen(delen);
    if (tekst !== "") uit.push({ nummer: start.label, tekst });
  });
  return uit;
}

interface Start {
  regel: number;
  label: string;
  /** Characters of the line before the item's text. */
  lengte: number;
}

/**
 * Where items start: at Word's automatic numbers of the top level used, else at numbers written in
 * the text (each of the list's style and higher than the one before, so a line that happens to
 * start with "v." inside an item does not split it); without numbers at bullets; without bullets,
 * every line is an item.
 */
function itemStarts(regels: readonly Regel[]): Start[] {
  const automatisch = regels.flatMap((r, i) => {
    const n = r.nummer === undefined ? null : automatischNummer(r.nummer);
    return n ? [{ i, n, niveau: r.niveau ?? 0 }] : [];
  });
  if (automatisch.length > 0) {
    const top = Math.min(...automatisch.map((a) => a.niveau));
    return automatisch
      .filter((a) => a.niveau === top)
      .map((a) => ({ regel: a.i, label: a.n.label, lengte: 0 }));
  }
  const geschreven = geschrevenStarts(regels);
  if (geschreven.length > 0) return geschreven;
  const opsomming = regels.flatMap((r, i) => (OPSOMMINGSTEKEN.test(r.tekst) ? [i] : []));
  const regelsMetTekst = regels.flatMap((r, i) => (r.tekst !== "" ? [i] : []));
  const lijst = opsomming.length > 0 ? opsomming : regelsMetTekst;
  return lijst.map((regel, k) => ({
    regel,
    label: String(k + 1),
    lengte: opsomming.length > 0 ? (OPSOMMINGSTEKEN.exec(regels[regel].tekst)?.[0].length ?? 0) : 0,
  }));
}

function geschrevenStarts(regels: readonly Regel[]): Start[] {
  const starts: Start[] = [];
  let stijl: Stijl | undefined;
  let vorige: Nummer | null = null;
  regels.forEach((r, i) => {
    const n = geschrevenNummer(r.tekst, stijl);
    if (!n || (vorige && n.waarde <= vorige.waarde)) return;
    stijl = n.stijl;
    vorige = n;
    starts.push({ regel: i, label: n.label, lengte: n.lengte });
  });
  return starts;
}

/**
 * Lines joined into one text: with a space, or without one after a word broken at a hyphen
 * ("sociaal-" + "emotionele"); blank lines (where a page header was) join like line breaks.
 */
function aaneen(delen: readonly string[]): string {
  let tekst = "";
  for (const deel of delen.map((d) => d.trim()).filter((d) => d !== "")) {
    tekst = tekst === "" ? deel : /\p{L}-$/u.test(tekst) ? tekst + deel : `${tekst} ${deel}`;
  }
  return tekst.replace(/\t/g, " ").replace(/ {2,}/g, " ");
}
