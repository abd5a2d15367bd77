import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import type { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";

/** Saves through the adapter into a fresh temp folder; the path and the opened zip. */
export async function saveAndOpen(werkmap: XlsxWorkbook): Promise<{ path: string; zip: JSZip }> {
  const path = join(mkdtempSync(join(tmpdir(), "regie-xlsx-")), "werkmap.xlsx");
  await werkmap.saveAs(path);
  return { path, zip: await JSZip.loadAsync(readFileSync(path)) };
}

export async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing; parts: ${parts(zip).join(", ")}`);
  return file.async("string");
}

export function parts(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

/** Capture group 1 of every match. */
export function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1]);
}

export function relsOf(path: string): string {
  return posix.join(posix.dirname(path), "_rels", `${posix.basename(path)}.rels`);
}

/** A part's relationships as id -> zip path of the target. */
export async function relationships(zip: JSZip, path: string): Promise<Record<string, string>> {
  const rels = zip.file(relsOf(path)) ? await part(zip, relsOf(path)) : "";
  const out: Record<string, string> = {};
  for (const m of rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"/g))
    out[m[1]] = posix.join(posix.dirname(path), m[2]);
  return out;
}

/**
 * The package holds together: every relationship points at a part that exists, every r:id in a part
 * is one of its relationships, every part has a content type and every Override names a real part.
 */
export async function expectConsistent(zip: JSZip): Promise<void> {
  const names = parts(zip);
  const types = await part(zip, "[Content_Types].xml");
  const overrides = all(types, /<Override PartName="\/([^"]+)"/g);
  const defaults = all(types, /<Default Extension="([^"]+)"/g);
  for (const name of names) {
    if (name.endsWith(".rels")) continue;
    const typed = overrides.includes(name) || defaults.includes(name.split(".").pop()!);
    expect({ name, typed }).toEqual({ name, typed: true });
    if (!name.endsWith(".xml")) continue;
    const xml = await part(zip, name);
    expectWellFormed(xml, name);
    const rels = await relationships(zip, name);
    for (const id of all(xml, /\br:(?:id|embed)="([^"]+)"/g)) {
      expect({ name, id, resolves: id in rels }).toEqual({ name, id, resolves: true });
      expect(names).toContain(rels[id]);
    }
  }
  for (const name of overrides) expect(names).toContain(name);
}

/**
 * Enough of an XML parser to catch what string building gets wrong: unbalanced or misnamed tags,
 * malformed attributes, a bare & or < in text.
 */
export function expectWellFormed(xml: string, name = "xml"): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  for (const [tag, closing, qname, selfClosing] of body.matchAll(
    /<(\/?)([^\s/>]+)[^<>]*?(\/?)>/g
  )) {
    expect({
      name,
      tag,
      ok: /^<\/?[\w:.-]+(\s+[\w:.-]+="[^"<&]*(&[#\w]+;[^"<&]*)*")*\s*\/?>$/.test(tag),
    }).toEqual({ name, tag, ok: true });
    if (closing) expect({ name, closes: stack.pop() }).toEqual({ name, closes: qname });
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(qname);
    } else if (stack.length === 0) roots++;
  }
  expect({ name, open: stack, roots }).toEqual({ name, open: [], roots: 1 });
  const text = body.replace(/<[^<>]*>/g, "");
  expect({ name, stray: /<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text) }).toEqual({
    name,
    stray: false,
  });
}
