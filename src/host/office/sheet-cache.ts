import type { ExcelContext, WorksheetLike } from "./excel-types";

/**
 * One proxy per sheet name within a batch, so every operation on a sheet reuses the same object path
 * (and a sheet added earlier in the batch is found by the operations after it).
 */
export class SheetCache {
  private readonly sheets = new Map<string, WorksheetLike>();

  constructor(private readonly context: ExcelContext) {}

  get(name: string): WorksheetLike {
    const key = name.toLowerCase();
    let sheet = this.sheets.get(key);
    if (!sheet) this.sheets.set(key, (sheet = this.context.workbook.worksheets.getItem(name)));
    return sheet;
  }

  add(name: string): WorksheetLike {
    const sheet = this.context.workbook.worksheets.add(name);
    this.sheets.set(name.toLowerCase(), sheet);
    return sheet;
  }

  forget(name: string): void {
    this.sheets.delete(name.toLowerCase());
  }
}
