import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { parseArea } from "../../core/address";
import { partFile, type SheetEntry } from "./package-parts";
import { MAIN_NS } from "./xml";

/** Bytes of a sheet's XML to look at: the <dimension> element comes before the cells. */
const HEAD_BYTES = 64 * 1024;

/**
 * Each sheet's number of rows as its <dimension> states it, read from the first bytes of the sheet's
 * XML without unpacking the rest: a file with a stray value in row 1,000,000 can be refused before
 * loading it costs minutes and gigabytes. Sheets without the element are left out; a head that is
 * no XML is left to the full read, which names the part.
 */
export async function sheetRowCounts(
  zip: JSZip,
  sheets: readonly SheetEntry[]
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // By part: sheets that share one part look at its head once.
  const byPart = new Map<string, number | undefined>();
  for (const { name, part } of sheets) {
    if (!byPart.has(part)) {
      const file = part ? partFile(zip, part) : null;
      const ref = file ? dimensionRef(await begin(file)) : undefined;
      const area = ref ? parseArea(ref.split(":").pop() ?? "") : null;
      byPart.set(part, area ? area.bottom + 1 : undefined);
    }
    const rows = byPart.get(part);
    if (rows !== undefined) counts.set(name, rows);
  }
  return counts;
}

/** The ref of the first <dimension> in the head of a sheet part, whatever its prefix. */
function dimensionRef(head: string): string | undefined {
  let ref: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    if (ref === undefined && tag.local === "dimension" && MAIN_NS.has(tag.uri))
      ref = tag.attributes.ref?.value;
  });
  try {
    parser.write(head); // not closed: the head stops somewhere inside the sheet
  } catch {
    return ref;
  }
  return ref;
}

function begin(file: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const stream = file.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.length >= HEAD_BYTES || text.includes("sheetData")) {
        stream.pause();
        resolve(text);
      }
    });
    stream.on("end", () => resolve(text));
    stream.on("error", reject);
  });
}
