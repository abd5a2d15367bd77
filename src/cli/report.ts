import type { ActielijstRapport } from "../core/actielijst/validate";
import type { Verkeerslicht } from "../core/actielijst/traffic-light";
import { ordenRapport, type BevindingGroep, type Termijn } from "../core/actielijst/volgorde";
import type { Finding, Severity } from "../core/findings";
import { bericht, datum, soort } from "../core/messages";

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

const INSPRONG = "       ";
const BREEDTE = 100;

/**
 * The readable Dutch report of a validation, in the order of the task pane: the overdue and
 * due-soon actions one by one, then the other findings by kind with their cells.
 */
export function validatieTekst(rapport: ActielijstRapport): string {
  const { termijnen, groepen } = ordenRapport(rapport);
  const regels: string[] = [
    `Actielijst "${rapport.sheet}" gecontroleerd op peildatum ${datum(rapport.peildatum)}: ${rapport.acties.length} acties.`,
    `  ${(Object.keys(LICHT_NAAM) as Verkeerslicht[])
      .map((l) => `${rapport.acties.filter((a) => a.verkeerslicht === l).length} ${LICHT_NAAM[l]}`)
      .join(", ")}.`,
  ];
  for (const licht of ["overdue", "due-soon"] as const) {
    const lijst = termijnen.filter((t) => t.licht === licht);
    if (lijst.length === 0) continue;
    regels.push("", `${hoofdletter(LICHT_NAAM[licht])} (${lijst.length})`);
    for (const t of lijst) regels.push(...termijnRegels(t));
  }
  for (const ernst of Object.keys(ERNST_KOP) as Severity[]) {
    const lijst = groepen.filter((g) => g.severity === ernst);
    if (lijst.length === 0) continue;
    const aantal = lijst.reduce((n, g) => n + g.findings.length, 0);
    regels.push("", `${ERNST_KOP[ernst]} (${aantal})`);
    for (const g of lijst) regels.push(...groepRegels(g, rapport.sheet));
  }
  if (groepen.length === 0) regels.push("", "Geen andere bevindingen.");
  return regels.join("\n");
}

/** The action, then who owns it and how its deadline stands (in the finding's own words). */
function termijnRegels(t: Termijn): string[] {
  const eigenaren = t.actie.eigenaren.join(" / ") || "geen accounthouder";
  return [
    `  ${t.finding.cell.padEnd(5)}${enkeleRegel(t.actie.actie) || `(rij ${t.actie.row}, zonder actietekst)`}`,
    `${INSPRONG}${eigenaren} · ${bericht(t.finding)}`,
  ];
}

/**
 * "11 x Open actie zonder concrete deadline" and its cells. When the cells alone do not tell the
 * findings apart (one finding, or several at the same cell), each gets its own line with its message.
 */
function groepRegels(g: BevindingGroep, sheet: string): string[] {
  const kop = `  ${g.findings.length} x ${soort(g.code)}`;
  const cellen = g.findings.map((f) => celNaam(f, sheet));
  if (g.findings.length === 1 || new Set(cellen).size < cellen.length)
    return [kop, ...g.findings.map((f, i) => `${INSPRONG}${cellen[i].padEnd(5)} ${bericht(f)}`)];
  return [kop, ...ombreek(g.findings.map((f, i) => cellen[i] + herstel(f)))];
}

function celNaam(f: Finding, sheet: string): string {
  return f.sheet === sheet ? f.cell : `${f.sheet}!${f.cell}`;
}

function herstel(f: Finding): string {
  return f.fix ? ` -> "${f.fix.to}"` : "";
}

/** Comma-separated items over as many indented lines as they need. */
function ombreek(items: string[]): string[] {
  const regels: string[] = [];
  let regel = "";
  for (const [i, item] of items.entries()) {
    const stuk = item + (i < items.length - 1 ? "," : "");
    if (regel && INSPRONG.length + regel.length + 1 + stuk.length > BREEDTE) {
      regels.push(INSPRONG + regel);
      regel = stuk;
    } else regel = regel ? `${regel} ${stuk}` : stuk;
  }
  if (regel) regels.push(INSPRONG + regel);
  return regels;
}

function enkeleRegel(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
