/** A replacement of `length` characters at `at` in a part's text. */
export interface Edit {
  at: number;
  length: number;
  text: string;
}

/** Applies non-overlapping edits; ties keep their given order. Everything else stays as it was. */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  return pieces(xml, edits).join("");
}

/** applyEdits written into one UTF-8 buffer, without making the edited text first. */
export function applyEditsToBytes(xml: string, edits: readonly Edit[]): Buffer {
  const parts = pieces(xml, edits);
  const bytes = Buffer.allocUnsafe(parts.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0));
  let at = 0;
  for (const p of parts) at += bytes.write(p, at, "utf8");
  return bytes;
}

/** The text as pieces: the unchanged stretches (slices of `xml`) with the edits' texts between. */
function pieces(xml: string, edits: readonly Edit[]): string[] {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const out: string[] = [];
  let from = 0;
  for (const e of sorted) {
    if (e.at < from) throw new Error("overlappende wijzigingen in één onderdeel");
    out.push(xml.slice(from, e.at), e.text);
    from = e.at + e.length;
  }
  out.push(xml.slice(from));
  return out;
}

/** The prefix (with its colon) a part uses for `local` elements, "" when it uses none. */
export function prefixOf(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return m?.[1] ?? "";
}

/** One escaping for every part Regie writes (chart parts and patched parts alike). */
export { escapeXml } from "../chart-xml";

/** Sets (or adds) an attribute in a start tag's text. */
export function withAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1"${value}"`);
  return tag.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
}
