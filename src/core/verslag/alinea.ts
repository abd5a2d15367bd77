/**
 * One paragraph of a verslag as read: from a .docx (a Word paragraph, or a table row with its cells
 * joined by tabs) or from pasted text (one line). `tekst` may hold line breaks (Word's soft breaks).
 */
export interface Alinea {
  tekst: string;
  /**
   * The number Word's automatic numbering shows before the paragraph ("i.", "2)", "•"): not part
   * of the text, so the reader gets it here. Absent when the paragraph has none (then a number
   * written in the text itself counts).
   */
  nummer?: string;
  /** The list level of that numbering, 0 at the top. */
  niveau?: number;
}

/** Pasted or saved text: each line a paragraph (a byte order mark and any line ending allowed). */
export function alineasUitTekst(tekst: string): Alinea[] {
  return tekst
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((regel) => ({ tekst: regel }));
}
