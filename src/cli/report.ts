import type { ActielijstRapport } from "../core/actielijst/validate";
import type { Verkeerslicht } from "../core/actielijst/traffic-light";
import { countBySeverity, SEVERITIES, type Severity } from "../core/findings";
import { bericht, datum } from "../core/messages";

export const ERNST_KOP: Record<Severity, string> = {
  error: "Fouten",
  warning: "Waarschuwingen",
  info: "Meldingen",
};

export const LICHT_NAAM: Record<Verkeerslicht, string> = {
  overdue: "verlopen",
  "due-soon": "binnenkort",
  "on-track": "op schema",
  done: "gereed",
  "no-deadline": "zonder deadline",
};

/** The readable Dutch report of a validation, for the terminal. */
export function validatieTekst(rapport: ActielijstRapport): string {
  const regels: string[] = [];
  regels.push(
    `Actielijst "${rapport.sheet}" gecontroleerd op peildatum ${datum(rapport.peildatum)}: ${rapport.acties.length} acties.`
  );
  const lichten = (Object.keys(LICHT_NAAM) as Verkeerslicht[]).map(
    (l) => `${rapport.acties.filter((a) => a.verkeerslicht === l).length} ${LICHT_NAAM[l]}`
  );
  regels.push(`  ${lichten.join(", ")}.`);
  const aantallen = countBySeverity(rapport.findings);
  for (const ernst of SEVERITIES) {
    const lijst = rapport.findings.filter((f) => f.severity === ernst);
    regels.push("", `${ERNST_KOP[ernst]} (${aantallen[ernst]})`);
    for (const f of lijst)
      regels.push(
        `  ${f.cell.padEnd(5)} rij ${String(f.params.row ?? "").padEnd(3)} ${bericht(f)}${f.fix ? `  [herstel: "${f.fix.to}"]` : ""}`
      );
  }
  return regels.join("\n");
}
