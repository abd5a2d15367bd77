import type { Register } from "../accounthouders/register";
import { vertrokkenVoor } from "../accounthouders/vertrokken";
import { addDays, type IsoDate } from "../dates/iso";
import { ActorKenner, type Actor } from "./actoren";
import { zoekBestaande, type LijstActie, type Overeenkomst } from "./bestaand";
import { verslagBevinding, type VerslagFinding } from "./codes";
import { duidRollen, type Rollen } from "./eigenaren";
import { leesTermijn, type ActiepuntDeadline } from "./termijn";
import type { Verslag } from "./verslag";
import { volgendeVergaderingIn, type VolgendeVergadering } from "./volgende-vergadering";

/** An action point of the verslag, understood. */
export interface Actiepunt {
  nummer: string;
  tekst: string;
  /**
   * Who owns it, as the list writes owners: the register's canonical names, "(10)(2e)",
   * organisations by their name, a name the register does not know as written.
   */
  owners: string[];
  rollen: Rollen;
  deadline: ActiepuntDeadline | null;
  /** The row of the list it already is (a sure match): then it is not proposed again. */
  bestaand: Overeenkomst | null;
  findings: VerslagFinding[];
}

export interface ActiepuntenOpties {
  register: Register | null;
  /** The next meeting's date as the user gives it: it goes before what the verslag says. */
  volgendeVergadering?: IsoDate;
  /** The list's actions, to recognise items already on it. */
  acties: readonly LijstActie[];
}

export interface Actiepunten {
  vergadering: IsoDate;
  /** The date "voor het volgende DUO" stands for: the user's, else the verslag's, else null. */
  volgendeVergadering: VolgendeVergadering | null;
  /** What the verslag says of it, also when the user gave a date (to tell them apart). */
  volgendeInVerslag: VolgendeVergadering | null;
  actiepunten: Actiepunt[];
}

/** The action points of a verslag: owners, deadline and whether the list has them already. */
export function leesActiepunten(verslag: Verslag, opties: ActiepuntenOpties): Actiepunten {
  const inVerslag = volgendeVergaderingIn(verslag.tekst, verslag.vergadering);
  const volgende: VolgendeVergadering | null = opties.volgendeVergadering
    ? { datum: opties.volgendeVergadering, bron: "gebruiker", zeker: true }
    : inVerslag;
  const kenner = new ActorKenner(opties.register);
  const bestaand = zoekBestaande(
    verslag.actiepunten.map((a) => a.tekst),
    opties.acties
  );
  return {
    vergadering: verslag.vergadering,
    volgendeVergadering: volgende,
    volgendeInVerslag: inVerslag,
    actiepunten: verslag.actiepunten.map((ruw, i) => {
      const rollen = duidRollen(ruw.tekst, kenner);
      const termijn = leesTermijn(ruw.tekst, verslag.vergadering, volgende);
      const match = bestaand[i];
      return {
        nummer: ruw.nummer,
        tekst: ruw.tekst,
        owners: rollen.eigenaren.map((a) => a.naam),
        rollen,
        deadline: termijn.deadline,
        bestaand: match?.zeker ? match : null,
        findings: [
          ...eigenaarFindings(rollen, termijn.deadline?.due ?? addDays(verslag.vergadering, 1)),
          ...termijn.findings,
          ...(match && !match.zeker
            ? [
                verslagBevinding("lijkt-op-bestaande-actie", {
                  row: match.row,
                  procent: Math.round(match.score * 100),
                  actie: match.actie,
                }),
              ]
            : []),
        ],
      };
    }),
  };
}

/**
 * No owner, an owner the register cannot tell, one it does not know, one who left before the
 * deadline (or, without one, by the day after the meeting): the successor is named, the owner
 * kept (who takes over is the secretariaat's choice, as in the list's own check).
 */
function eigenaarFindings(rollen: Rollen, peil: IsoDate): VerslagFinding[] {
  if (rollen.eigenaren.length === 0)
    return [
      verslagBevinding("geen-eigenaar", {
        genoemd: [...rollen.aanwezig, ...rollen.genoemd].map((a) => a.naam).join(", "),
      }),
    ];
  return rollen.eigenaren.flatMap((a: Actor): VerslagFinding[] => {
    if (a.soort === "dubbelzinnig")
      return [
        verslagBevinding("eigenaar-dubbelzinnig", {
          tekst: a.naam,
          kandidaten: a.kandidaten.join("; "),
        }),
      ];
    if (a.soort === "onbekend") return [verslagBevinding("eigenaar-onbekend", { naam: a.naam })];
    if (a.soort === "persoon" && vertrokkenVoor(a.persoon, peil))
      return [
        verslagBevinding("eigenaar-vertrokken", {
          naam: a.naam,
          datum: a.persoon.vertrokkenPer as IsoDate,
          opvolger: a.persoon.opvolger ?? "",
        }),
      ];
    return [];
  });
}
