import { chooseActieSheet } from "../../core/actielijst/sheet-choice";
import { STANDAARD_BINNENKORT_DAGEN } from "../../core/actielijst/traffic-light";
import {
  valideerActielijst,
  type ActielijstRapport,
  type ValidationOptions,
} from "../../core/actielijst/validate";
import { readRegister, REGISTER_BLAD, type Register } from "../../core/accounthouders/register";
import { GRENZEN, teGroot } from "../grenzen";
import type { ReadRequest, SheetRead, WorkbookPort, WorkbookSummary } from "../ports";
import { throwIfCancelled, succeeded, withHostErrors, refused, type Outcome } from "../outcome";

/**
 * The core's options (ValidatieOpties) as a use-case takes them: the window may be left out (then
 * the default), what the host reads (hidden rows, formulas) the use-case fills in itself; plus
 * which sheet and how to stop.
 */
export interface ValidateOptions
  extends
    Pick<ValidationOptions, "peildatum" | "register">,
    Partial<Pick<ValidationOptions, "binnenkortDagen">> {
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
  opties: ValidateOptions,
  /** Told what was read (checks as you type start from it: volg-wijzigingen.ts). */
  bewaar?: (gelezen: Gelezen) => void
): Promise<Outcome<ActielijstRapport>> {
  return withHostErrors(async () => {
    const gelezen = await readActielijst(port, opties);
    if (gelezen.ok) bewaar?.(gelezen.value);
    return gelezen.ok ? rapporteer(gelezen.value, opties) : gelezen;
  });
}

/**
 * Two round trips: the outline (to find the sheet), then the sheet, the registry and `extra` together.
 * `fills` asks for the list's fills too (highlighting needs them).
 */
export async function readActielijst(
  port: WorkbookPort,
  opties: ValidateOptions,
  extra: ReadRequest[] = [],
  fills = false
): Promise<Outcome<Gelezen>> {
  const summary = await port.summary();
  const gekozen = chooseSheet(summary, opties.sheet);
  if (!gekozen.ok) return gekozen;
  const groot = teGroot(summary, [gekozen.value], GRENZEN.actielijstRijen);
  if (groot) return groot;
  throwIfCancelled(opties.signal);
  const eigenRegister = opties.register === undefined;
  const requests: ReadRequest[] = [
    // Formulas too: a fix or a normalised name must never replace a formula with a value.
    { sheet: gekozen.value, fills, formulas: true },
    ...(eigenRegister ? [{ sheet: REGISTER_BLAD, optional: true }] : []),
    ...extra,
  ];
  const reads = await port.read(requests);
  const registerRead = eigenRegister ? reads[1] : null;
  const register = eigenRegister
    ? registerRead
      ? readRegister(registerRead.grid)
      : null
    : (opties.register ?? null);
  return succeeded({
    summary,
    sheet: gekozen.value,
    read: reads[0] as SheetRead,
    register,
    extra: reads.slice(eigenRegister ? 2 : 1),
  });
}

/**
 * readActielijst and rapporteer in one: what every use-case that only reads the list starts with.
 * (Markeren and normaliseren refuse a protected sheet in between.)
 */
export async function leesRapport(
  port: WorkbookPort,
  opties: ValidateOptions,
  extra: ReadRequest[] = []
): Promise<Outcome<Gelezen & { rapport: ActielijstRapport }>> {
  const gelezen = await readActielijst(port, opties, extra);
  if (!gelezen.ok) return gelezen;
  const rapport = rapporteer(gelezen.value, opties);
  return rapport.ok ? succeeded({ ...gelezen.value, rapport: rapport.value }) : rapport;
}

export function chooseSheet(summary: WorkbookSummary, gevraagd?: string): Outcome<string> {
  if (summary.sheets.length === 0) return refused("lege-werkmap", {});
  const keuze = chooseActieSheet(summary.sheets, summary.activeSheet, gevraagd);
  if (keuze.ok) return succeeded(keuze.sheet);
  switch (keuze.reden) {
    case "blad-onbekend":
      return refused("blad-onbekend", {
        blad: keuze.sheet ?? "",
        bladen: summary.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name),
      });
    case "blad-zonder-kop":
      return refused("blad-zonder-kop", { blad: keuze.sheet ?? "", uitleg: true });
    case "geen-actieblad":
      return refused("geen-actieblad", {});
  }
}

export function rapporteer(
  gelezen: Pick<Gelezen, "read" | "register">,
  opties: ValidateOptions
): Outcome<ActielijstRapport> {
  const rapport = valideerActielijst(gelezen.read.grid, {
    peildatum: opties.peildatum,
    binnenkortDagen: opties.binnenkortDagen ?? STANDAARD_BINNENKORT_DAGEN,
    register: gelezen.register,
    verborgenRijen: gelezen.read.hiddenRows,
    formules: gelezen.read.formulas,
    nietBerekend: gelezen.read.uncalculated,
  });
  if (!rapport) return refused("blad-zonder-kop", { blad: gelezen.read.grid.sheet, uitleg: false });
  if (gelezen.register) rapport.findings.push(...gelezen.register.findings);
  return succeeded(rapport);
}
