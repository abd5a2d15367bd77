import type { MarkeerResultaat } from "../app/actielijst/markeer";
import type { Outcome } from "../app/outcome";
import { foutTekst } from "../app/weigering-berichten";
import { countBySeverity } from "../core/findings";
import { datum } from "../core/messages";

/** The ribbon command's result in a few Dutch lines: what was checked, what was coloured, what to look at. */
export function samenvattingRegels(uitkomst: Outcome<MarkeerResultaat>): {
  titel: string;
  regels: string[];
} {
  if (!uitkomst.ok)
    return { titel: "Actielijst niet gecontroleerd", regels: [foutTekst(uitkomst.refusal)] };
  const { rapport, verlopen, binnenkort, handmatig } = uitkomst.value;
  const n = countBySeverity(rapport.findings);
  const regels = [
    `Blad "${rapport.sheet}", peildatum ${datum(rapport.peildatum)}: ${rapport.acties.length} acties.`,
    `${verlopen} verlopen (rood) en ${binnenkort} binnenkort (oranje) gemarkeerd.`,
    `${n.error} ${n.error === 1 ? "fout" : "fouten"}, ${n.warning} ${n.warning === 1 ? "waarschuwing" : "waarschuwingen"}, ${n.info} ${n.info === 1 ? "melding" : "meldingen"}. Open Regie voor de details.`,
  ];
  if (handmatig.length > 0)
    regels.push(
      `${handmatig.length} eerder gemarkeerde cellen zijn intussen met de hand gekleurd en niet teruggezet.`
    );
  return {
    titel: n.error > 0 ? "Actielijst gecontroleerd: fouten gevonden" : "Actielijst gecontroleerd",
    regels,
  };
}
