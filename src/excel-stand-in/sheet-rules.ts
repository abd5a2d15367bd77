import { hostErrors } from "./errors";
import type { SheetModel, Visibility, WorkbookModel } from "./model";

const INVALID_NAME = /[\\/?*[\]:]/;

/** Excel's rules for sheet names: 1-31 characters, none of \ / ? * [ ] :, no leading or trailing apostrophe, unique. */
export function checkSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    INVALID_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  )
    throw hostErrors.invalidArgument(`invalid sheet name '${name}'`);
  const other = model.find(name);
  if (other && other !== self) throw hostErrors.itemAlreadyExists(name);
}

/** The next default name, "Sheet1", "Sheet2", ... as Excel picks it. */
export function defaultSheetName(model: WorkbookModel): string {
  for (let n = model.sheets.length + 1; ; n++) if (!model.find(`Sheet${n}`)) return `Sheet${n}`;
}

/** Workbook structure protection locks adding, deleting, renaming, hiding and unhiding sheets. */
export function checkStructure(model: WorkbookModel, member: string): void {
  if (model.structureProtected) throw hostErrors.structureProtected(member);
}

/** A workbook must keep one visible sheet; hiding or deleting the last one fails. */
export function setVisibility(
  model: WorkbookModel,
  sheet: SheetModel,
  visibility: Visibility
): void {
  if (visibility === sheet.visibility) return;
  checkStructure(model, "Worksheet.visibility");
  if (visibility !== "Visible" && visibleOthers(model, sheet) === 0)
    throw hostErrors.invalidOperation("a workbook must contain at least one visible worksheet");
  sheet.visibility = visibility;
  if (model.active === sheet && visibility !== "Visible") model.active = firstVisible(model);
}

/** Worksheet.delete: refused for a VeryHidden sheet (Office.js reference, Worksheet.delete). */
export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  checkStructure(model, "Worksheet.delete");
  if (sheet.visibility === "VeryHidden")
    throw hostErrors.invalidOperation("Worksheet.delete: the worksheet is VeryHidden");
  if (sheet.visibility === "Visible" && visibleOthers(model, sheet) === 0)
    throw hostErrors.invalidOperation("a workbook must contain at least one visible worksheet");
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
  remove(model.tables, (t) => t.sheet === sheet);
  remove(model.charts, (c) => c.sheet === sheet);
  if (model.active === sheet) model.active = firstVisible(model);
}

export function firstVisible(model: WorkbookModel): SheetModel | null {
  return model.sheets.find((s) => s.visibility === "Visible") ?? null;
}

function visibleOthers(model: WorkbookModel, sheet: SheetModel): number {
  return model.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length;
}

function remove<T>(list: T[], drop: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i])) list.splice(i, 1);
}
