import type { Finding, Severity } from "../findings";
import type { ActielijstRapport } from "./validate";

/** What the pane narrows the findings to; null is "all". */
export interface BevindingFilter {
  /** One owner as the report names them (canonical when a registry resolved them). */
  eigenaar: string | null;
  ernst: Severity | null;
}

export const GEEN_FILTER: BevindingFilter = { eigenaar: null, ernst: null };

type Rapport = Pick<ActielijstRapport, "sheet" | "acties" | "findings">;

/**
 * The report with only the findings that pass the filter, for ordenRapport to order. A finding
 * belongs to an owner through the action on its row; findings without an action row (the registry,
 * a repeated header) belong to no one, so choosing an owner leaves them out.
 */
export function filterRapport<R extends Rapport>(rapport: R, filter: BevindingFilter): R {
  if (filter.eigenaar === null && filter.ernst === null) return rapport;
  const eigenaren = eigenarenPerRij(rapport);
  const past = (f: Finding) =>
    (filter.ernst === null || f.severity === filter.ernst) &&
    (filter.eigenaar === null ||
      (eigenaren.get(rij(f, rapport.sheet)) ?? []).includes(filter.eigenaar));
  return { ...rapport, findings: rapport.findings.filter(past) };
}

/** The owners that have at least one finding, alphabetically: the choices of the owner filter. */
export function eigenarenMetBevindingen(rapport: Rapport): string[] {
  const eigenaren = eigenarenPerRij(rapport);
  const namen = new Set(
    rapport.findings.flatMap((f) => eigenaren.get(rij(f, rapport.sheet)) ?? [])
  );
  return [...namen].sort((a, b) => a.localeCompare(b, "nl"));
}

function eigenarenPerRij(rapport: Rapport): Map<number, string[]> {
  return new Map(rapport.acties.map((a) => [a.row, a.eigenaren]));
}

/** The action row of a finding on the list's own sheet; NaN for anything else. */
function rij(f: Finding, sheet: string): number {
  return f.sheet === sheet ? Number(f.params.row) : Number.NaN;
}
