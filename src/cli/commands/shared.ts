import type { Uitkomst } from "../../app/uitkomst";
import { HostError } from "../../app/ports";
import { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { GRENZEN } from "../../app/grenzen";
import { CliFout } from "../io";
import { leesRegister, type Register } from "../../core/accounthouders/register";

export async function openWerkmap(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(path, { maxRijen: GRENZEN.adresRijenPerBlad });
  } catch (error) {
    if (error instanceof HostError) throw new CliFout(error.message);
    throw error;
  }
}

/** The value, or the use-case's Dutch reason as the one line the user sees. */
export function uitkomstOfStop<T>(uitkomst: Uitkomst<T>): T {
  if (uitkomst.ok) return uitkomst.waarde;
  throw new CliFout(uitkomst.fout.bericht);
}

/** --register FILE: a workbook whose first sheet has the registry's columns. */
export async function leesRegisterBestand(path: string | undefined): Promise<Register | undefined> {
  if (!path) return undefined;
  const werkmap = await openWerkmap(path);
  const summary = await werkmap.summary({ rows: 0, columns: 0 });
  const eerste = summary.sheets[0];
  const [read] = eerste ? await werkmap.read([{ sheet: eerste.name }]) : [null];
  const register = read ? leesRegister(read.grid) : null;
  if (!register)
    throw new CliFout(
      `In ${path} staat geen register: het eerste blad heeft geen kopregel met Naam en Aliassen.`
    );
  return register;
}
