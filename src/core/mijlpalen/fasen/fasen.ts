import { distance } from "fastest-levenshtein";
import { foldText } from "../../text";
import { FASE_WOORDEN } from "./fase-woorden";

/** The six phases every address passes, in order. */
export const FASEN = [
  "Nog niet gestart",
  "Opname",
  "Beoordeling",
  "Planvorming",
  "Uitvoering",
  "Voltooid",
] as const;
export type Fase = (typeof FASEN)[number];

/** 0 for Nog niet gestart ... 5 for Voltooid: phases compare by their place. */
export function faseIndex(fase: Fase): number {
  return FASE_RANG[fase];
}

/**
 * The phase a label means, case, spaces, accents and punctuation free: "OPNAME ", "in opname",
 * "Gereed", "Afgerond", "niet gestart", "1. Opname", "Fase: beoordeling", "Beoordleing" (a small
 * typo, only when one phase is that close). null when no phase is meant.
 */
export function recogniseFase(tekst: string): Fase | null {
  const kaal = zonderVoorvoegsel(foldText(tekst));
  if (kaal === "") return null;
  return WOORDEN.get(kaal) ?? WOORDEN.get(kaal.replace(/ /g, "")) ?? bijna(kaal.replace(/ /g, ""));
}

const FASE_RANG = Object.fromEntries(FASEN.map((f, i) => [f, i])) as Record<Fase, number>;

/** Every folded word, with and without spaces, to its phase. */
const WOORDEN = new Map<string, Fase>();
for (const fase of FASEN) {
  for (const woord of [fase, ...FASE_WOORDEN[fase]]) {
    WOORDEN.set(foldText(woord), fase);
    WOORDEN.set(foldText(woord).replace(/ /g, ""), fase);
  }
}

/** "1. Opname", "fase 2 beoordeling", "Fase: opname" -> the words after the number or "fase". */
function zonderVoorvoegsel(folded: string): string {
  return folded.replace(/^(?:fase\s*)?(?:[0-6]\s*)?(?:fase\s+)?/, "").trim();
}

/** One typo in a word of 5+ letters, two in one of 10+; ties between phases give nothing. */
function bijna(aaneen: string): Fase | null {
  if (aaneen.length < 5) return null;
  const max = aaneen.length >= 10 ? 2 : 1;
  const kandidaten = new Set<Fase>();
  for (const [woord, fase] of WOORDEN) {
    if (woord.includes(" ") || Math.abs(woord.length - aaneen.length) > max) continue;
    if (distance(aaneen, woord) <= max) kandidaten.add(fase);
  }
  return kandidaten.size === 1 ? [...kandidaten][0] : null;
}
