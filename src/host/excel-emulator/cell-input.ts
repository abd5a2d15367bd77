import type { CellModel } from "./model";

/** What writing one entry of `range.values` does to a cell. */
export type CellInput =
  | { kind: "skip" }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "formula"; formula: string };

// Plain numbers as Excel's en-US input parser reads them: "12", "-3.5", "1e3", ".5".
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Interprets a written value the way Excel does (see Range.values: "If the returned value starts with a
 * plus, minus, or equal sign, Excel interprets this value as a formula"): a leading apostrophe makes text
 * (and is dropped), "=", "+", "-" or "@" start a formula, numeric and TRUE/FALSE text is converted, and
 * null leaves the cell unchanged. A cell formatted as Text ("@") keeps the string as it is. Dates and
 * percentages typed as text are not converted by the fake (Excel's conversion depends on the locale).
 */
export function interpretInput(raw: unknown, cell: CellModel | undefined): CellInput {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number" || typeof raw === "boolean") return { kind: "value", value: raw };
  const text = String(raw);
  if (cell?.numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (NUMBER.test(text)) return { kind: "value", value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { kind: "value", value: text.toLowerCase() === "true" };
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.length > 1 && /^[+-]/.test(text)) return { kind: "formula", formula: "=" + text };
  if (text.length > 1 && text.startsWith("@"))
    return { kind: "formula", formula: "=" + text.slice(1) };
  return { kind: "value", value: text };
}

/** The fake does not calculate; a formula's value reads as 0 until something else is written. */
export const UNCALCULATED_FORMULA_VALUE = 0;
