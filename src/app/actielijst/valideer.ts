import { kiesActieblad } from "../../core/actielijst/sheet-choice";
import { STANDAARD_BINNENKORT_DAGEN } from "../../core/actielijst/traffic-light";
import {
  valideerActielijst,
  type ActielijstRapport,
  type ValidatieOpties,
} from "../../core/actielijst/validate";
import { leesRegister, REGISTER_BLAD, type Register } from "../../core/accounthouders/register";
import { GRENZEN, teGroot } from "../grenzen";
import type { ReadRequest, SheetRead, WorkbookPort, WorkbookSummary } from "../ports";
import { controleerAfbreken, gelukt, metHostFouten, mislukt, type Uitkomst } from "../uitkomst";

/**
 * The core's options (ValidatieOpties) as a use-case takes them: the window may be left out (then
 * the default), what the host reads (hidden rows, formulas) the use-case fills in itself; plus
 * which sheet and how to stop.
 */
export interface ValideerOpties
  extends
    Pick<ValidatieOpties, "peildatum" | "register">,
    Partial<Pick<ValidatieOpties, "binnenkortDagen">> {
  /** A sheet named by the user; otherwise the active sheet or the first action sheet. */
  sheet?: string;
  signal?: AbortSignal;
}

/** What every action-list use-case reads first: the outline, then the list and registry in one read. */
export interface Gelezen {
  summary: WorkbookSummary;
  sheet: string;
  read: SheetRead;
  register: Register | null;
  /** The further sheets the caller asked for, in order. */
  extra: (SheetRead | null)[];
}

/** Validate the action list: one read of the workbook's outline, one read of the list and registry. */
export async function valideer(
  port: WorkbookPort,
  opties: ValideerOpties
): Promise<Uitkomst<ActielijstRapport>> {
  return metHostFouten(async () => {
    const gelezen = await leesActielijst(port, opties);
    return gelezen.ok ? rapporteer(gelezen.waarde, opties) : gelezen;
  });
}

/**
 * Two round trips: the outline (to find the sheet), then the sheet, the registry and `extra` together.
 * `fills` asks for the list's fills too (highlighting needs them).
 */
export async function leesActielijst(
  port: WorkbookPort,
  opties: ValideerOpties,
  extra: ReadRequest[] = [],
  fills = false
): Promise<Uitkomst<Gelezen>> {
  const summary = await port.summary();
  const gekozen = kiesBlad(summary, opties.sheet);
  if (!gekozen.ok) return gekozen;
  const groot = teGroot(summary, [gekozen.waarde], GRENZEN.actielijstRijen);
  if (groot) return groot;
  controleerAfbreken(opties.signal);
  const eigenRegister = opties.register === undefined;
  const requests: ReadRequest[] = [
    // Formulas too: a fix or a normalised name must never replace a formula with a value.
    { sheet: gekozen.waarde, fills, formulas: true },
    ...(eigenRegister ? [{ sheet: REGISTER_BLAD, optional: true }] : []),
    ...extra,
  ];
  const reads = await port.read(requests);
  const registerRead = eigenRegister ? reads[1] : null;
  const register = eigenRegister
    ? registerRead
      ? leesRegister(registerRead.grid)
      : null
    : (opties.register ?? null);
  return gelukt({
    summary,
    sheet: gekozen.waarde,
    read: reads[0] as SheetRead,
    register,
    extra: reads.slice(eigenRegister ? 2 : 1),
  });
}

export function kiesBlad(summary: WorkbookSummary, gevraagd?: string): Uitkomst<string> {
  if (summary.sheets.length === 0) return mislukt("lege-werkmap", {});
  const keuze = kiesActieblad(summary.sheets, summary.activeSheet, gevraagd);
  if (keuze.ok) return gelukt(keuze.sheet);
  switch (keuze.reden) {
    case "blad-onbekend":
      return mislukt("blad-onbekend", { blad: keuze.sheet ?? "" });
    case "blad-zonder-kop":
      return mislukt("blad-zonder-kop", { blad: keuze.sheet ?? "", uitleg: true });
    case "geen-actieblad":
      return mislukt("geen-actieblad", {});
  }
}

export function rapporteer(
  gelezen: Pick<Gelezen, "read" | "register">,
  opties: ValideerOpties
): Uitkomst<ActielijstRapport> {
  const rapport = valideerActielijst(gelezen.read.grid, {
    peildatum: opties.peildatum,
    binnenkortDagen: opties.binnenkortDagen ?? STANDAARD_BINNENKORT_DAGEN,
    register: gelezen.register,
    verborgenRijen: gelezen.read.hiddenRows,
    formules: gelezen.read.formulas,
    nietBerekend: gelezen.read.uncalculated,
  });
  if (!rapport) return mislukt("blad-zonder-kop", { blad: gelezen.read.grid.sheet, uitleg: false });
  if (gelezen.register) rapport.findings.push(...gelezen.register.findings);
  return gelukt(rapport);
}
