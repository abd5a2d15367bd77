import JSZip from "jszip";
import { parseArea } from "../../core/address";
import { sheetParts } from "./package";

/** Bytes of a sheet's XML to look at: the <dimension> element comes before the cells. */
const KOP_BYTES = 64 * 1024;

/**
 * Each sheet's number of rows as its <dimension> states it, read from the first bytes of the sheet's
 * XML without unpacking the rest: a file with a stray value in row 1,000,000 can be refused before
 * loading it costs minutes and gigabytes. Sheets without the element are left out.
 */
export async function bladRijen(zip: JSZip): Promise<Map<string, number>> {
  const uit = new Map<string, number>();
  for (const [naam, part] of await sheetParts(zip)) {
    const bestand = zip.file(part);
    if (!bestand) continue;
    const ref = /<dimension\s+ref="([^"]+)"/.exec(await begin(bestand))?.[1];
    const gebied = ref ? parseArea(ref.split(":").pop() ?? "") : null;
    if (gebied) uit.set(naam, gebied.bottom + 1);
  }
  return uit;
}

function begin(bestand: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve, reject) => {
    let tekst = "";
    const stroom = bestand.nodeStream("nodebuffer");
    stroom.on("data", (stuk: Buffer) => {
      tekst += stuk.toString("utf8");
      if (tekst.length >= KOP_BYTES || tekst.includes("<sheetData")) {
        stroom.pause();
        resolve(tekst);
      }
    });
    stroom.on("end", () => resolve(tekst));
    stroom.on("error", reject);
  });
}
