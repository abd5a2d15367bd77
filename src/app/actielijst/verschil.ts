import { actieVersie, type ActieVersie } from "../../core/actielijst/versie";
import type { Register } from "../../core/accounthouders/register";
import type { WorkbookPort } from "../ports";
import { succeeded, withHostErrors, type Outcome } from "../outcome";
import { leesRapport, type ValidateOptions } from "./valideer";

/** One version of the action list as `verschil` compares it, and what it was read with. */
export interface GelezenVersie {
  sheet: string;
  acties: ActieVersie[];
  /** The registry the owners were resolved with (the workbook's Accounthouders sheet, or given). */
  register: Register | null;
}

/**
 * Reads the action list of a workbook (the open one, or a file) as a version to compare: the same
 * reading as Valideer (header rows, merged cells, shifted rows read as put back, canonical
 * statuses, parsed deadlines, owners by the registry). Two round trips; nothing is written.
 */
export async function readVersie(
  port: WorkbookPort,
  opties: ValidateOptions
): Promise<Outcome<GelezenVersie>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, opties);
    if (!gelezen.ok) return gelezen;
    const { rapport } = gelezen.value;
    return succeeded({
      sheet: rapport.sheet,
      acties: rapport.acties.map(actieVersie),
      register: gelezen.value.register,
    });
  });
}
