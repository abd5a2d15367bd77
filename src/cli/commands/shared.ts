import { Command } from "commander";
import type { Uitkomst } from "../../app/uitkomst";
import { HostError } from "../../app/ports";
import { hostFoutTekst } from "../../app/host-berichten";
import { foutTekst } from "../../app/weigering-berichten";
import { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { GRENZEN } from "../../app/grenzen";
import { CliFout, type CliIo } from "../io";
import { leesRegister, type Register } from "../../core/accounthouders/register";

/**
 * A command on one workbook, with the options all commands share and say alike: its own options
 * (`eigen`) come first, then --peildatum, --json and --out (what `out` writes).
 */
export function werkmapCommand(
  naam: string,
  beschrijving: string,
  out: string,
  eigen: (command: Command) => Command = (command) => command
): Command {
  return eigen(
    new Command(naam).description(beschrijving).argument("<bestand>", "de werkmap (.xlsx)")
  )
    .option("--peildatum <datum>", "de peildatum, DD-MM-JJJJ of JJJJ-MM-DD (standaard vandaag)")
    .option("--json", "uitvoer als JSON")
    .option("--out <bestand>", out)
    .helpOption("-h, --help", "toon deze hulp");
}

/** --register FILE, as validate and normaliseer both take it. */
export const registerOptie = (command: Command): Command =>
  command.option(
    "--register <bestand>",
    "register van accounthouders (anders het blad Accounthouders)"
  );

export async function openWerkmap(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(path, { maxRijen: GRENZEN.adresRijenPerBlad });
  } catch (error) {
    if (error instanceof HostError) throw new CliFout(hostFoutTekst(error));
    throw error;
  }
}

/**
 * Formulas the file holds without their result (openpyxl and other producers that do not
 * calculate): Regie read them as empty and says so on stderr, once per sheet, so --json stays JSON.
 */
export function meldNietBerekend(io: CliIo, werkmap: XlsxWorkbook): void {
  for (const { sheet, cells } of werkmap.uncalculated()) {
    const andere = cells.length > 1 ? ` en ${cells.length - 1} andere cellen` : "";
    io.err(
      `regie: let op: ${sheet}!${cells[0]}${andere}: formule zonder berekende waarde; open en bewaar het bestand in Excel. Regie leest deze cellen als leeg.`
    );
  }
}

/** The value, or the use-case's Dutch reason as the one line the user sees. */
export function uitkomstOfStop<T>(uitkomst: Uitkomst<T>): T {
  if (uitkomst.ok) return uitkomst.waarde;
  throw new CliFout(foutTekst(uitkomst.fout));
}

/** --register FILE: a workbook whose first sheet has the registry's columns. */
export async function leesRegisterBestand(
  path: string | undefined,
  io: CliIo
): Promise<Register | undefined> {
  if (!path) return undefined;
  const werkmap = await openWerkmap(path);
  const summary = await werkmap.summary({ rows: 0, columns: 0 });
  const eerste = summary.sheets[0];
  const [read] = eerste ? await werkmap.read([{ sheet: eerste.name }]) : [null];
  meldNietBerekend(io, werkmap);
  const register = read ? leesRegister(read.grid) : null;
  if (!register)
    throw new CliFout(
      `In ${path} staat geen register: het eerste blad heeft geen kopregel met Naam en Aliassen.`
    );
  return register;
}
