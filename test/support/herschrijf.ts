import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";

/** A part's new text from its old one; null removes the part. */
export type Herschrijving = (xml: string) => string | null;

/**
 * Writes a copy of an .xlsx with some parts rewritten (small XML edits, as another producer would
 * have written them); every other part is copied as it was.
 */
export async function herschrijf(
  bron: string,
  doel: string,
  delen: Record<string, Herschrijving>
): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(bron));
  for (const [pad, f] of Object.entries(delen)) {
    const bestand = zip.file(pad);
    if (!bestand) throw new Error(`${pad} ontbreekt in ${bron}`);
    const nieuw = f(await bestand.async("string"));
    if (nieuw === null) zip.remove(pad);
    else zip.file(pad, nieuw);
  }
  writeFileSync(doel, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return doel;
}

/** Every part of an .xlsx by path, as bytes. */
export async function delenVan(pad: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(pad));
  const uit = new Map<string, Buffer>();
  for (const f of Object.values(zip.files))
    if (!f.dir) uit.set(f.name, await f.async("nodebuffer"));
  return uit;
}
