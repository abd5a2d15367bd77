import type { XmlTag } from "../xlsx/xml";

/** WordprocessingML's main namespace: transitional (what Word writes) and strict. */
const W_NS = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/** Markup Compatibility (mc:AlternateContent): its Fallback repeats what its Choice holds. */
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** An element of WordprocessingML with this local name (w:p, w:t, x:p alike). */
export function isW(tag: XmlTag, local: string): boolean {
  return tag.local === local && W_NS.has(tag.uri);
}

/** An attribute in the WordprocessingML namespace (w:val), whatever prefix the producer bound to it. */
export function wAttr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(":");
    if (
      colon > 0 &&
      key.slice(colon + 1) === local &&
      W_NS.has(tag.scope.get(key.slice(0, colon)) ?? "")
    )
      return tag.attributes[key];
  }
  return undefined;
}
