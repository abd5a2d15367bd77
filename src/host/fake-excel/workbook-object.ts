import type { FakeRequestContext } from "./context";
import { FakeWorksheetCollection } from "./worksheet-collection";

/** context.workbook: the entry to the worksheets (the only part of Excel.Workbook the fake models). */
export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}
