import { REGISTER_BLAD } from "../../core/accounthouders/register";
import {
  registerCells,
  registerDoel,
  registerRows,
  type RegisterDoel,
} from "../../core/accounthouders/register-blad";
import { LOG_BLAD, LOG_KOP, logIndeling, NIEUW_BLAD } from "../../core/wijzigingslog";
import { logOps, logTerug } from "../wijzigingen/pas-toe";
import { stelRegisterVoor, type PersoonVoorstel } from "../../core/accounthouders/voorstel";
import type { WorkbookPort } from "../ports";
import { bestaat, writeAllOrNothing } from "../schrijven";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { leesRapport, type ValidateOptions } from "../actielijst/valideer";
import { eigenaarCells } from "./normaliseer";

export interface RegisterVoorstel {
  sheet: string;
  personen: PersoonVoorstel[];
  /** There is a registry already: the proposal can then go to a new sheet beside it, never over it. */
  bestaat: boolean;
  /** Where writing the proposal would put it (read with the proposal; checked again when writing). */
  doel: RegisterDoel;
}

export interface RegisterGeschreven {
  aantal: number;
  blad: string;
  register: boolean;
  /** The cells written (also in the Wijzigingslog), so that Ongedaan maken can take them away. */
  cellen: number;
}

/** "Registry opbouwen", the proposal: persons grouped from the owner column. Nothing is written. */
export async function registerVoorstel(
  port: WorkbookPort,
  opties: ValidateOptions
): Promise<Outcome<RegisterVoorstel>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, { ...opties, register: null });
    if (!gelezen.ok) return gelezen;
    const cellen = eigenaarCells(gelezen.value.rapport).map((c) => c.tekst);
    const bladen = gelezen.value.summary.sheets.map((s) => s.name);
    const doel = registerDoel(bladen);
    return succeeded({
      sheet: gelezen.value.sheet,
      personen: stelRegisterVoor(cellen),
      bestaat: !doel.register,
      doel,
    });
  });
}

/**
 * Writes the confirmed registry on a new sheet: the registry "Accounthouders" when there is none,
 * otherwise the proposal's own new sheet (`blad`, as the preview named it). An existing sheet is
 * never written over. The cells go to the Wijzigingslog in the same batch, so Ongedaan maken removes
 * the sheet again.
 */
export async function writeRegister(
  port: WorkbookPort,
  personen: readonly PersoonVoorstel[],
  opties: { tijdstip: string; blad?: string }
): Promise<Outcome<RegisterGeschreven>> {
  return withHostErrors(async () => {
    const namen = personen.map((p) => p.naam.trim()).filter((n) => n !== "");
    if (namen.length === 0) return refused("leeg-register", {}, false);
    if (new Set(namen.map((n) => n.toLowerCase())).size !== namen.length)
      return refused("dubbele-naam", {}, false);
    const summary = await port.summary({ rows: 1, columns: LOG_KOP.length + 1 });
    const bladen = summary.sheets.map((s) => s.name);
    const blad = opties.blad ?? REGISTER_BLAD;
    if (bladen.some((b) => b.toLowerCase() === blad.toLowerCase()))
      return refused(blad === REGISTER_BLAD ? "register-bestaat" : "blad-bestaat", { blad }, false);
    const rijen = registerRows(personen);
    // The first line records that Regie made the sheet: only then may Undo delete it.
    const cellen = registerCells(blad, rijen).map((c, i) =>
      i === 0 ? { ...c, from: NIEUW_BLAD } : c
    );
    const log = summary.sheets.find((s) => s.name === LOG_BLAD);
    const logRijen = log?.rowCount ?? null;
    const indeling = logRijen === null ? "nieuw" : logIndeling(log?.head[0]);
    const actie = blad === REGISTER_BLAD ? "Register schrijven" : "Registervoorstel opslaan";
    await writeAllOrNothing(
      port,
      [
        { kind: "addSheet", sheet: blad },
        { kind: "values", sheet: blad, address: "A1", values: rijen },
        { kind: "format", sheet: blad, address: "A1:E1", bold: true },
        { kind: "format", sheet: blad, address: "A1:B1", columnWidth: 180 },
        { kind: "format", sheet: blad, address: "C1:E1", columnWidth: 110 },
        {
          kind: "format",
          sheet: blad,
          address: `D2:D${rijen.length}`,
          numberFormat: "dd-mm-yyyy",
        },
        { kind: "freezeRows", sheet: blad, rows: 1 },
        ...logOps(logRijen, indeling, cellen, { actie, tijdstip: opties.tijdstip }),
      ],
      (na, fout) => [
        ...(bestaat(na, blad) ? [{ kind: "deleteSheet", sheet: blad } as const] : []),
        ...logTerug(na, cellen.length, logRijen, indeling, fout),
      ],
      { task: "wijzigingen", actie }
    );
    return succeeded({
      aantal: rijen.length - 1,
      blad,
      register: blad === REGISTER_BLAD,
      cellen: cellen.length,
    });
  });
}
