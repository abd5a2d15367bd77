import type { Actie } from "../actielijst/actie";
import type { Verkeerslicht } from "../actielijst/traffic-light";
import { daysBetween, type IsoDate } from "../dates/iso";
import { LAKMERK } from "./redaction";
import { PLAATSHOUDERS } from "./placeholders";
import type { Register } from "./register";
import { Resolver } from "./resolver";

/**
 * What an owner in the overview is: a person; a placeholder where no one is named yet (N.t.b.,
 * N.v.t.); no owner at all (an empty cell, or only "-" or "?"); a Woo redaction mark; or, with a
 * registry, a form it does not recognise: several people fit ("A. Woortman" with Anja and Arend
 * Woortman: dubbelzinnig) or nobody does (onbekend).
 */
export type Eigenaarsoort =
  "persoon" | "plaatshouder" | "geen" | "gelakt" | "dubbelzinnig" | "onbekend";

/** One open action of an owner, with its deadline as the validation read it. */
export interface OpenActie {
  actie: Actie;
  /** The traffic light the validation computed (never "done": done actions are not open). */
  licht: Exclude<Verkeerslicht, "done">;
  /** Days from the peildatum to the due date: negative when overdue, null without a due date. */
  dagen: number | null;
}

/** Per owner: the open actions (overdue first), and how many are overdue and due soon. */
export interface EigenaarOverzicht {
  naam: string;
  soort: Eigenaarsoort;
  /** For a form several people fit: who they are, by name (never chosen between). */
  kandidaten?: string[];
  open: OpenActie[];
  verlopen: number;
  binnenkort: number;
}

/**
 * "Overzicht per accounthouder", in four groups that are never mixed: real persons; "Niet herkend"
 * (forms the registry does not resolve to one person: counted for nobody); "Nog niet toegewezen"
 * (placeholders and actions without an owner); "Gelakt (Woo)" (redaction marks).
 */
export interface AccounthouderOverzicht {
  peildatum: IsoDate;
  personen: EigenaarOverzicht[];
  nietHerkend: EigenaarOverzicht[];
  nietToegewezen: EigenaarOverzicht[];
  gelakt: EigenaarOverzicht[];
}

/** The name for actions without an owner in the overview. */
export const ZONDER_EIGENAAR = "Zonder accounthouder";

/**
 * Every owner with open actions, most overdue first. Joint owners count the action for each of
 * them. Days and traffic lights are the validation's: the peildatum is the report's. With the
 * registry the validation used, a form it does not resolve to one person is no person here: it is
 * listed under "Niet herkend" (with its candidates when several fit). Without a registry (or an
 * empty one) every name stands as written, as a person.
 */
export function overzichtPerAccounthouder(
  rapport: { acties: readonly Actie[]; peildatum: IsoDate },
  register: Register | null = null
): AccounthouderOverzicht {
  const resolver = register && register.personen.length > 0 ? new Resolver(register) : null;
  const perNaam = new Map<string, EigenaarOverzicht>();
  for (const actie of rapport.acties) {
    if (actie.verkeerslicht === "done") continue;
    const open: OpenActie = {
      actie,
      licht: actie.verkeerslicht,
      dagen: actie.deadline.due ? daysBetween(rapport.peildatum, actie.deadline.due) : null,
    };
    const namen = actie.eigenaren.map(eigenNaam).filter((n) => n !== ZONDER_EIGENAAR);
    for (const naam of namen.length > 0 ? [...new Set(namen)] : [ZONDER_EIGENAAR]) {
      const regel = perNaam.get(naam) ?? {
        naam,
        ...duid(naam, resolver),
        open: [],
        verlopen: 0,
        binnenkort: 0,
      };
      regel.open.push(open);
      if (open.licht === "overdue") regel.verlopen++;
      if (open.licht === "due-soon") regel.binnenkort++;
      perNaam.set(naam, regel);
    }
  }
  const regels = [...perNaam.values()];
  for (const r of regels) r.open.sort(actieVolgorde);
  regels.sort(
    (a, b) =>
      b.verlopen - a.verlopen ||
      b.binnenkort - a.binnenkort ||
      b.open.length - a.open.length ||
      a.naam.localeCompare(b.naam)
  );
  return {
    peildatum: rapport.peildatum,
    personen: regels.filter((r) => r.soort === "persoon"),
    nietHerkend: regels.filter((r) => r.soort === "dubbelzinnig" || r.soort === "onbekend"),
    nietToegewezen: regels.filter((r) => r.soort === "plaatshouder" || r.soort === "geen"),
    gelakt: regels.filter((r) => r.soort === "gelakt"),
  };
}

const LICHT_VOLGORDE: Record<OpenActie["licht"], number> = {
  overdue: 0,
  "due-soon": 1,
  "on-track": 2,
  "no-deadline": 3,
};

/** Overdue first (longest overdue first), then due soon, then on track by date, then the rest by row. */
function actieVolgorde(a: OpenActie, b: OpenActie): number {
  return (
    LICHT_VOLGORDE[a.licht] - LICHT_VOLGORDE[b.licht] ||
    (a.dagen ?? 0) - (b.dagen ?? 0) ||
    a.actie.row - b.actie.row
  );
}

/** An owner written as only dashes, dots or question marks ("-", "?", "..."): no one is named. */
function eigenNaam(naam: string): string {
  return /[\p{L}\p{N}]/u.test(naam) ? naam : ZONDER_EIGENAAR;
}

/**
 * What an owner is. A name the validation resolved is the registry's own name, which the resolver
 * finds again as itself; any other form it reports as written, and the resolver says why: the
 * same matching as the validation's, not a second one.
 */
function duid(
  naam: string,
  resolver: Resolver | null
): Pick<EigenaarOverzicht, "soort" | "kandidaten"> {
  if (naam === LAKMERK) return { soort: "gelakt" };
  if ((PLAATSHOUDERS as readonly string[]).includes(naam)) return { soort: "plaatshouder" };
  if (naam === ZONDER_EIGENAAR) return { soort: "geen" };
  if (!resolver) return { soort: "persoon" };
  const d = resolver.duid(naam);
  if (d.soort === "dubbelzinnig")
    return { soort: "dubbelzinnig", kandidaten: d.kandidaten.map((p) => p.naam) };
  return { soort: d.soort };
}
