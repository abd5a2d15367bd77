import type { Uitkomst } from "../../app/uitkomst";
import { HostError } from "../../app/ports";
import { XlsxWorkbook } from "../../host/xlsx/xlsx-workbook";
import { CliFout } from "../io";

export async function openWerkmap(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(path);
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
