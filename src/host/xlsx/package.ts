import { posix } from "node:path";
import type JSZip from "jszip";
import { entryText } from "./entry-text";
import { PART_LIMIT } from "./package-limits";
import { partFile } from "./package-parts";

/** Reading an .xlsx package: which part is which sheet, its relationships, tag attributes. */

/** The worksheet's part: its name -> r:id in xl/workbook.xml -> target in the workbook's rels. */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = "xl/workbook.xml";
  const tag = [...(await text(zip, workbook)).matchAll(/<sheet\b[^>]*>/g)]
    .map(([t]) => attributes(t))
    .find((a) => a.get("name") === sheet);
  const part = (await relationships(zip, workbook)).get(tag?.get("r:id") ?? "");
  if (!part) throw new Error(`Blad "${sheet}" niet gevonden in het opgeslagen bestand.`);
  return part;
}

/** A part's relationships: id -> target as a zip path. */
export async function relationships(zip: JSZip, source: string): Promise<Map<string, string>> {
  const rels = relsPath(source);
  const map = new Map<string, string>();
  if (!partFile(zip, rels)) return map;
  for (const [tag] of (await text(zip, rels)).matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(tag);
    const target = a.get("Target") ?? "";
    // Targets are relative to the source's folder, or absolute from the package root.
    const path = target.startsWith("/")
      ? target.slice(1)
      : posix.join(posix.dirname(source), target);
    map.set(a.get("Id") ?? "", path);
  }
  return map;
}

/** xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels */
export function relsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

export async function text(zip: JSZip, path: string): Promise<string> {
  // The one lookup (case-insensitive, backslashes as "/") and the one capped inflate of the reader.
  const file = partFile(zip, path);
  if (!file) throw new Error(`Onderdeel ${path} ontbreekt in het opgeslagen bestand.`);
  return entryText(file, PART_LIMIT);
}

/** A tag's attributes, entities decoded (exceljs writes a sheet named R&D as name="R&amp;D"). */
export function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, key, value]) => [key, unescapeXml(value)])
  );
}

export function unescapeXml(value: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, body: string) =>
    body.startsWith("#")
      ? String.fromCodePoint(Number(body.replace(/^#x/i, "0x").replace(/^#/, "")))
      : (named[body] ?? entity)
  );
}

/** Every sheet's part, by sheet name, in workbook order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = "xl/workbook.xml";
  const rels = await relationships(zip, workbook);
  const parts = new Map<string, string>();
  for (const [tag] of (await text(zip, workbook)).matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(tag);
    const part = rels.get(a.get("r:id") ?? "");
    if (part) parts.set(a.get("name") ?? "", part);
  }
  return parts;
}
