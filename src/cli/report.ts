import type { ActielijstRapport } from "../core/actielijst/validate";
import type { Verkeerslicht } from "../core/actielijst/traffic-light";
import { ordenRapport, type BevindingGroep, type Termijn } from "../core/actielijst/volgorde";
import type { Finding, Severity } from "../core/findings";
import { bericht, datum, soort } from "../core/messages";

export const SEVERITY_HEADING: Record<Severity, string> = {
  error: "Fouten",
  warning: "Waarschuwingen",
  info: "Meldingen",
};

export const VERKEERSLICHT_NAME: Record<Verkeerslicht, string> = {
  overdue: "verlopen",
  "due-soon": "binnenkort",
  "on-track": "op schema",
  done: "gereed",
  "no-deadline": "zonder deadline",
};

const INDENT = "       ";
const WIDTH = 100;

/**
 * The readable Dutch report of a validation, in the order of the task pane: the overdue and
 * due-soon actions one by one, then the other findings by kind with their cells.
 */
export function validationText(report: ActielijstRapport): string {
  const { termijnen: terms, groepen: groups } = ordenRapport(report);
  const lines: string[] = [
    `Actielijst "${report.sheet}" gecontroleerd op peildatum ${datum(report.peildatum)}: ${report.acties.length} acties.`,
    `  ${(Object.keys(VERKEERSLICHT_NAME) as Verkeerslicht[])
      .map(
        (l) =>
          `${report.acties.filter((a) => a.verkeerslicht === l).length} ${VERKEERSLICHT_NAME[l]}`
      )
      .join(", ")}.`,
  ];
  for (const licht of ["overdue", "due-soon"] as const) {
    const list = terms.filter((t) => t.licht === licht);
    if (list.length === 0) continue;
    lines.push("", `${capitalize(VERKEERSLICHT_NAME[licht])} (${list.length})`);
    for (const t of list) lines.push(...termLines(t));
  }
  for (const severity of Object.keys(SEVERITY_HEADING) as Severity[]) {
    const list = groups.filter((g) => g.severity === severity);
    if (list.length === 0) continue;
    const count = list.reduce((n, g) => n + g.findings.length, 0);
    lines.push("", `${SEVERITY_HEADING[severity]} (${count})`);
    for (const g of list) lines.push(...groupLines(g, report.sheet));
  }
  if (groups.length === 0) lines.push("", "Geen andere bevindingen.");
  return lines.join("\n");
}

/** The action, then who owns it and how its deadline stands (in the finding's own words). */
function termLines(t: Termijn): string[] {
  const owners = t.actie.eigenaren.join(" / ") || "geen accounthouder";
  return [
    `  ${t.finding.cell.padEnd(5)}${singleLine(t.actie.actie) || `(rij ${t.actie.row}, zonder actietekst)`}`,
    `${INDENT}${owners} · ${bericht(t.finding)}`,
  ];
}

/**
 * "11 x Open actie zonder concrete deadline" and its cells. When the cells alone do not tell the
 * findings apart (one finding, or several at the same cell), each gets its own line with its message.
 */
function groupLines(g: BevindingGroep, sheet: string): string[] {
  const heading = `  ${g.findings.length} x ${soort(g.code)}`;
  const cells = g.findings.map((f) => cellName(f, sheet));
  if (g.findings.length === 1 || new Set(cells).size < cells.length)
    return [heading, ...g.findings.map((f, i) => `${INDENT}${cells[i].padEnd(5)} ${bericht(f)}`)];
  return [heading, ...wrapLines(g.findings.map((f, i) => cells[i] + fixText(f)))];
}

function cellName(f: Finding, sheet: string): string {
  return f.sheet === sheet ? f.cell : `${f.sheet}!${f.cell}`;
}

function fixText(f: Finding): string {
  return f.fix ? ` -> "${f.fix.to}"` : "";
}

/** Comma-separated items over as many indented lines as they need. */
function wrapLines(items: string[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? "," : "");
    if (line && INDENT.length + line.length + 1 + piece.length > WIDTH) {
      lines.push(INDENT + line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  if (line) lines.push(INDENT + line);
  return lines;
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
