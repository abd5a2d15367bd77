import JSZip from "jszip";
import type { CellValue } from "../../src/core/grid";

/**
 * Hostile and unusual workbooks, written part by part so that nothing a library would tidy up
 * gets in the way. Each returns the bytes of an .xlsx with one sheet "Blad1" whose <sheetData>
 * holds `sheetData` as given. Reusable by a corpus test over every hostile file.
 */
export async function werkmapMetBladdata(
  sheetData: string,
  opties: Bladopties = {}
): Promise<Uint8Array> {
  const zip = new JSZip();
  const styles = opties.styles === undefined ? "" : STYLES_OVERRIDE;
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${opties.macro ? XLSM_MAIN : XLSX_MAIN}"/>${styles}` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
      `</Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
      (opties.styles === undefined
        ? ""
        : `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`) +
      `</Relationships>`
  );
  if (opties.styles !== undefined)
    zip.file(
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${opties.styles}</styleSheet>`
    );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`
  );
  if (opties.strict) await naarStrict(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface Bladopties {
  /** The children of <styleSheet> in xl/styles.xml (with its relationship); no styles part without. */
  styles?: string;
  /** The main part's content type of a macro-enabled workbook (.xlsm, ECMA-376 Part 1 / MS-OE376). */
  macro?: boolean;
  /** Strict OOXML: the purl.oclc.org namespaces and relationship types (ECMA-376 Part 1 §A.1). */
  strict?: boolean;
}

const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const STYLES_OVERRIDE = `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`;

/** Every part's Transitional namespaces and relationship types swapped for Strict ones. */
async function naarStrict(zip: JSZip): Promise<void> {
  for (const [naam, bestand] of Object.entries(zip.files)) {
    if (bestand.dir) continue;
    const xml = await bestand.async("string");
    zip.file(
      naam,
      xml
        .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        .replaceAll(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships"
        )
        .replace("<workbook ", '<workbook conformance="strict" ')
    );
  }
}

/**
 * <sheetData> for these rows: text as inline strings, numbers as numbers, empty cells left out;
 * without `r` attributes when `zonderR` (the schema allows both: ECMA-376 Part 1 §18.3.1.73).
 */
export function bladdata(rijen: readonly (readonly CellValue[])[], zonderR = false): string {
  return rijen
    .map((rij, r) => {
      const cellen = rij.map((waarde, c) => {
        const ref = zonderR ? "" : ` r="${kolomLetters(c)}${r + 1}"`;
        if (waarde === "" || waarde === null) return zonderR ? `<c/>` : "";
        if (typeof waarde === "number") return `<c${ref}><v>${waarde}</v></c>`;
        if (typeof waarde === "boolean") return `<c${ref} t="b"><v>${waarde ? 1 : 0}</v></c>`;
        return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${xmlTekst(String(waarde))}</t></is></c>`;
      });
      return `<row${zonderR ? "" : ` r="${r + 1}"`}>${cellen.join("")}</row>`;
    })
    .join("");
}

function kolomLetters(index: number): string {
  let n = index + 1;
  let uit = "";
  while (n > 0) {
    uit = String.fromCharCode(65 + ((n - 1) % 26)) + uit;
    n = Math.floor((n - 1) / 26);
  }
  return uit;
}

function xmlTekst(tekst: string): string {
  return tekst.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Issue 24, case 4: references past Excel's grid (1,048,576 rows, 16,384 columns). */
export const BUITEN_HET_RASTER = {
  "rij 999999999": `<row r="999999999"><c r="A999999999"><v>1</v></c></row>`,
  "cel ZZZZZZ41": `<row r="41"><c r="ZZZZZZ41"><v>1</v></c></row>`,
  "rij 1048577": `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`,
  "cel XFE1": `<row r="1"><c r="XFE1"><v>1</v></c></row>`,
  /** Rows and cells without r follow the previous one: past the edge too. */
  "cel XFE1 zonder r": `<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`,
} as const;
