/** How the items of the Actiepuntenlijst are numbered: i, ii, iii / 1, 2, 3 / a, b, c. */
export type Stijl = "romeins" | "cijfers" | "letters";

/**
 * A number written before an item, after an optional bullet a conversion put there:
 *   "i. Voor ...", "- ii. Het ...", "(iii) Roelien ...", "xi) ...", "1. ...", "a. ..."
 * Roman numerals are read with i, v and x only (up to xxxix): "c." is a letter.
 */
const GESCHREVEN = /^(?:[-–•*·▪]\s*)?\(?([ivx]{1,6}|\d{1,2}|[a-z])[.)]\s*(?=\S)/i;

/** A bullet a conversion put before a line: "- ", "• ". */
export const OPSOMMINGSTEKEN = /^[-–•*·▪]\s*/;

export interface Nummer {
  /** As the verslag writes it, without brackets or full stop: "i", "xi", "3", "a". */
  label: string;
  stijl: Stijl;
  waarde: number;
  /** Characters of the line the number takes (0 for Word's automatic numbering). */
  lengte: number;
}

/** The number a line starts with in its text, read in `stijl` when the list's style is known. */
export function geschrevenNummer(regel: string, stijl?: Stijl): Nummer | null {
  const m = GESCHREVEN.exec(regel);
  if (!m) return null;
  const n = duid(m[1], stijl);
  return n && { ...n, lengte: m[0].length };
}

/** Word's automatic number ("i.", "(2)", "a)"), or null for a bullet or anything else. */
export function automatischNummer(label: string, stijl?: Stijl): Nummer | null {
  const kern = label.replace(/[\s.()[\]:]/g, "");
  const n = /^(?:[ivx]{1,6}|\d{1,3}|[a-z])$/i.test(kern) ? duid(kern, stijl) : null;
  return n && { ...n, lengte: 0 };
}

function duid(label: string, stijl?: Stijl): Omit<Nummer, "lengte"> | null {
  const klein = label.toLowerCase();
  const soort =
    stijl ??
    (/^\d+$/.test(klein) ? "cijfers" : /^[ivx]{2,}$|^i$/.test(klein) ? "romeins" : "letters");
  const waarde =
    soort === "cijfers"
      ? /^\d+$/.test(klein)
        ? Number(klein)
        : null
      : soort === "romeins"
        ? romeins(klein)
        : /^[a-z]$/.test(klein)
          ? klein.charCodeAt(0) - 96
          : null;
  return waarde === null ? null : { label: klein, stijl: soort, waarde };
}

const ROMEINS: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "xiv" -> 14; null when the letters make no numeral (iiii, vv, ix is fine). */
function romeins(tekst: string): number | null {
  if (!/^x{0,3}(ix|iv|v?i{0,3})$/.test(tekst) || tekst === "") return null;
  let som = 0;
  for (let i = 0; i < tekst.length; i++) {
    const w = ROMEINS[tekst[i]];
    som += i + 1 < tekst.length && ROMEINS[tekst[i + 1]] > w ? -w : w;
  }
  return som;
}
