import type { XmlTag } from "./xml";
import { isMain } from "./xml";

/**
 * The text of a string item (<si> in the shared strings, <is> in a cell): every <t> outside a
 * phonetic hint (<rPh>), in document order, so runs (<r><t>) join into one text.
 */
export class RichText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  start(): void {
    this.parts = [];
    this.inT = false;
    this.phonetic = 0;
  }

  open(tag: XmlTag): void {
    if (isMain(tag, "rPh")) this.phonetic++;
    else if (isMain(tag, "t") && this.phonetic === 0) this.inT = !tag.isSelfClosing;
  }

  close(tag: XmlTag): void {
    if (isMain(tag, "rPh")) this.phonetic--;
    else if (isMain(tag, "t")) this.inT = false;
  }

  text(t: string): void {
    if (this.inT) this.parts.push(t);
  }

  end(): string {
    const text = this.parts.join("");
    this.start();
    return text;
  }
}
