import { foldText } from "../../text";

/**
 * Whether a Resultaat beoordeling says the address meets the norm without reinforcement:
 *   "voldoet aan norm", "Voldoet aan de norm", "voldoet", "voldoet zonder maatregelen",
 *   "geen maatregelen nodig" (yes); "voldoet niet", "versterken", "versterking nodig" (no)
 */
export function voldoetAanNorm(tekst: string): boolean {
  const folded = ` ${foldText(tekst)} `;
  if (folded.includes(" niet ")) return false;
  return folded.includes(" voldoet ") || /\b(?:geen|zonder) maatregelen\b/.test(folded);
}
