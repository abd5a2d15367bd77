import { zinnenVan } from "./zinnen";
import type { Actor, ActorKenner, Vermelding } from "./actoren";
import { begintMetHoofdletter, GEEN_NAAM, WERKWOORDEN, woordenVan } from "./woorden";

/** Who an action point names, by role. */
export interface Rollen {
  /** Who does it: the subject of the action, in the order the item names them. */
  eigenaren: Actor[];
  /** Named as taking part ("Roelien en Anja zullen aanwezig zijn"): no owners. */
  aanwezig: Actor[];
  /** Named otherwise: "stemt af met Henk", "contact met (10)(2e)", "de brief van BZK". */
  genoemd: Actor[];
}

/**
 * Which actors of an action point own it. The rule, per sentence of the item:
 *  1. The owner is the subject: the actors the sentence starts with, alone or joined by ",", "en",
 *     "&", "/", "+" or "i.s.m." ("BZK, OBG en NCG lopen ... na", "(10)(2e) maakt ...",
 *     "Roelien zal ... sturen"), or that stand right after its verb when the sentence starts with
 *     something else ("Voor het volgende DUO maakt Anja een notitie").
 *  2. In a passive sentence, the actor after "door" ("wordt door Anja opgesteld").
 *  3. A subject whose predicate is taking part is no owner: "zullen aanwezig zijn", "sluit aan",
 *     "neemt deel", "worden uitgenodigd" make attendees.
 *  4. Every other actor is mentioned, not an owner: after a preposition ("stemt af met Henk",
 *     "contact met (10)(2e)", "naar de regio"), as an object, or in a noun phrase ("Expertise van
 *     (10)(2e)"). "Hij", "Zij" and "Ze" refer back to an owner already named.
 *  5. A name the register does not know counts only as a subject followed by a verb (rule 1): two
 *     or three capitalised words ("Susan Top zal ..."), or with no register at all one word ("Anja
 *     komt ..."); it is named as written.
 * The owners of the item are those of all its sentences, each once.
 */
export function duidRollen(tekst: string, kenner: ActorKenner): Rollen {
  const rollen: Rollen = { eigenaren: [], aanwezig: [], genoemd: [] };
  for (const zin of zinnenVan(tekst)) {
    const vermeldingen = kenner.vermeldingen(zin.tekst);
    const onderwerp = onderwerpVan(zin.tekst, vermeldingen) ?? onbekendOnderwerp(zin.tekst, kenner);
    const door = passiefDoor(zin.tekst, vermeldingen);
    const eigen = [...(onderwerp ?? []), ...door];
    const aanwezig = onderwerp !== null && neemtDeel(zin.tekst, onderwerp);
    for (const v of onderwerp ?? [])
      voegToe(aanwezig ? rollen.aanwezig : rollen.eigenaren, v.actor);
    for (const v of door) voegToe(rollen.eigenaren, v.actor);
    for (const v of vermeldingen) if (!eigen.includes(v)) voegToe(rollen.genoemd, v.actor);
  }
  const eigenaar = new Set(rollen.eigenaren.map(sleutel));
  rollen.aanwezig = rollen.aanwezig.filter((a) => !eigenaar.has(sleutel(a)));
  const benoemd = new Set([...eigenaar, ...rollen.aanwezig.map(sleutel)]);
  rollen.genoemd = rollen.genoemd.filter((a) => !benoemd.has(sleutel(a)));
  return rollen;
}

/** Taking part, not doing: "aanwezig (zijn)", "sluit(en) aan", "aanschuiven", "neemt deel", "uitgenodigd". */
const AANWEZIG =
  /\b(?:aanwezig|aansluiten|sluit(?:en)?\s+(?:\S+\s+){0,4}?aan\b|aanschuiven|schuift\s+(?:\S+\s+){0,4}?aan\b|schuiven\s+(?:\S+\s+){0,4}?aan\b|deelnemen|neemt\s+(?:\S+\s+){0,3}?deel\b|nemen\s+(?:\S+\s+){0,3}?deel\b|uitgenodigd)/i;

/**
 * Whether the subject's own predicate is taking part: the words after the subject up to the end
 * of its clause ("Roelien en Anja zullen in ieder geval aanwezig zijn, ..."), not a clause further
 * on ("Peter organiseert een bijeenkomst waar Anja aanwezig is" is Peter's).
 */
function neemtDeel(zin: string, onderwerp: readonly Vermelding[]): boolean {
  const na = zin.slice(onderwerp[onderwerp.length - 1].end);
  const einde = na.search(/[,;:]|\b(?:waar|waarbij|waarin|die|dat|zodat|omdat|en)\b/i);
  const predikaat = einde < 0 ? na : na.slice(0, einde);
  const voor = zin.slice(0, onderwerp[0].index);
  return AANWEZIG.test(predikaat) || (voor.trim() !== "" && AANWEZIG.test(voor));
}

/** What joins actors into one subject: "A, B en C", "A & B", "A / B", "A + B", "A i.s.m. B". */
const VERBINDING = /^\s*(?:,|en|&|\/|\+|i\.\s?s\.\s?m\.)?\s*$/i;

/** The actors the sentence starts with (rule 1), or those right after its verb. */
function onderwerpVan(zin: string, vermeldingen: readonly Vermelding[]): Vermelding[] | null {
  if (vermeldingen.length === 0) return null;
  const start = zin.length - zin.trimStart().length;
  const eerste = vermeldingen.findIndex((v) => /^[\s("'‘“]*$/.test(zin.slice(start, v.index)));
  if (eerste === 0) {
    const onderwerp = keten(zin, vermeldingen, 0);
    // A subject has a predicate: a word after it ("Anja." alone does nothing).
    return /\p{Ll}/u.test(zin.slice(onderwerp[onderwerp.length - 1].end)) ? onderwerp : null;
  }
  const woorden = woordenVan(zin);
  // The sentence starts with something else: a subject right after a verb of the list.
  if (woorden.length > 0 && /^(?:hij|zij|ze)$/i.test(woorden[0].tekst)) return null;
  for (let k = 0; k < vermeldingen.length; k++) {
    const voor = woorden.filter((w) => w.end <= vermeldingen[k].index).pop();
    if (voor && WERKWOORDEN.has(voor.tekst.toLowerCase()) && voor.index > start)
      return keten(zin, vermeldingen, k);
  }
  return null;
}

/** Actor `k` and those joined to it ("A, B en C"). */
function keten(zin: string, vermeldingen: readonly Vermelding[], k: number): Vermelding[] {
  const uit = [vermeldingen[k]];
  for (let j = k + 1; j < vermeldingen.length; j++) {
    if (!VERBINDING.test(zin.slice(vermeldingen[j - 1].end, vermeldingen[j].index))) break;
    uit.push(vermeldingen[j]);
  }
  return uit;
}

/** Rule 2: "wordt door Anja opgesteld", "zal door BZK en NCG worden uitgewerkt". */
function passiefDoor(zin: string, vermeldingen: readonly Vermelding[]): Vermelding[] {
  if (!/\b(?:wordt|worden|werd|werden)\b/i.test(zin)) return [];
  const k = vermeldingen.findIndex((v) => /\bdoor\s*$/i.test(zin.slice(0, v.index)));
  return k < 0 ? [] : keten(zin, vermeldingen, k);
}

/** Rule 5: a name the register does not know, as the subject right before a verb. */
function onbekendOnderwerp(zin: string, kenner: ActorKenner): Vermelding[] | null {
  const woorden = woordenVan(zin);
  const start = zin.length - zin.trimStart().length;
  if (woorden.length < 2 || woorden[0].index !== start) return null;
  if (GEEN_NAAM.has(woorden[0].tekst.toLowerCase())) return null;
  const minimaal = kenner.kentPersonen ? 2 : 1;
  for (let n = 1; n <= 3 && n < woorden.length; n++) {
    const naam = woorden.slice(0, n);
    if (!naam.every((w) => begintMetHoofdletter(w.tekst) && !/^\p{Lu}{2,}$/u.test(w.tekst))) break;
    if (n >= minimaal && WERKWOORDEN.has(woorden[n].tekst.toLowerCase()))
      return [
        {
          actor: { soort: "onbekend", naam: zin.slice(naam[0].index, naam[n - 1].end) },
          index: naam[0].index,
          end: naam[n - 1].end,
        },
      ];
  }
  return null;
}

function sleutel(a: Actor): string {
  return `${a.soort}\u0000${a.naam}`;
}

function voegToe(lijst: Actor[], actor: Actor): void {
  if (!lijst.some((a) => sleutel(a) === sleutel(actor))) lijst.push(actor);
}
