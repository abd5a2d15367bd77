import { datum } from "../core/messages";
import { indeling, type Koppeling, type Verschil } from "../core/actielijst/verschil";
import {
  actieNaam,
  onzekerTekst,
  samenvattingTekst,
  VERSCHIL_KOPPEN,
  wijzigingTekst,
} from "../core/actielijst/verschil-berichten";
import type { ActieVersie } from "../core/actielijst/versie";

const INDENT = "          ";

/**
 * The readable Dutch report of `verschil`: a count per list, then new, closed, changed, gone and
 * the matches Regie is unsure of, each action with its row and what changed "van ... naar ...".
 */
export function verschilText(
  files: { old: string; new: string },
  counts: { old: number; new: number },
  peildatum: string,
  v: Verschil
): string {
  const lists = indeling(v);
  const lines = [
    `Verschil tussen ${files.old} (${counts.old} acties) en ${files.new} (${counts.new} acties), peildatum ${datum(peildatum)}:`,
    `  ${samenvattingTekst(v)}.`,
  ];
  const section = (heading: string, n: number, content: string[]) => {
    if (n > 0) lines.push("", `${heading} (${n})`, ...content);
  };
  section(
    VERSCHIL_KOPPEN.nieuw,
    lists.nieuw.length,
    lists.nieuw.flatMap((a) => actieLines(a, ""))
  );
  section(VERSCHIL_KOPPEN.gesloten, lists.gesloten.length, lists.gesloten.flatMap(matchLines));
  section(VERSCHIL_KOPPEN.gewijzigd, lists.gewijzigd.length, lists.gewijzigd.flatMap(matchLines));
  section(
    VERSCHIL_KOPPEN.verdwenen,
    lists.verdwenen.length,
    lists.verdwenen.flatMap((a) => actieLines(a, ` in ${files.old}`))
  );
  section(
    VERSCHIL_KOPPEN.onzeker,
    lists.onzeker.length,
    lists.onzeker.flatMap((k) => [rowLine(k.nieuw), `${INDENT}${onzekerTekst(k)}`])
  );
  if (lists.nieuw.length + lists.verdwenen.length + v.gekoppeld.filter(hasChanges).length === 0)
    lines.push(
      "",
      "Geen verschillen: dezelfde acties met dezelfde status, deadline en accounthouders."
    );
  return lines.join("\n");
}

function hasChanges(k: Koppeling): boolean {
  return k.wijzigingen.length > 0;
}

function rowLine(a: ActieVersie, where = ""): string {
  return `  ${`rij ${a.row}`.padEnd(8)}${actieNaam(a)}${where}`;
}

function actieLines(a: ActieVersie, where: string): string[] {
  const owners = a.eigenaren.join(" / ") || "geen accounthouder";
  const status = a.status ?? (a.statusTekst || "geen status");
  return [
    rowLine(a, where ? ` (rij ${a.row}${where})` : "").replace(/ \(rij \d+ in (.+)\)$/, " (in $1)"),
    `${INDENT}${[owners, status, a.deadlineTekst || "geen deadline"].join(" · ")}`,
  ];
}

function matchLines(k: Koppeling): string[] {
  const was = k.oud.row === k.nieuw.row ? "" : ` (was rij ${k.oud.row})`;
  return [
    `${rowLine(k.nieuw)}${was}`,
    ...k.wijzigingen.map((w) => `${INDENT}${wijzigingTekst(w)}`),
    ...(k.zeker ? [] : [`${INDENT}${onzekerTekst(k)}`]),
  ];
}
