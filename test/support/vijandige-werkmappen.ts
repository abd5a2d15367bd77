import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/**
 * Hostile workbook files, generated in memory (no fixtures): each one a case of issue 24 that the
 * CLI (XlsxWorkbook.open) and the pane's reader (openFile) must refuse with one Dutch message, or
 * read as Excel would. Reusable: a corpus test can run every file of `vijandigeWerkmappen()`.
 */
export interface VijandigeWerkmap {
  naam: string;
  /** What it attacks, in a word. */
  geval: string;
  bytes: Uint8Array;
}

/** A zip entry as written: stored, or deflated beforehand (`deflated`, with the sizes to declare). */
interface Entry {
  name: string;
  data: Uint8Array;
  /** Raw deflate bytes; then `data` is unused and `declaredSize` is what the headers claim. */
  deflated?: Uint8Array;
  declaredSize?: number;
  /** The CRC-32 to declare for `deflated` (0 when not given). */
  crc?: number;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = `${REL}/worksheet`;

/** Every hostile file below, for a corpus test. */
export async function vijandigeWerkmappen(): Promise<VijandigeWerkmap[]> {
  return [
    { naam: "bom.xlsx", geval: "zip-bom", bytes: await zipBom() },
    { naam: "bom-totaal.xlsx", geval: "zip-bom-totaal", bytes: await zipBomTotaal() },
    { naam: "leeg.xlsx", geval: "lege-werkmap", bytes: legeWerkmap() },
    { naam: "vijftigduizend.xlsx", geval: "gedeeld-deel", bytes: gedeeldDeel(50_000) },
    { naam: "entiteit.xlsx", geval: "onbekende-entiteit", bytes: onbekendeEntiteit() },
    { naam: "geheim.xlsx", geval: "wachtwoord", bytes: samengesteldBestand(true) },
    { naam: "oud.xls", geval: "xls", bytes: samengesteldBestand(false) },
    { naam: "hoofdletters.xlsx", geval: "hoofdletters", bytes: andereHoofdletters() },
    { naam: "backslash.xlsx", geval: "backslash", bytes: backslashNamen() },
  ];
}

/**
 * A sheet part that inflates to `megabytes` MB (default 260, past the 200 MB cap) of valid-looking
 * rows while the zip declares 1 KB: ~0.25 MB of file. Deflated as a stream, never held whole.
 */
export async function zipBom(megabytes = 260): Promise<Uint8Array> {
  const rows = '<row><c t="inlineStr"><is><t>bom</t></is></c></row>'.repeat(20_000);
  const { deflated } = await opgeblazen(megabytes, "", rows, "");
  return zip([
    ...omhulsel(["Blad1"]),
    { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(), deflated, declaredSize: 1024 },
  ]);
}

/**
 * `parts` sheets of `megabytes` MB each, every one under the 200 MB cap of a part and together past
 * the 400 MB of a package (issue 24, case 4, per part and in total). The filler is an XML comment,
 * so that no sheet meets the grid's edge first; the sheets share one deflated body.
 */
export async function zipBomTotaal(parts = 4, megabytes = 110): Promise<Uint8Array> {
  const body = await opgeblazen(megabytes, "<!--", "bom ".repeat(50_000), "-->");
  const names = Array.from({ length: parts }, (_, i) => `Blad${i + 1}`);
  // Honest sizes and checksums: only the total is hostile (JSZip, which the pane's reader uses,
  // checks both at the end of a part and would call a lying part damaged before the total counts).
  return zip([
    ...omhulsel(names),
    ...names.map((_n, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: new Uint8Array(),
      deflated: body.deflated,
      declaredSize: body.size,
      crc: body.crc,
    })),
  ]);
}

/** A workbook without sheets: <sheets/> empty (issue 24, case 9). */
export function legeWerkmap(): Uint8Array {
  return zip(omhulsel([]));
}

/** A worksheet of about `megabytes` MB, `filler` repeated inside <sheetData> between `open` and `close`. */
async function opgeblazen(
  megabytes: number,
  open: string,
  filler: string,
  close: string
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const chunk = Buffer.from(filler);
  let size = 0;
  let crc = 0;
  const write = (data: Buffer) => {
    size += data.length;
    crc = crc32(data, crc);
    return deflate.write(data);
  };
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  write(Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>${open}`));
  while (size < megabytes * 1024 * 1024)
    if (!write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  write(Buffer.from(`${close}</sheetData></worksheet>`));
  deflate.end();
  await done;
  return { deflated: Buffer.concat(chunks), size, crc };
}

/** `count` sheets whose relationships all point at one part (issue 24 case 4: 52-81 s). */
export function gedeeldDeel(count: number): Uint8Array {
  const names = Array.from({ length: count }, (_, i) => `Blad${i + 1}`);
  return zip([...omhulsel(names, () => "worksheets/sheet1.xml"), sheet("Kop", "waarde")]);
}

/** A sheet with an entity XML does not define: saxes says "undefined entity." */
export function onbekendeEntiteit(): Uint8Array {
  return zip([
    ...omhulsel(["Blad1"]),
    text(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>`
    ),
  ]);
}

/** Rels saying sharedStrings.xml, the part stored as xl/SharedStrings.xml (issue 24 case 7). */
export function andereHoofdletters(): Uint8Array {
  const entries = omhulsel(["Blad1"], undefined, true);
  return zip([
    ...entries,
    text(
      "xl/SharedStrings.xml",
      `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Kop</t></si><si><t>waarde</t></si></sst>`
    ),
    text(
      "xl/worksheets/Sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`
    ),
  ]);
}

/** Every entry name written with backslashes, as some Windows tools do (xl\workbook.xml). */
export function backslashNamen(): Uint8Array {
  return zip(
    [...omhulsel(["Blad1"]), sheet("Kop", "waarde")].map((e) => ({
      ...e,
      name: e.name.replace(/\//g, "\\"),
    }))
  );
}

/**
 * A minimal OLE compound file (MS-CFB 2.2 header, one directory sector): with an EncryptionInfo
 * directory entry it is what Excel writes for a workbook with a password ([MS-OFFCRYPTO] 2.3.4),
 * without one it stands for a legacy .xls ("Workbook" stream, [MS-XLS] 2.1.2).
 */
export function samengesteldBestand(versleuteld: boolean): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // sector shift: 2^9
  view.setUint32(48, 0, true); // first directory sector
  const names = [
    "Root Entry",
    ...(versleuteld ? ["EncryptionInfo", "EncryptedPackage"] : ["Workbook"]),
  ];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage, stream
  });
  return bytes;
}

/** A sheet part with a header cell and one value in column A. */
function sheet(kop: string, waarde: string): Entry {
  return text(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${MAIN}"><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${kop}</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${waarde}</t></is></c></row></sheetData></worksheet>`
  );
}

/** Content types, package rels, workbook and its rels for these sheet names. */
function omhulsel(
  names: readonly string[],
  target: (i: number) => string = (i) => `worksheets/sheet${i + 1}.xml`,
  sharedStrings = false
): Entry[] {
  const sheets = names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const rels = names.map(
    (_n, i) => `<Relationship Id="rId${i + 1}" Type="${SHEET_TYPE}" Target="${target(i)}"/>`
  );
  if (sharedStrings)
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return [
    text(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`
    ),
    text(
      "_rels/.rels",
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    text(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join("")}</sheets></workbook>`
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`
    ),
  ];
}

function text(name: string, xml: string): Entry {
  return { name, data: new TextEncoder().encode(xml) };
}

/**
 * A zip (PKWARE APPNOTE 4.3: local headers, central directory, end record), written by hand so that
 * entry names and declared sizes are exactly what the attack needs; entries are deflated unless
 * `deflated` is given.
 */
export function zip(entries: readonly Entry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.deflated ?? deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.deflated ? (entry.crc ?? 0) : crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
