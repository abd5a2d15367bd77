import type { Deadline } from "../dates/deadline";
import { datumTekst } from "../dates/iso";
import { MAIL_TEKST } from "./berichten";
import type { EigenaarOverzicht, OpenActie } from "./overzicht";

/**
 * "Kopieer als e-mailtekst": one owner's open actions as plain Dutch text to paste into a mail,
 * overdue first (as the overview orders them), each with its traffic light, days and deadline:
 *
 *   Openstaande acties voor Anja Woortman (peildatum 24-02-2021):
 *   - [verlopen, 23 dagen] Uitwerken integrale aanpak (deadline 01-02-2021)
 *   - [op schema, nog 36 dagen] Notitie opstellen (deadline 01-04-2021, "begin april")
 *   - [geen concrete deadline] Overleg plannen (deadline "Zo spoedig mogelijk")
 */
export function mailTekst(eigenaar: EigenaarOverzicht, peildatum: string): string {
  const regels = [MAIL_TEKST.kop(eigenaar.naam, datumTekst(peildatum)), ""];
  if (eigenaar.open.length === 0) regels.push(MAIL_TEKST.geen);
  for (const open of eigenaar.open)
    regels.push(`- [${licht(open)}] ${actieTekst(open)} (${deadline(open)})`);
  regels.push("", MAIL_TEKST.telling(eigenaar.open.length, eigenaar.verlopen, eigenaar.binnenkort));
  return regels.join("\n");
}

function licht(open: OpenActie): string {
  const dagen = open.dagen ?? 0;
  return open.licht === "overdue"
    ? MAIL_TEKST.licht.overdue(-dagen)
    : MAIL_TEKST.licht[open.licht](dagen);
}

/** The action on one line: a cell with Alt+Enter breaks reads as one sentence in a mail. */
function actieTekst(open: OpenActie): string {
  const tekst = open.actie.actie.replace(/\s+/g, " ").trim();
  return tekst || MAIL_TEKST.zonderOmschrijving(open.actie.row);
}

/** The due date dd-mm-jjjj; the words as written too when they are more than a plain date. */
function deadline(open: OpenActie): string {
  const { datum, geschreven } = deadlineWeergave(open.actie.deadline);
  if (datum === null)
    return geschreven ? MAIL_TEKST.alleenGeschreven(geschreven) : MAIL_TEKST.zonderDeadline;
  return MAIL_TEKST.deadline(datum, geschreven);
}

/**
 * How a deadline is shown (mail text and pane alike): the due date dd-mm-jjjj, and the words as
 * written when they say more than that date ("eind maart 2021", "26 maart?", a date without year).
 */
export function deadlineWeergave(d: Deadline): { datum: string | null; geschreven: string | null } {
  const geschreven = d.text.replace(/\s+/g, " ").trim() || null;
  if (!d.due) return { datum: null, geschreven };
  const zeker = d.kind === "date" && !d.uncertain && d.implied.length === 0;
  return { datum: datumTekst(d.due), geschreven: zeker ? null : geschreven };
}
