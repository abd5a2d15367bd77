import JSZip from "jszip";

/**
 * Hostile and unusual workbooks, written part by part so that nothing a library would tidy up
 * gets in the way. Each returns the bytes of an .xlsx with one sheet "Blad1" whose <sheetData>
 * holds `sheetData` as given. Reusable by a corpus test over every hostile file.
 */
export async function werkmapMetBladdata(sheetData: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
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
      `</Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
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
