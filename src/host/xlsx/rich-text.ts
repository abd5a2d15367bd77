import type { XmlTag } from "./xml";
import { isMain } from "./xml";

/**
 * The text of a string item (<si> in the shared strings, <is> in a cell): every <t> outside a
 * phonetic hint (<rPh>), in document order, so runs (<r><t>) join into one text; `_xHHHH_`
 * escapes decoded.
 */
export class RichText {
  private parts: string[] = [];
  /** The pieces of the <t> being read: each <t> is one ST_Xstring, decoded when it closes. */
  private t: string[] = [];
  private inT = false;
  private phonetic = 0;

  start(): void {
    this.parts = [];
    this.t = [];
    this.inT = false;
    this.phonetic = 0;
  }

  open(tag: XmlTag): void {
    if (isMain(tag, "rPh")) this.phonetic++;
    else if (isMain(tag, "t") && this.phonetic === 0) this.inT = !tag.isSelfClosing;
  }

  close(tag: XmlTag): void {
    if (isMain(tag, "rPh")) this.phonetic--;
    else if (isMain(tag, "t") && this.inT) {
      this.inT = false;
      this.parts.push(decodeXstring(this.t.length === 1 ? this.t[0] : this.t.join("")));
      this.t = [];
    }
  }

  text(t: string): void {
    if (this.inT) this.t.push(t);
  }

  end(): string {
    const text = this.parts.join("");
    this.start();
    return text;
  }
}

/**
 * ST_Xstring (ECMA-376 Part 1, §22.9.2.19): a character XML cannot carry is written `_xHHHH_`
 * (its UTF-16 code in hex), and a literal `_xHHHH_` in the text has its `_` escaped as `_x005F_`.
 * "ABC_x000D_\nDEF" reads "ABC\r\nDEF"; "_x005F_x000D_" reads "_x000D_".
 */
export function decodeXstring(text: string): string {
  // Most texts have no escape: skip the regular expression for them (the normal read path).
  if (text.indexOf("_x") < 0) return text;
  return text.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text as ST_Xstring, so that decodeXstring gives it back: the inverse of decodeXstring. */
export function encodeXstring(text: string): string {
  return text
    .replace(XSTRING_LITERAL, "_x005F_")
    .replace(
      XML_UNSAFE,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    );
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
/** The `_` that starts a literal `_xHHHH_`. */
const XSTRING_LITERAL = /_(?=x[0-9A-Fa-f]{4}_)/g;
/**
 * Characters XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets), and the carriage return,
 * which a parser turns into a line feed (https://www.w3.org/TR/xml/#sec-line-ends).
 */
const XML_UNSAFE = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex
