import type ExcelJS from "exceljs";
import { hostDetail, HostError } from "../../app/ports";

/**
 * The file as an exceljs model, to write a copy. Loading is the first thing a write does, so a file
 * exceljs cannot load fails before anything was changed, and the message says so.
 */
export async function loadForWriting(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const excel = new (exceljsModule().Workbook)();
  try {
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new HostError(
      "unreadable",
      hostDetail("copy-unloadable", {
        path,
        error: error instanceof Error ? error.message : String(error),
      }),
      { nothingWritten: true }
    );
  }
  return excel;
}

/**
 * exceljs, required only when a copy is written: loading it costs 0.3-0.4 s, and a read needs none of
 * it. (A dynamic import() would do the same in Node, but not under jest's CommonJS transform.)
 */
function exceljsModule(): typeof ExcelJS {
  return require("exceljs") as typeof ExcelJS;
}

/** exceljs's ValueType numbers (its typings' `enum ValueType`), without loading exceljs to compare them. */
export const EXCELJS_VALUE_TYPE = { Merge: 1, Formula: 6 } as const;
