/** A word of a sentence and where it stands. */
export interface Woord {
  tekst: string;
  index: number;
  end: number;
}

/**
 * The words of a sentence: letters (with apostrophes and hyphens inside), an initial with its full
 * stop ("A."), numbers. Punctuation is no word; a full stop after a longer word is not part of it.
 */
export function woordenVan(zin: string): Woord[] {
  const uit: Woord[] = [];
  for (const m of zin.matchAll(/\p{Lu}\.(?!\p{L})|[\p{L}\d][\p{L}\d'’-]*/gu)) {
    uit.push({ tekst: m[0], index: m.index, end: m.index + m[0].length });
  }
  return uit;
}

export function begintMetHoofdletter(woord: string): boolean {
  return /^\p{Lu}/u.test(woord);
}

/**
 * Finite verbs (present tense, singular and plural) and auxiliaries a subject stands next to in an
 * action point: "Anja komt ...", "Voor het volgende DUO maakt Anja ...", "Peter en Henk gaan ...".
 * Used where the register cannot tell: a subject after the verb, and a name not in the register.
 */
export const WERKWOORDEN = new Set(
  [
    "zal zullen gaat gaan wil willen moet moeten kan kunnen",
    "komt komen maakt maken brengt brengen organiseert organiseren stuurt sturen",
    "neemt nemen levert leveren stelt stellen zorgt zorgen schrijft schrijven legt leggen",
    "bereidt bereiden pakt pakken plant plannen agendeert agenderen verzorgt verzorgen",
    "regelt regelen informeert informeren doet doen werkt werken houdt houden vraagt vragen",
    "bespreekt bespreken kijkt kijken coördineert coördineren coordineert coordineren",
    "nodigt belt bellen mailt mailen deelt delen verstuurt versturen zet zetten",
    "draagt dragen bekijkt bekijken onderzoekt onderzoeken inventariseert inventariseren",
    "verkent verkennen stemt stemmen loopt lopen schept scheppen heeft hebben is zijn",
    "verwerkt verwerken werkt uit past passen checkt checken toetst toetsen start starten",
  ]
    .join(" ")
    .split(" ")
);

/**
 * Words a sentence starts with that are no name, though capitalised: articles, pronouns,
 * prepositions, adverbs. A capitalised word at the start of a sentence is only taken for a name the
 * register does not know when it is none of these.
 */
export const GEEN_NAAM = new Set(
  [
    "het de een dit dat deze die er hier daar voor in op bij met na naar van om aan tot uit over",
    "ook wel niet geen alle iedereen men wij we zij ze hij ik u jullie afgesproken besloten",
    "daarnaast verder tevens eerst daarna vervolgens dan nu zo als indien wanneer omdat mede samen",
    "actiepunt actie besluit stuk notitie memo brief planning agenda",
  ]
    .join(" ")
    .split(" ")
);
