import ExcelJS from "exceljs";
import { HostError } from "../../app/ports";

/**
 * The file as an exceljs model, to write a copy. Loading is the first thing a write does, so a file
 * exceljs cannot load fails before anything was changed, and the message says so.
 */
export async function loadForWriting(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new HostError(
      "unreadable",
      `Regie kan geen kopie van ${path} maken: exceljs, waarmee Regie kopieën schrijft, kan het bestand niet laden (${error instanceof Error ? error.message : String(error)}). Er is niets geschreven.`,
      [],
      true
    );
  }
  return excel;
}
