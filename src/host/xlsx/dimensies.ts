import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { parseArea } from "../../core/address";
import type { SheetEntry } from "./package-parts";
import { MAIN_NS } from "./xml";

/** Bytes of a sheet's XML to look at: the <dimension> element comes before the cells. */
const KOP_BYTES = 64 * 1024;

/**
 * Each sheet's number of rows as its <dimension> states it, read from the first bytes of the sheet's
 * XML without unpacking the rest: a file with a stray value in row 1,000,000 can be refused before
 * loading it costs minutes and gigabytes. Sheets without the element are left out; a head that is
 * no XML is left to the full read, which names the part.
 */
export async function bladRijen(
  zip: JSZip,
  sheets: readonly SheetEntry[]
): Promise<Map<string, number>> {
  const uit = new Map<string, number>();
  for (const { name, part } of sheets) {
    const bestand = part ? zip.file(part) : null;
    if (!bestand) continue;
    const ref = dimensie(await begin(bestand));
    const gebied = ref ? parseArea(ref.split(":").pop() ?? "") : null;
    if (gebied) uit.set(name, gebied.bottom + 1);
  }
  return uit;
}

/** The ref of the first <dimension> in the head of a sheet part, whatever its prefix. */
function dimensie(kop: string): string | undefined {
  let ref: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    if (ref === undefined && tag.local === "dimension" && MAIN_NS.has(tag.uri))
      ref = tag.attributes.ref?.value;
  });
  try {
    parser.write(kop); // not closed: the head stops somewhere inside the sheet
  } catch {
    return ref;
  }
  return ref;
}

function begin(bestand: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    let tekst = "";
    const stroom = bestand.nodeStream("nodebuffer");
    stroom.on("data", (stuk: Buffer) => {
      tekst += stuk.toString("utf8");
      if (tekst.length >= KOP_BYTES || tekst.includes("sheetData")) {
        stroom.pause();
        resolve(tekst);
      }
    });
    stroom.on("end", () => resolve(tekst));
    stroom.on("error", reject);
  });
}
