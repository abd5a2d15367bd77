import type { CellValue } from "../../../core/grid";
import { escapeXml, withAttribute } from "./edits";
import { encodeXstring } from "../rich-text";
import type { CellChange } from "./sheet-cells";

/** The cell with another format (its value, formula and type kept). */
export function withStyle(style: (s: number | undefined) => number): CellChange {
  return (now, ref, p) => {
    const s = String(style(now.s));
    if (!now.element) return `<${p}c r="${ref}" s="${s}"/>`;
    const tag = /^<[^>]*>/.exec(now.element)![0];
    return withAttribute(tag, "s", s) + now.element.slice(tag.length);
  };
}

/** The cell with a new value (text as an inline string, so it stays text); its format kept. */
export function withValue(value: CellValue): CellChange {
  return (now, ref, p) => cellElement(p, ref, now.s, value);
}

/** Both: first the value, then the format of the cell as it then is. */
export function combined(first: CellChange, then: CellChange): CellChange {
  return (now, ref, p) => {
    const element = first(now, ref, p);
    return then({ s: now.s, element }, ref, p);
  };
}

/**
 * A cell element for a value; "" and null give an empty cell that keeps its format. Text is
 * written as ST_Xstring, so a literal `_x000D_` in it reads back as typed.
 */
export function cellElement(p: string, ref: string, s: number | undefined, v: CellValue): string {
  const style = s === undefined ? "" : ` s="${s}"`;
  if (v === null || v === "") return `<${p}c r="${ref}"${style}/>`;
  if (typeof v === "number" && Number.isFinite(v))
    return `<${p}c r="${ref}"${style}><${p}v>${v}</${p}v></${p}c>`;
  if (typeof v === "boolean")
    return `<${p}c r="${ref}"${style} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  return (
    `<${p}c r="${ref}"${style} t="inlineStr"><${p}is>` +
    `<${p}t xml:space="preserve">${escapeXml(encodeXstring(String(v)))}</${p}t></${p}is></${p}c>`
  );
}
