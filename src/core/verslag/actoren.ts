import { TUSSENVOEGSELS } from "../accounthouders/names";
import { LAKMERK, LAKMERK_IN_TEKST } from "../accounthouders/redaction";
import type { Persoon, Register } from "../accounthouders/register";
import { Resolver } from "../accounthouders/resolver";
import { begintMetHoofdletter, woordenVan, type Woord } from "./woorden";

/** Who a verslag names: a person of the register, a lakmerk, an organisation, or a name Regie does not know. */
export type Actor =
  | { soort: "persoon"; naam: string; persoon: Persoon }
  /** A written form that fits more than one person of the register: never guessed at. */
  | { soort: "dubbelzinnig"; naam: string; kandidaten: string[] }
  | { soort: "gelakt"; naam: typeof LAKMERK }
  | { soort: "organisatie"; naam: string }
  /** A name as written that is not in the register (only taken as the subject of an action). */
  | { soort: "onbekend"; naam: string };

/** Where a sentence names an actor. */
export interface Vermelding {
  actor: Actor;
  index: number;
  end: number;
}

/**
 * Organisations of the programme, as they are written (case counts: "Rijk" is the state, "rijk" a
 * word). The register's Organisatie column adds its own.
 */
const ORGANISATIES = [
  "BZK",
  "EZK",
  "LNV",
  "SZW",
  "JenV",
  "IenW",
  "NCG",
  "IMG",
  "TCMG",
  "SodM",
  "NAM",
  "EBN",
  "OBG",
  "VNG",
  "IPO",
  "ACVG",
  "CVW",
  "RVO",
  "Rijk",
  "Regio",
  "Provincie",
];

/** Longest written form of a person: "Nicoline van der Linden", "A. de Vries-Jansen". */
const MAX_NAAMWOORDEN = 5;

/**
 * Finds the actors a sentence names. People by any written form the register knows (full name,
 * alias, first name or surname alone, "A. Woortman", "Anja W."), but not by likeness: in running
 * text "Mark" or "Hank" would otherwise become someone. Lakmerken in every OCR-mangled form.
 * Organisations by their name as written.
 */
export class ActorKenner {
  private readonly resolver: Resolver | null;
  private readonly organisaties: ReadonlySet<string>;

  constructor(readonly register: Register | null) {
    this.resolver = register && register.personen.length > 0 ? new Resolver(register) : null;
    this.organisaties = new Set([
      ...ORGANISATIES,
      ...(register?.personen ?? [])
        .flatMap((p) => p.organisatie.split(/[/,;]/))
        .map((o) => o.trim())
        .filter((o) => o.length >= 2),
    ]);
  }

  /** Whether there is a register to know people by. */
  get kentPersonen(): boolean {
    return this.resolver !== null;
  }

  vermeldingen(zin: string): Vermelding[] {
    const uit: Vermelding[] = [];
    const lakmerk = new RegExp(LAKMERK_IN_TEKST.source, "g");
    for (const m of zin.matchAll(lakmerk))
      uit.push({
        actor: { soort: "gelakt", naam: LAKMERK },
        index: m.index,
        end: m.index + m[0].length,
      });
    const bezet = (w: Woord) => uit.some((v) => w.index < v.end && v.index < w.end);
    const woorden = woordenVan(zin).filter((w) => !bezet(w));
    for (let i = 0; i < woorden.length; i++) {
      const w = woorden[i];
      if (this.organisaties.has(w.tekst)) {
        uit.push({ actor: { soort: "organisatie", naam: w.tekst }, index: w.index, end: w.end });
        continue;
      }
      const persoon = this.persoonVanaf(zin, woorden, i);
      if (persoon) {
        uit.push(persoon.vermelding);
        i = persoon.laatste;
      }
    }
    return uit.sort((a, b) => a.index - b.index);
  }

  /** The longest run of name-like words from `i` on that the register knows, if any. */
  private persoonVanaf(
    zin: string,
    woorden: readonly Woord[],
    i: number
  ): { vermelding: Vermelding; laatste: number } | null {
    if (!this.resolver || !begintMetHoofdletter(woorden[i].tekst)) return null;
    const run = naamRun(zin, woorden, i);
    for (let j = run; j >= i; j--) {
      if (!begintMetHoofdletter(woorden[j].tekst)) continue;
      const tekst = zin.slice(woorden[i].index, woorden[j].end);
      const d = this.resolver.duid(tekst);
      if (d.soort === "onbekend" || d.via === "gelijkenis") continue;
      const actor: Actor =
        d.soort === "persoon"
          ? { soort: "persoon", naam: d.persoon.naam, persoon: d.persoon }
          : { soort: "dubbelzinnig", naam: tekst, kandidaten: d.kandidaten.map((p) => p.naam) };
      return { vermelding: { actor, index: woorden[i].index, end: woorden[j].end }, laatste: j };
    }
    return null;
  }
}

/**
 * The last word of the run of name-like words from `i`: capitalised words, initials and
 * tussenvoegsels ("van der"), each right after the other (only spaces between), at most
 * MAX_NAAMWOORDEN words.
 */
function naamRun(zin: string, woorden: readonly Woord[], i: number): number {
  let j = i;
  while (
    j + 1 < woorden.length &&
    j + 1 - i < MAX_NAAMWOORDEN &&
    /^\s+$/.test(zin.slice(woorden[j].end, woorden[j + 1].index)) &&
    (begintMetHoofdletter(woorden[j + 1].tekst) ||
      TUSSENVOEGSELS.has(woorden[j + 1].tekst.toLowerCase()))
  )
    j++;
  return j;
}
