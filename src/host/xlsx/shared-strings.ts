import { isMain, parseXml } from "./xml";
import { RichText } from "./rich-text";

/**
 * xl/sharedStrings.xml: one text per <si>, plain (<t>) or rich-text runs (<r><t>) joined; phonetic
 * hints (<rPh>) are not part of the text.
 */
export function readSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  const text = new RichText();
  parseXml(xml, part, {
    open(tag) {
      if (isMain(tag, "si")) text.start();
      else text.open(tag);
    },
    close(tag) {
      if (isMain(tag, "si")) strings.push(text.end());
      else text.close(tag);
    },
    text: (t) => text.text(t),
  });
  return strings;
}
