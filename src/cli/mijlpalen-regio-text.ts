import {
  opsomming,
  regioBericht,
  REGIO_WOORDEN,
  type RegioDashboard,
  type RegioGemeente,
} from "../core/mijlpalen";
import { mijlpaalBericht } from "../core/mijlpalen/berichten";
import { datum } from "../core/messages";
import { qualified } from "../core/address";
import { indelingNaam, kwartaalTabel } from "./mijlpalen-tabel";

/** The terminal shows the first findings of all workbooks together; --json has every one. */
const MAX_MESSAGES = 50;

/**
 * The region's report: the region's table first (newest quarter first; a quarter some gemeente
 * lacks says which), then a short block per gemeente, then the findings across the workbooks and
 * each workbook's own, the first 50 in all.
 */
export function regioText(r: RegioDashboard): string {
  const namen = r.gemeenten.map((g) => g.gemeente);
  const rijen = [...r.kwartalen, ...(r.lopend ? [r.lopend] : [])];
  const lines = [
    `Mijlpalen van de regio: ${namen.length} gemeenten (${opsomming(namen)}), peildatum ${datum(r.peildatum)}.`,
    "",
    `${REGIO_WOORDEN.regio}:`,
    ...kwartaalTabel(rijen, (k) =>
      k.ontbrekend.length > 0 ? REGIO_WOORDEN.onvolledig(k.ontbrekend) : ""
    ),
  ];
  const onvolledig = rijen.filter((k) => k.ontbrekend.length > 0);
  if (onvolledig.length > 0)
    lines.push(
      `${onvolledig.length === 1 ? "Eén kwartaal is" : `${onvolledig.length} kwartalen zijn`} onvolledig: de regio telt daar alleen de gemeenten die het kwartaal hebben.`
    );
  for (const g of r.gemeenten) lines.push("", ...gemeenteBlok(g));
  lines.push(...meldingen(r));
  return lines.join("\n");
}

function gemeenteBlok(g: RegioGemeente): string[] {
  const d = g.dashboard;
  const naam = g.naamUit === "bestandsnaam" ? "; gemeente naar de bestandsnaam" : "";
  return [
    `${g.gemeente} (${g.bron}, ${indelingNaam(d)}${naam}):`,
    ...kwartaalTabel([...d.kwartalen, ...(d.lopend ? [d.lopend] : [])]),
    `Meldingen: ${d.anomalies.length} (${d.duplicates.length} dubbel, ${d.regressions.length} terug in fase).`,
  ];
}

function meldingen(r: RegioDashboard): string[] {
  const over = r.bevindingen.map((b) => {
    const plek =
      b.sheet !== undefined && b.cell !== undefined ? ` ${qualified(b.sheet, b.cell)}` : "";
    return `  ${b.bron}${plek}  ${regioBericht(b)}`;
  });
  const eigen = r.gemeenten.flatMap((g) =>
    g.dashboard.anomalies.map((a) => `  ${g.bron} ${a.sheet}!${a.cell}  ${mijlpaalBericht(a)}`)
  );
  const lines = ["", `Meldingen over de werkmappen heen (${over.length}):`];
  lines.push(...(over.length > 0 ? over.slice(0, MAX_MESSAGES) : ["  geen"]));
  const ruimte = Math.max(0, MAX_MESSAGES - over.length);
  lines.push("", `Meldingen in de werkmappen (${eigen.length}):`);
  lines.push(...(eigen.length > 0 ? eigen.slice(0, ruimte) : ["  geen"]));
  const weg = Math.max(0, over.length - MAX_MESSAGES) + Math.max(0, eigen.length - ruimte);
  if (weg > 0) lines.push(`  ... en ${weg} meer (alle staan in --json).`);
  return lines;
}
