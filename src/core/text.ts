/** Lowercase, accents removed, punctuation to spaces, whitespace collapsed: the key people's typing shares. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Unicode normalisation is the costly part; plain ASCII (most cells) needs none.
  const basis = /[^ -~\t\n\r]/.test(lower)
    ? lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    : lower;
  return basis.replace(/[^a-z0-9?]+/g, " ").trim();
}

/** Lowercase with whitespace collapsed, punctuation kept. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
