import type { Actie } from "../actielijst/actie";
import { LAKMERK } from "./redaction";
import { PLAATSHOUDERS } from "./placeholders";

export type Eigenaarsoort = "persoon" | "gelakt" | "plaatshouder" | "geen";

/** Per owner: the open actions, and of those the overdue and due-soon ones. */
export interface OverzichtRegel {
  naam: string;
  soort: Eigenaarsoort;
  open: Actie[];
  verlopen: Actie[];
  binnenkort: Actie[];
}

/** The name for actions without an owner in the overview. */
export const ZONDER_EIGENAAR = "Zonder accounthouder";

/**
 * "Overzicht per accounthouder": every owner with open actions, most overdue first. Joint owners
 * count the action for each of them; hidden (redacted) owners are one group of their own.
 */
export function overzichtPerAccounthouder(acties: readonly Actie[]): OverzichtRegel[] {
  const perNaam = new Map<string, OverzichtRegel>();
  for (const actie of acties) {
    if (actie.verkeerslicht === "done") continue;
    const namen = actie.eigenaren.length > 0 ? actie.eigenaren : [ZONDER_EIGENAAR];
    for (const naam of namen) {
      const regel = perNaam.get(naam) ?? {
        naam,
        soort: soort(naam),
        open: [],
        verlopen: [],
        binnenkort: [],
      };
      regel.open.push(actie);
      if (actie.verkeerslicht === "overdue") regel.verlopen.push(actie);
      if (actie.verkeerslicht === "due-soon") regel.binnenkort.push(actie);
      perNaam.set(naam, regel);
    }
  }
  const volgorde: Record<Eigenaarsoort, number> = {
    persoon: 0,
    gelakt: 1,
    plaatshouder: 2,
    geen: 3,
  };
  return [...perNaam.values()].sort(
    (a, b) =>
      volgorde[a.soort] - volgorde[b.soort] ||
      b.verlopen.length - a.verlopen.length ||
      b.binnenkort.length - a.binnenkort.length ||
      b.open.length - a.open.length ||
      a.naam.localeCompare(b.naam)
  );
}

function soort(naam: string): Eigenaarsoort {
  if (naam === LAKMERK) return "gelakt";
  if ((PLAATSHOUDERS as readonly string[]).includes(naam)) return "plaatshouder";
  if (naam === ZONDER_EIGENAAR) return "geen";
  return "persoon";
}
