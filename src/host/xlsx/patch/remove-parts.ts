import { posix } from "node:path";
import type JSZip from "jszip";
import { partText, relationships, relsPathOf } from "../package-parts";
import { applyEdits, type Edit } from "./edits";

/**
 * Takes `roots` (parts already gone from the workbook's lists) out of the package together with
 * what only they used: their relationship parts, and every part they link to (a removed sheet's
 * tables, drawing, the drawing's charts) that no remaining part links to. Content types of removed
 * parts go too. A part another part still links to stays.
 */
export async function removeWithDependents(zip: JSZip, roots: readonly string[]): Promise<void> {
  const gone = new Set<string>();
  let candidates = new Set<string>(roots);
  while (candidates.size > 0) {
    const linked = await linkedFromRemaining(zip, new Set([...gone, ...candidates]));
    const next = new Set<string>();
    for (const part of candidates) {
      if (linked.has(part) && !roots.includes(part)) continue;
      for (const r of (await relationships(zip, part)).values())
        if (!r.external && !gone.has(r.target)) next.add(r.target);
      gone.add(part);
      zip.remove(part);
      zip.remove(relsPathOf(part));
    }
    for (const part of gone) next.delete(part);
    candidates = next;
  }
  if (gone.size > 0) await dropContentTypes(zip, gone);
}

/** Every part that a relationship of a part not in `leaving` points to. */
async function linkedFromRemaining(zip: JSZip, leaving: Set<string>): Promise<Set<string>> {
  const linked = new Set<string>();
  for (const rels of Object.keys(zip.files).filter((f) => f.endsWith(".rels"))) {
    const source = sourceOf(rels);
    if (leaving.has(source)) continue;
    for (const r of (await relationships(zip, source)).values())
      if (!r.external) linked.add(r.target);
  }
  return linked;
}

/** xl/worksheets/_rels/sheet1.xml.rels -> xl/worksheets/sheet1.xml; _rels/.rels -> "" */
function sourceOf(rels: string): string {
  const folder = posix.dirname(posix.dirname(rels));
  const name = posix.basename(rels).replace(/\.rels$/, "");
  return name === "" ? "" : folder === "." ? name : `${folder}/${name}`;
}

async function dropContentTypes(zip: JSZip, parts: Set<string>): Promise<void> {
  const types = "[Content_Types].xml";
  const xml = await partText(zip, types);
  const edits: Edit[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const name = /\bPartName="\/?([^"]*)"/.exec(m[0])?.[1];
    if (name !== undefined && parts.has(decodeURIComponent(name)))
      edits.push({ at: m.index!, length: m[0].length, text: "" });
  }
  if (edits.length > 0) zip.file(types, applyEdits(xml, edits), { createFolders: false });
}
