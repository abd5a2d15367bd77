import { SEVERITIES, type Finding, type Severity } from "../findings";
import type { Actie } from "./actie";
import type { RapportFinding } from "./codes";
import type { ActielijstRapport } from "./validate";

/** An overdue or due-soon action, with the finding that says so. */
export interface Termijn {
  actie: Actie;
  licht: "overdue" | "due-soon";
  /** Days past the deadline (overdue) or left until it (due soon; 0 is today). */
  dagen: number;
  finding: RapportFinding;
}

/** The findings of one kind (one code and severity), in the order they were found. */
export interface BevindingGroep {
  code: string;
  severity: Severity;
  findings: RapportFinding[];
}

/** A validation in the order the user reads it: first what is late or nearly so, then the rest. */
export interface RapportVolgorde {
  /** Overdue first, longest overdue first; then due soon, nearest deadline first. */
  termijnen: Termijn[];
  /** The other findings by kind: errors, warnings, notes; within each, the largest group first. */
  groepen: BevindingGroep[];
}

const TERMIJN_CODES: Record<string, Termijn["licht"]> = {
  "actie-verlopen": "overdue",
  "actie-binnenkort": "due-soon",
};

/** Orders a validation's findings for the pane and the CLI report alike. */
export function ordenRapport(
  rapport: Pick<ActielijstRapport, "acties" | "findings">
): RapportVolgorde {
  const perRij = new Map(rapport.acties.map((a) => [a.row, a]));
  const termijnen: Termijn[] = [];
  const groepen = new Map<string, BevindingGroep>();
  for (const finding of rapport.findings) {
    const licht = TERMIJN_CODES[finding.code];
    const params: Finding["params"] = finding.params;
    const actie = licht ? perRij.get(Number(params.row)) : undefined;
    if (licht && actie) {
      termijnen.push({ actie, licht, dagen: Number(params.dagen), finding });
      continue;
    }
    const sleutel = `${finding.severity}|${finding.code}`;
    const groep = groepen.get(sleutel);
    if (groep) groep.findings.push(finding);
    else
      groepen.set(sleutel, {
        code: finding.code,
        severity: finding.severity,
        findings: [finding],
      });
  }
  return {
    termijnen: termijnen.sort(termijnVolgorde),
    groepen: [...groepen.values()].sort(groepVolgorde),
  };
}

function termijnVolgorde(a: Termijn, b: Termijn): number {
  if (a.licht !== b.licht) return a.licht === "overdue" ? -1 : 1;
  const dagen = a.licht === "overdue" ? b.dagen - a.dagen : a.dagen - b.dagen;
  return dagen || a.actie.row - b.actie.row;
}

/** Stable: groups of the same severity and size keep the order in which they were first found. */
function groepVolgorde(a: BevindingGroep, b: BevindingGroep): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    b.findings.length - a.findings.length
  );
}
