import type { Alinea } from "../../core/verslag/alinea";
import { parseXml } from "../xlsx/xml";
import type { Teller } from "./nummering";
import { isW, MC_NS, wAttr } from "./word-xml";

interface Paragraaf {
  tekst: string;
  numId?: string;
  ilvl?: number;
  stijl?: string;
}

/**
 * The paragraphs of word/document.xml, in order, as the verslag reader takes them: the text of
 * each paragraph's runs (w:t; tabs and breaks as "\t" and "\n"; deleted text, field codes and the
 * fallback of alternate content left out), with the number Word's automatic numbering shows before
 * it. A table row is one paragraph, its cells joined by tabs ("Vergaderdatum en -tijd\t13 januari
 * 2021"); a text box's paragraphs come on their own, before the paragraph that holds the box.
 * Null when the part is no WordprocessingML document (its root is not w:document: a workbook's
 * main part, say).
 */
export function documentAlineas(xml: string, part: string, teller: Teller): Alinea[] | null {
  const uit: Alinea[] = [];
  const paragrafen: Paragraaf[] = [];
  /** Open table rows, each with its cells; a paragraph inside a cell goes into the cell. */
  const rijen: string[][] = [];
  let inTekst = false;
  let inNumPr = false;
  let fallback = 0;
  let wortel: boolean | null = null;
  const huidig = () => paragrafen[paragrafen.length - 1];
  const voeg = (tekst: string) => {
    const p = huidig();
    if (p && fallback === 0) p.tekst += tekst;
  };
  parseXml(xml, part, {
    open(tag) {
      wortel ??= isW(tag, "document");
      if (tag.local === "Fallback" && tag.uri === MC_NS) fallback++;
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "p":
          paragrafen.push({ tekst: "" });
          break;
        case "t":
          inTekst = !tag.isSelfClosing;
          break;
        case "tab":
          if (!isTabStop(tag)) voeg("\t");
          break;
        case "br":
        case "cr":
          voeg("\n");
          break;
        case "noBreakHyphen":
          voeg("-");
          break;
        case "numPr":
          inNumPr = true;
          break;
        case "numId":
          if (inNumPr && huidig()) huidig().numId = wAttr(tag, "val");
          break;
        case "ilvl":
          if (inNumPr && huidig()) huidig().ilvl = Number(wAttr(tag, "val") ?? 0);
          break;
        case "pStyle":
          if (huidig()) huidig().stijl = wAttr(tag, "val");
          break;
        case "tr":
          rijen.push([]);
          break;
        case "tc":
          rijen[rijen.length - 1]?.push("");
          break;
      }
    },
    text(tekst) {
      if (inTekst) voeg(tekst);
    },
    close(tag) {
      if (tag.local === "Fallback" && tag.uri === MC_NS) fallback--;
      if (!isWord(tag)) return;
      if (tag.local === "t") inTekst = false;
      else if (tag.local === "numPr") inNumPr = false;
      else if (tag.local === "p") {
        const p = paragrafen.pop();
        if (!p) return;
        const rij = rijen[rijen.length - 1];
        if (rij && rij.length > 0 && paragrafen.length === 0) {
          const cel = rij.length - 1;
          rij[cel] = rij[cel] === "" ? p.tekst : `${rij[cel]} ${p.tekst}`;
          return;
        }
        const nummer = teller.nummer({ numId: p.numId, ilvl: p.ilvl }, p.stijl);
        uit.push(
          nummer
            ? { tekst: p.tekst, nummer: nummer.nummer, niveau: nummer.niveau }
            : { tekst: p.tekst }
        );
      } else if (tag.local === "tr") {
        const rij = rijen.pop();
        if (rij) uit.push({ tekst: rij.map((c) => c.replace(/[\t\n]+/g, " ").trim()).join("\t") });
      }
    },
  });
  return wortel ? uit : null;
}

function isWord(tag: Parameters<typeof isW>[0]): boolean {
  return isW(tag, tag.local);
}

/** A w:tab inside w:tabs (paragraph properties: a tab stop, no text): it has a position. */
function isTabStop(tag: Parameters<typeof isW>[0]): boolean {
  return wAttr(tag, "pos") !== undefined;
}
