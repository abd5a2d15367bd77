import { Command } from "commander";
import type { Outcome } from "../../app/outcome";
import { HostError } from "../../app/ports";
import { hostFoutTekst } from "../../app/host-berichten";
import { foutTekst } from "../../app/weigering-berichten";
import { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { GRENZEN } from "../../app/grenzen";
import { CliError, type CliIo } from "../io";
import { soortWeigering } from "../../host/xlsx/safe-output";
import { uitvoerTekst } from "../errors";
import { readRegister, type Register } from "../../core/accounthouders/register";

/**
 * A command on one workbook (or, with another `argument`, on several), with the options all
 * commands share and say alike: its own options (`own`) come first, then --peildatum, --json,
 * --out (what `out` writes) and --overschrijf.
 */
export function workbookCommand(
  name: string,
  description: string,
  out: string,
  own: (command: Command) => Command = (command) => command,
  argument: [name: string, description: string] = ["<bestand>", "de werkmap (.xlsx)"]
): Command {
  return own(new Command(name).description(description).argument(...argument))
    .option("--peildatum <datum>", "de peildatum, DD-MM-JJJJ of JJJJ-MM-DD (standaard vandaag)")
    .option("--json", "uitvoer als JSON")
    .option("--out <bestand>", out)
    .option("--overschrijf", "vervang een bestaand --out-bestand (anders weigert Regie)")
    .helpOption("-h, --help", "toon deze hulp");
}

/** --register FILE, as validate and normaliseer both take it. */
export const registerOption = (command: Command): Command =>
  command.option(
    "--register <bestand>",
    "register van accounthouders (anders het blad Accounthouders)"
  );

/**
 * Opens the input; with `out`, also refuses at once a copy Excel would not open under that name
 * (or one of a Strict workbook), before anything is done or written.
 */
export async function openWorkbook(path: string, out?: string): Promise<XlsxWorkbook> {
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(path, { maxRows: GRENZEN.adresRijenPerBlad });
  } catch (error) {
    if (error instanceof HostError) throw new CliError(hostFoutTekst(error));
    throw error;
  }
  const kind = out ? workbook.packageKind() : null;
  const refusal = out && kind ? soortWeigering(out, kind) : null;
  if (refusal) throw new CliError(uitvoerTekst(refusal));
  return workbook;
}

/**
 * Formulas the file holds without their result (openpyxl and other producers that do not
 * calculate): Regie read them as empty and says so on stderr, once per sheet, so --json stays JSON.
 */
export function reportUncalculated(io: CliIo, workbook: XlsxWorkbook): void {
  for (const { sheet, cells } of workbook.uncalculated()) {
    const others = cells.length > 1 ? ` en ${cells.length - 1} andere cellen` : "";
    io.err(
      `regie: let op: ${sheet}!${cells[0]}${others}: formule zonder berekende waarde; open en bewaar het bestand in Excel. Regie leest deze cellen als leeg.`
    );
  }
}

/** The value, or the use-case's Dutch reason as the one line the user sees. */
export function valueOrStop<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new CliError(foutTekst(outcome.refusal));
}

/** --register FILE: a workbook whose first sheet has the registry's columns. */
export async function readRegisterFile(
  path: string | undefined,
  io: CliIo
): Promise<Register | undefined> {
  if (!path) return undefined;
  const workbook = await openWorkbook(path);
  const summary = await workbook.summary({ rows: 0, columns: 0 });
  const first = summary.sheets[0];
  const [read] = first ? await workbook.read([{ sheet: first.name }]) : [null];
  reportUncalculated(io, workbook);
  const register = read ? readRegister(read.grid) : null;
  if (!register)
    throw new CliError(
      `In ${path} staat geen register: het eerste blad heeft geen kopregel met Naam en Aliassen.`
    );
  return register;
}
