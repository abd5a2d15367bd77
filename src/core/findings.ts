import type { CellValue } from "./grid";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A proposed change of one cell: shown before it is written, logged when it is. */
export interface CellEdit {
  sheet: string;
  cell: string;
  from: CellValue;
  to: string;
}

/** A cell that gets another cell's value, of any type (a date stays a date): putting a row back. */
export interface CellMove extends Omit<CellEdit, "to"> {
  to: CellValue;
}

/**
 * A finding is data, never an exception: the check that found it, where, how bad, and the values its
 * message needs. The Dutch wording lives in messages.ts, keyed by code.
 */
export interface Finding<Code extends string = string> {
  code: Code;
  severity: Severity;
  sheet: string;
  cell: string;
  params: Record<string, string | number>;
  fix?: CellEdit;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
