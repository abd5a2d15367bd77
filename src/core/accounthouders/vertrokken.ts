import type { IsoDate } from "../dates/iso";
import { actieBevinding, type ActielijstFinding } from "../actielijst/codes";
import type { Persoon } from "./register";

export interface VertrokkenActie {
  row: number;
  open: boolean;
  eigenaren: readonly string[];
  cell: string | undefined;
}

/**
 * An open action still owned by someone who left before the peildatum: a warning naming the
 * successor. The owner is not replaced: who takes over is the secretariaat's decision.
 */
export function vertrokkenFindings(
  sheet: string,
  acties: readonly VertrokkenActie[],
  personen: readonly Persoon[],
  peildatum: IsoDate
): ActielijstFinding<"accounthouder-vertrokken">[] {
  const vertrokken = new Map(
    personen.filter((p) => vertrokkenVoor(p, peildatum)).map((p) => [p.naam, p])
  );
  const findings: ActielijstFinding<"accounthouder-vertrokken">[] = [];
  for (const actie of acties) {
    if (!actie.open || !actie.cell) continue;
    for (const naam of actie.eigenaren) {
      const p = vertrokken.get(naam);
      if (p)
        findings.push(
          actieBevinding(
            "accounthouder-vertrokken",
            { sheet, cell: actie.cell },
            { row: actie.row, naam, datum: p.vertrokkenPer as string, opvolger: p.opvolger ?? "" }
          )
        );
    }
  }
  return findings;
}

/** Whether the person left before `datum`: the register's Vertrokken per lies before it. */
export function vertrokkenVoor(persoon: Persoon, datum: IsoDate): boolean {
  return persoon.vertrokkenPer !== null && persoon.vertrokkenPer < datum;
}
