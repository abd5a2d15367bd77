/** Lowercase, accents removed, punctuation to spaces, whitespace collapsed: the key people's typing shares. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9?]+/g, " ")
    .trim();
}

/** Lowercase with whitespace collapsed, punctuation kept. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
