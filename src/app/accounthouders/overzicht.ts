import {
  overzichtPerAccounthouder,
  type AccounthouderOverzicht,
} from "../../core/accounthouders/overzicht";
import type { WorkbookPort } from "../ports";
import { succeeded, withHostErrors, type Outcome } from "../outcome";
import { leesRapport, type ValidateOptions } from "../actielijst/valideer";

export interface OverzichtResultaat {
  /** The action list's sheet: a click on an action selects its cell there. */
  sheet: string;
  overzicht: AccounthouderOverzicht;
}

/**
 * "Overzicht per accounthouder": the list and the registry in one read (two round trips, as a
 * validation), validated, then grouped per owner with the registry that validation used, so that a
 * form it does not resolve to one person is listed as not recognised, never as a person. Nothing
 * is written.
 */
export async function overzicht(
  port: WorkbookPort,
  opties: ValidateOptions
): Promise<Outcome<OverzichtResultaat>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, opties);
    if (!gelezen.ok) return gelezen;
    const { rapport, register } = gelezen.value;
    return succeeded({
      sheet: rapport.sheet,
      overzicht: overzichtPerAccounthouder(rapport, register),
    });
  });
}
