import { parseRangeAddress } from "./a1";
import { cellText } from "./cell-text";
import { hostErrors } from "./errors";
import type { ObjectOf, TypeDef } from "./host-object";
import { MAX_COLUMNS, type Area, type SheetModel, type ValidationModel } from "./model";

/**
 * Range.dataValidation (ExcelApi 1.8), per cell: see README (host rules) for each rule's source.
 * A range reports a property only when its cells agree (else null, as format properties do); `type`
 * says "MixedCriteria" when some cells have validation and others not, "Inconsistent" when the
 * cells' rules differ; setting `rule` on such a range fails with InvalidArgument (OfficeDev/office-js
 * #2594), so a writer clears first.
 */
type DataValidationObject = ObjectOf<"DataValidation">;

/** The rule kinds of Excel.DataValidationRule and the DataValidationType each reports. */
const KINDS: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);

const ALERT_STYLES = new Set(["Stop", "Warning", "Information"]);

/** Excel keeps a list typed into the rule to 255 characters (README: assumption for the code). */
export const MAX_LIST_SOURCE = 255;

/** What a cell without validation reports (assumption: the defaults of Excel's dialog). */
export function noValidation(): ValidationModel {
  return {
    rule: {},
    prompt: { message: "", showPrompt: false, title: "" },
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    ignoreBlanks: true,
  };
}

export const DATA_VALIDATION: TypeDef<DataValidationObject> = {
  properties: {
    type: { get: (v) => validationType(v) },
    rule: {
      get: (v) => agreed(v, (m) => m.rule),
      set: (v, value) => setRule(v, value),
    },
    prompt: {
      get: (v) => agreed(v, (m) => m.prompt),
      set: (v, value) => {
        const p = object(value, "prompt");
        each(v, (m) => {
          m.prompt = {
            message: text(p.message, m.prompt.message),
            showPrompt: flag(p.showPrompt, m.prompt.showPrompt),
            title: text(p.title, m.prompt.title),
          };
        });
      },
    },
    errorAlert: {
      get: (v) => agreed(v, (m) => m.errorAlert),
      set: (v, value) => {
        const a = object(value, "errorAlert");
        if (a.style !== undefined && !ALERT_STYLES.has(String(a.style)))
          throw hostErrors.invalidArgument(`errorAlert.style '${String(a.style)}'`);
        each(v, (m) => {
          m.errorAlert = {
            message: text(a.message, m.errorAlert.message),
            showAlert: flag(a.showAlert, m.errorAlert.showAlert),
            style: a.style === undefined ? m.errorAlert.style : String(a.style),
            title: text(a.title, m.errorAlert.title),
          };
        });
      },
    },
    ignoreBlanks: {
      get: (v) => agreed(v, (m) => m.ignoreBlanks),
      set: (v, value) => {
        if (typeof value !== "boolean") throw hostErrors.invalidArgument("ignoreBlanks");
        each(v, (m) => (m.ignoreBlanks = value));
      },
    },
    /** True when every cell is valid, false when none is, null when mixed (reference page). */
    valid: {
      get: (v) => {
        const seen = new Set<boolean>();
        forCells(v, (row, col, m) => seen.add(m === undefined || cellValid(v.sheet, row, col, m)));
        return seen.size === 1 ? [...seen][0] : null;
      },
    },
  },
  methods: {
    clear: {
      write: true,
      run: (v) => forCells(v, (row, col) => v.sheet.validations.delete(row * MAX_COLUMNS + col)),
    },
  },
};

function forCells(
  v: { sheet: SheetModel; area: Area },
  visit: (row: number, col: number, m: ValidationModel | undefined) => void
): void {
  for (let row = v.area.top; row <= v.area.bottom; row++)
    for (let col = v.area.left; col <= v.area.right; col++)
      visit(row, col, v.sheet.validations.get(row * MAX_COLUMNS + col));
}

/** Changes every cell's validation, making one (with the defaults) where a cell had none. */
function each(v: DataValidationObject, change: (m: ValidationModel) => void): void {
  forCells(v, (row, col, m) => {
    const model = m ?? noValidation();
    change(model);
    v.sheet.validations.set(row * MAX_COLUMNS + col, model);
  });
}

/** The value all cells agree on (a cell without validation reports the defaults), else null. */
function agreed<T>(v: DataValidationObject, pick: (m: ValidationModel) => T): T | null {
  let first: { key: string; value: T } | undefined;
  let differ = false;
  forCells(v, (_r, _c, m) => {
    const value = pick(m ?? noValidation());
    const key = JSON.stringify(value);
    if (!first) first = { key, value };
    else if (first.key !== key) differ = true;
  });
  return first && !differ ? structuredClone(first.value) : null;
}

function hasRule(m: ValidationModel | undefined): boolean {
  return m !== undefined && Object.keys(m.rule).length > 0;
}

function validationType(v: DataValidationObject): string {
  let withRule = 0;
  let without = 0;
  const rules = new Set<string>();
  forCells(v, (_r, _c, m) => {
    if (hasRule(m)) {
      withRule++;
      rules.add(JSON.stringify(m!.rule));
    } else without++;
  });
  if (withRule === 0) return "None";
  if (without > 0) return "MixedCriteria";
  if (rules.size > 1) return "Inconsistent";
  return KINDS[Object.keys(JSON.parse([...rules][0]) as object)[0]] ?? "None";
}

/** A range whose cells do not all hold the same validation (or none alike). */
function uniform(v: DataValidationObject): boolean {
  const seen = new Set<string>();
  forCells(v, (_r, _c, m) => seen.add(m === undefined ? "" : JSON.stringify(m)));
  return seen.size === 1;
}

function setRule(v: DataValidationObject, value: unknown): void {
  const rule = object(value, "rule");
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (kinds.length !== 1 || !(kinds[0] in KINDS))
    throw hostErrors.invalidArgument("DataValidation.rule: exactly one rule type at a time");
  if (!uniform(v))
    throw hostErrors.invalidArgument(
      "The argument is invalid or missing or has an incorrect format."
    );
  const kind = kinds[0];
  const criteria = normalise(kind, object(rule[kind], kind));
  each(v, (m) => (m.rule = { [kind]: criteria }));
}

/** The criteria as Excel reports them back: formulas as "=..." strings (reference pages). */
function normalise(kind: string, c: Record<string, unknown>): Record<string, unknown> {
  if (kind === "list") {
    if (typeof c.source !== "string")
      throw hostErrors.notImplemented("ListDataValidation.source as a Range object");
    const source = c.source;
    if (source.trim() === "") throw hostErrors.invalidArgument("list source is empty");
    if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE)
      throw hostErrors.invalidArgument(
        `list source of ${source.length} characters, more than ${MAX_LIST_SOURCE}`
      );
    return { inCellDropDown: flag(c.inCellDropDown, true), source };
  }
  if (kind === "custom") {
    if (typeof c.formula !== "string") throw hostErrors.invalidArgument("custom.formula");
    return { formula: formula(c.formula) };
  }
  if (!OPERATORS.has(String(c.operator)))
    throw hostErrors.invalidArgument(`operator '${String(c.operator)}'`);
  if (c.formula1 === undefined) throw hostErrors.invalidArgument("formula1");
  return {
    operator: c.operator,
    formula1: formula(c.formula1),
    ...(c.formula2 !== undefined && { formula2: formula(c.formula2) }),
  };
}

function formula(value: unknown): string {
  if (typeof value === "number") return `=${value}`;
  if (typeof value !== "string") throw hostErrors.notImplemented("a formula given as a Range");
  return value.startsWith("=") ? value : `=${value}`;
}

/**
 * Whether a cell's value passes its validation. Lists compare text case-insensitively with the
 * items of a comma-separated source (trimmed) or the cells of a same-sheet reference; whole
 * number, decimal and text length compare with constant formulas; date, time and custom rules
 * (which need calculation) count as valid: assumptions, see README.
 */
function cellValid(sheet: SheetModel, row: number, col: number, m: ValidationModel): boolean {
  const cell = sheet.cells.get(row * MAX_COLUMNS + col);
  const value = cell?.value ?? "";
  if (!hasRule(m)) return true;
  if (value === "" && m.ignoreBlanks) return true;
  const [kind, c] = Object.entries(m.rule)[0];
  const shown = cell ? cellText(cell, false) : "";
  switch (kind) {
    case "list":
      return listItems(sheet, String(c.source)).some(
        (item) => item.toLowerCase() === shown.toLowerCase()
      );
    case "wholeNumber":
    case "decimal":
      if (typeof value !== "number" || (kind === "wholeNumber" && !Number.isInteger(value)))
        return false;
      return compare(value, c);
    case "textLength":
      return compare(shown.length, c);
    default:
      return true;
  }
}

function listItems(sheet: SheetModel, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const area = parseRangeAddress(sheet.name, source.slice(1).replace(/\$/g, ""));
  const items: string[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.cells.get(r * MAX_COLUMNS + c);
      if (cell) items.push(cellText(cell, false));
    }
  return items;
}

function compare(x: number, c: Record<string, unknown>): boolean {
  const a = Number(String(c.formula1).replace(/^=/, ""));
  const b = Number(String(c.formula2 ?? "").replace(/^=/, ""));
  if (Number.isNaN(a)) return true; // a formula the emulator cannot calculate
  switch (c.operator) {
    case "Between":
      return x >= a && x <= b;
    case "NotBetween":
      return x < a || x > b;
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    default:
      return x <= a;
  }
}

function object(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw hostErrors.invalidArgument(`DataValidation.${name}: expected an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, otherwise: string): string {
  return value === undefined ? otherwise : String(value);
}

function flag(value: unknown, otherwise: boolean): boolean {
  return typeof value === "boolean" ? value : otherwise;
}
