import { distance } from "fastest-levenshtein";
import { naamDelen, naamSleutel, type Naamdelen } from "./names";
import { splitsEigenaren } from "./split";

/** A proposed person for a new registry, for the user to confirm or edit. */
export interface PersoonVoorstel {
  naam: string;
  aliassen: string[];
  /** Owner cells naming this person: how much the proposal rests on. */
  aantal: number;
}

interface Variant {
  tekst: string;
  delen: Naamdelen;
  aantal: number;
}

/**
 * Proposes a registry from the owner column: variants of one person are grouped (case, spaces,
 * initials, "van der"/"v.d."/"vd", a first name alone when only one person has it, small typos)
 * and the fullest form becomes the name. Redaction marks and placeholders are nobody.
 */
export function stelRegisterVoor(eigenaarCellen: readonly string[]): PersoonVoorstel[] {
  const groepen = groepeer(varianten(eigenaarCellen));
  const voornamen = telVoornamen(groepen);
  return groepen
    .map((g) => voorstel(g, voornamen))
    .sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam));
}

function varianten(cellen: readonly string[]): Variant[] {
  const perTekst = new Map<string, Variant>();
  for (const cel of cellen)
    for (const deel of splitsEigenaren(cel)) {
      if (deel.soort !== "persoon") continue;
      const v = perTekst.get(deel.tekst) ?? {
        tekst: deel.tekst,
        delen: naamDelen(deel.tekst),
        aantal: 0,
      };
      v.aantal++;
      perTekst.set(deel.tekst, v);
    }
  return [...perTekst.values()];
}

/** Full names by surname and initial first; then single words join the one group they fit. */
function groepeer(varianten: Variant[]): Variant[][] {
  const groepen: Variant[][] = [];
  const vol = varianten.filter((v) => v.delen.achternaam);
  for (const v of vol) {
    const g = groepen.find((x) => x.some((y) => zelfdePersoon(y.delen, v.delen)));
    if (g) g.push(v);
    else groepen.push([v]);
  }
  const los = varianten.filter((v) => !v.delen.achternaam).sort((a, b) => b.aantal - a.aantal);
  for (const v of los) {
    const passend = groepen.filter((g) => g.some((y) => past(y.delen, v.delen)));
    if (passend.length === 1) passend[0].push(v);
    else if (passend.length === 0) groepen.push([v]);
    // Fits two people: not guessed at; it becomes a person of its own for the user to judge.
    else groepen.push([v]);
  }
  return groepen;
}

function zelfdePersoon(a: Naamdelen, b: Naamdelen): boolean {
  if (!a.achternaam || !b.achternaam || a.initiaal !== b.initiaal) return false;
  return a.achternaam === b.achternaam || bijna(a.achternaam, b.achternaam);
}

/** A single word fits a group by its first name, surname, or a small typo of either. */
function past(groep: Naamdelen, woord: Naamdelen): boolean {
  const w = woord.sleutel;
  const kandidaten = [
    groep.voornaam,
    groep.achternaam,
    groep.achternaam ? null : groep.sleutel,
  ].filter((x): x is string => !!x);
  return kandidaten.some((k) => k === w || bijna(k, w));
}

function bijna(a: string, b: string): boolean {
  const toegestaan =
    Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return (
    toegestaan > 0 && Math.abs(a.length - b.length) <= toegestaan && distance(a, b) <= toegestaan
  );
}

function telVoornamen(groepen: Variant[][]): Map<string, number> {
  const n = new Map<string, number>();
  for (const g of groepen) {
    const v = volste(g).delen.voornaam;
    if (v) n.set(v, (n.get(v) ?? 0) + 1);
  }
  return n;
}

function voorstel(groep: Variant[], voornamen: Map<string, number>): PersoonVoorstel {
  const naam = netjes(volste(groep).tekst);
  const eigen = naamSleutel(naam);
  const aliassen = new Map<string, string>();
  for (const v of groep) {
    const s = naamSleutel(v.tekst);
    if (s !== eigen && !aliassen.has(s)) aliassen.set(s, netjes(v.tekst));
  }
  const voornaam = naamDelen(naam).voornaam;
  // The first name as an alias only when nobody else has it: otherwise it would point at two people.
  if (
    voornaam &&
    naamDelen(naam).achternaam &&
    voornamen.get(voornaam) === 1 &&
    !aliassen.has(voornaam)
  )
    aliassen.set(voornaam, naam.split(" ")[0]);
  return {
    naam,
    aliassen: [...aliassen.values()],
    aantal: groep.reduce((s, v) => s + v.aantal, 0),
  };
}

/** The fullest form: most words, a first name rather than an initial, no abbreviation, most used. */
function volste(groep: Variant[]): Variant {
  const score = (v: Variant) => [
    v.delen.woorden,
    v.delen.voornaam ? 1 : 0,
    v.tekst.includes(".") ? 0 : 1,
    v.aantal,
  ];
  return [...groep].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return a.tekst.localeCompare(b.tekst);
  })[0];
}

/** Spaces collapsed; a name typed all in lower case gets capitals, tussenvoegsels excepted. */
function netjes(tekst: string): string {
  const t = tekst.trim().replace(/\s+/g, " ");
  if (t !== t.toLowerCase()) return t;
  return t
    .split(" ")
    .map((w, i) =>
      i > 0 && /^(van|der|den|de|het|ter|ten|te|in|op)$/.test(w)
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1)
    )
    .join(" ");
}
