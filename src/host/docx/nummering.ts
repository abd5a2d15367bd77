import { parseXml } from "../xlsx/xml";
import { isW, wAttr } from "./word-xml";

/** One level of a Word list: where it starts, how its number is written, the text around it. */
interface Niveau {
  start: number;
  /** ST_NumberFormat: decimal, lowerRoman, upperRoman, lowerLetter, upperLetter, bullet, none ... */
  formaat: string;
  /** "%1.", "(%1)", "%1.%2." */
  tekst: string;
}

/** numbering.xml read: each list instance (w:num) with its levels, start overrides applied. */
export type Lijsten = Map<string, Niveau[]>;

/** A paragraph style's list (w:pStyle -> w:numPr), with the style it is based on. */
export type StijlLijsten = Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;

/** Reads word/numbering.xml (ECMA-376 Part 1, 17.9: abstractNum, num, lvlOverride). */
export function leesNummering(xml: string, part: string): Lijsten {
  const abstract = new Map<string, Niveau[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let huidigAbstract: Niveau[] | null = null;
  let huidigNiveau: Niveau | null = null;
  let huidigNum: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideNiveau: number | null = null;
  parseXml(xml, part, {
    open(tag) {
      if (isW(tag, "abstractNum")) {
        huidigAbstract = [];
        abstract.set(wAttr(tag, "abstractNumId") ?? "", huidigAbstract);
      } else if (isW(tag, "lvl") && huidigAbstract) {
        huidigNiveau = { start: 1, formaat: "decimal", tekst: "" };
        huidigAbstract[Number(wAttr(tag, "ilvl") ?? 0)] = huidigNiveau;
      } else if (isW(tag, "start") && huidigNiveau)
        huidigNiveau.start = Number(wAttr(tag, "val") ?? 1);
      else if (isW(tag, "numFmt") && huidigNiveau)
        huidigNiveau.formaat = wAttr(tag, "val") ?? "decimal";
      else if (isW(tag, "lvlText") && huidigNiveau) huidigNiveau.tekst = wAttr(tag, "val") ?? "";
      else if (isW(tag, "num")) {
        huidigNum = { abstractId: "", starts: new Map() };
        nums.set(wAttr(tag, "numId") ?? "", huidigNum);
      } else if (isW(tag, "abstractNumId") && huidigNum)
        huidigNum.abstractId = wAttr(tag, "val") ?? "";
      else if (isW(tag, "lvlOverride") && huidigNum)
        overrideNiveau = Number(wAttr(tag, "ilvl") ?? 0);
      else if (isW(tag, "startOverride") && huidigNum && overrideNiveau !== null)
        huidigNum.starts.set(overrideNiveau, Number(wAttr(tag, "val") ?? 1));
    },
    close(tag) {
      if (isW(tag, "abstractNum")) huidigAbstract = null;
      else if (isW(tag, "lvl")) huidigNiveau = null;
      else if (isW(tag, "num")) huidigNum = null;
      else if (isW(tag, "lvlOverride")) overrideNiveau = null;
    },
  });
  const lijsten: Lijsten = new Map();
  for (const [numId, num] of nums) {
    const niveaus = (abstract.get(num.abstractId) ?? []).map((n, ilvl) => ({
      ...n,
      start: num.starts.get(ilvl) ?? n.start,
    }));
    lijsten.set(numId, niveaus);
  }
  return lijsten;
}

/** Reads the paragraph styles' lists from word/styles.xml (a heading style can number too). */
export function leesStijlLijsten(xml: string, part: string): StijlLijsten {
  const stijlen: StijlLijsten = new Map();
  let huidig: { numId?: string; ilvl?: number; basedOn?: string } | null = null;
  parseXml(xml, part, {
    open(tag) {
      if (isW(tag, "style")) {
        huidig = {};
        stijlen.set(wAttr(tag, "styleId") ?? "", huidig);
      } else if (huidig && isW(tag, "basedOn")) huidig.basedOn = wAttr(tag, "val");
      else if (huidig && isW(tag, "numId")) huidig.numId = wAttr(tag, "val");
      else if (huidig && isW(tag, "ilvl")) huidig.ilvl = Number(wAttr(tag, "val") ?? 0);
    },
    close(tag) {
      if (isW(tag, "style")) huidig = null;
    },
  });
  return stijlen;
}

/**
 * Counts the numbered paragraphs of a document as Word does per list instance: a level's counter
 * goes up with each paragraph at that level and starts again under each paragraph of a higher one.
 */
export class Teller {
  private readonly tellers = new Map<string, number[]>();

  constructor(
    private readonly lijsten: Lijsten,
    private readonly stijlen: StijlLijsten
  ) {}

  /**
   * The number Word shows before a paragraph with this list (its own numPr, else its style's), or
   * null when it has none (numId 0 takes a style's numbering away).
   */
  nummer(
    eigen: { numId?: string; ilvl?: number },
    stijl: string | undefined
  ): { nummer: string; niveau: number } | null {
    const vanStijl = this.uitStijl(stijl);
    const numId = eigen.numId ?? vanStijl?.numId;
    if (numId === undefined || numId === "0") return null;
    const niveaus = this.lijsten.get(numId);
    if (!niveaus) return null;
    const ilvl = Math.min(Math.max(eigen.ilvl ?? vanStijl?.ilvl ?? 0, 0), 8);
    const tellers = this.tellers.get(numId) ?? [];
    this.tellers.set(numId, tellers);
    tellers[ilvl] = (tellers[ilvl] ?? (niveaus[ilvl]?.start ?? 1) - 1) + 1;
    tellers.length = ilvl + 1;
    const niveau = niveaus[ilvl];
    if (!niveau || niveau.formaat === "none") return null;
    const nummer = niveau.tekst.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      return schrijf(tellers[i] ?? niveaus[i]?.start ?? 1, niveaus[i]?.formaat ?? "decimal");
    });
    return { nummer: niveau.formaat === "bullet" ? "•" : nummer, niveau: ilvl };
  }

  private uitStijl(stijl: string | undefined): { numId?: string; ilvl?: number } | undefined {
    const gezien = new Set<string>();
    let id = stijl;
    while (id !== undefined && !gezien.has(id)) {
      gezien.add(id);
      const s = this.stijlen.get(id);
      if (!s) return undefined;
      if (s.numId !== undefined) return s;
      id = s.basedOn;
    }
    return undefined;
  }
}

/** A counter in a list format: 3 -> "3", "iii", "III", "c", "C", "03". */
function schrijf(n: number, formaat: string): string {
  switch (formaat) {
    case "lowerRoman":
      return romeins(n).toLowerCase();
    case "upperRoman":
      return romeins(n);
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

function romeins(n: number): string {
  const tekens: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.max(1, Math.min(n, 3999));
  let uit = "";
  for (const [waarde, teken] of tekens)
    while (rest >= waarde) {
      uit += teken;
      rest -= waarde;
    }
  return uit;
}

/** Word's letters: a..z, then aa..zz (the letter repeated), as ST_NumberFormat lowerLetter does. */
function letters(n: number): string {
  const k = Math.max(1, n);
  return String.fromCharCode(97 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}
