import type { InputContext } from "./locales";
import type { CellModel } from "./model";
import { typedValue } from "./typed-input";

/** What writing one entry of `range.values` does to a cell. */
export type CellInput =
  | { kind: "skip" }
  | { kind: "value"; value: string | number | boolean; numberFormat?: string }
  | { kind: "formula"; formula: string };

/**
 * Interprets a written value the way Excel does (see Range.values: "If the returned value starts with a
 * plus, minus, or equal sign, Excel interprets this value as a formula"): a cell formatted as Text ("@")
 * keeps the string as it is; a leading apostrophe makes text (and is dropped); text that the locale's
 * typed-input rules read as a number, date, time, percentage or boolean is converted (a date, time or
 * percentage also formats a General cell); "=", "+", "-" or "@" start a formula; null leaves the cell
 * unchanged.
 */
export function interpretInput(
  raw: unknown,
  cell: CellModel | undefined,
  ctx: InputContext
): CellInput {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number" || typeof raw === "boolean") return { kind: "value", value: raw };
  const text = String(raw);
  if (cell?.numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const typed = typedValue(text, ctx);
  if (typed) {
    const general = (cell?.numberFormat ?? "General") === "General";
    return typed.numberFormat && general
      ? { kind: "value", value: typed.value, numberFormat: typed.numberFormat }
      : { kind: "value", value: typed.value };
  }
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.length > 1 && /^[+-]/.test(text)) return { kind: "formula", formula: "=" + text };
  if (text.length > 1 && text.startsWith("@"))
    return { kind: "formula", formula: "=" + text.slice(1) };
  return { kind: "value", value: text };
}

/** The stand-in does not calculate; a formula's value reads as 0 until something else is written. */
export const UNCALCULATED_FORMULA_VALUE = 0;
