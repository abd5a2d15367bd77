import type { Fase } from "./fasen";

/**
 * What people write for each phase besides its own name. Matched folded (lowercase, no accents or
 * punctuation), with and without spaces, so "In opname", "in-opname" and "inopname" are one key.
 */
export const FASE_WOORDEN: Readonly<Record<Fase, readonly string[]>> = {
  "Nog niet gestart": [
    "niet gestart",
    "nog niet begonnen",
    "niet begonnen",
    "nog te starten",
    "nog starten",
    "nog niet in behandeling",
  ],
  Opname: ["in opname", "opnamefase", "opname gestart", "opname uitgevoerd"],
  Beoordeling: ["in beoordeling", "beoordelingsfase", "beoordelen", "wordt beoordeeld"],
  Planvorming: ["in planvorming", "planvormingsfase", "planfase", "plan in voorbereiding"],
  Uitvoering: ["in uitvoering", "uitvoeringsfase", "in de uitvoering", "versterking in uitvoering"],
  Voltooid: [
    "gereed",
    "afgerond",
    "klaar",
    "opgeleverd",
    "oplevering",
    "afgehandeld",
    "voldoet aan norm",
    "voldoet aan de norm",
    "voldoet",
    "voldoet zonder maatregelen",
  ],
};
