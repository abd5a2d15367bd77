import { areaAddress } from "../core/address";
import type { Area, SheetModel } from "./model";
import type { Scalar } from "./sheet-ops";

/**
 * Worksheet.onChanged (ExcelApi 1.7) on the host side: which sheets have a handler registered (the
 * library sends `_RegisterDataChangedEvent` / `_UnregisterDataChangedEvent` on the worksheet when
 * its first handler is added and its last removed, GenericEventHandlers in excel-web-16.00.debug.js),
 * and the changes to tell them of. Delivery goes through Microsoft's library (workbook.ts), as a
 * RichApi event message the library turns into Excel.WorksheetChangedEventArgs itself.
 */
export class ChangeEvents {
  private readonly registered = new Map<SheetModel, number>();
  private pending: ChangeEvent[] = [];

  register(sheet: SheetModel, by: 1 | -1): void {
    const n = Math.max(0, (this.registered.get(sheet) ?? 0) + by);
    if (n === 0) this.registered.delete(sheet);
    else this.registered.set(sheet, n);
  }

  /** Sheets with a handler: a write elsewhere costs nothing. */
  listening(sheet: SheetModel): boolean {
    return this.registered.has(sheet) && !sheet.deleted;
  }

  /** Sheets with a handler now, for tests: name -> registrations. */
  registrations(): Record<string, number> {
    return Object.fromEntries([...this.registered].map(([s, n]) => [s.name, n]));
  }

  changed(change: ChangeEvent): void {
    if (this.listening(change.sheet)) this.pending.push(change);
  }

  /** The changes since the last call, in the order they happened. */
  take(): ChangeEvent[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}

export interface ChangeEvent {
  sheet: SheetModel;
  area: Area;
  /** Who changed it: the add-in through the API, or the user typing (excel.typeAsUser). */
  by: "addin" | "user";
  /** Only for a single cell, as Excel gives `details` (ChangedEventDetail, ExcelApi 1.9). */
  before?: Scalar;
  after?: Scalar;
}

/**
 * The event message's payload as Excel sends it for a WorksheetChanged event: the fields
 * `_CC.Worksheet_Changed_EventArgsTransform` in excel-web-16.00.debug.js reads (address, changeType,
 * source, valueBefore/After, valueTypeBefore/After, shiftDirection, triggerSource, referenceId).
 * `triggerSource` only where the host has ExcelApi 1.14.
 */
export function changedPayload(change: ChangeEvent, withTriggerSource: boolean): object {
  const single = change.area.top === change.area.bottom && change.area.left === change.area.right;
  return {
    address: areaAddress(change.area),
    changeType: "RangeEdited",
    source: "Local",
    shiftDirection: "None",
    ...(single && {
      valueBefore: change.before ?? "",
      valueAfter: change.after ?? "",
      valueTypeBefore: valueType(change.before ?? ""),
      valueTypeAfter: valueType(change.after ?? ""),
    }),
    ...(withTriggerSource && {
      triggerSource: change.by === "addin" ? "ThisLocalAddin" : "Unknown",
    }),
  };
}

/** Excel.RangeValueType of a value (assumption: Excel's split of Integer and Double). */
function valueType(v: Scalar): string {
  if (v === "") return "Empty";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
  return "String";
}

/** The message category and type Microsoft's library dispatches as a Worksheet onChanged event. */
export const EVENT_MESSAGE_CATEGORY = 65536;
export const WORKSHEET_CHANGED_EVENT = 10;
