import type { Afdruk } from "../core/afdruk";
import type { WriteOp } from "./ports";

/** A sheet plan's print settings as the write: landscape A4, with what the plan asks. */
export function afdrukOp(sheet: string, a: Afdruk): Extract<WriteOp, { kind: "pageLayout" }> {
  return {
    kind: "pageLayout",
    sheet,
    orientation: "Landscape",
    paperSize: "A4",
    ...(a.printArea !== null && { printArea: a.printArea }),
    fitToPages: a.fitToPages,
    ...(a.printTitleRows !== null && { printTitleRows: a.printTitleRows }),
    ...(a.rowBreaks.length > 0 && { rowBreaks: a.rowBreaks }),
  };
}
