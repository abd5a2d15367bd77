/**
 * What the reader refuses before it costs minutes or gigabytes: parts that unpack past a cap
 * (counted while inflating, since a zip bomb's declared sizes lie), and files that are no zip but
 * an OLE compound file (a password-protected .xlsx, or a legacy .xls).
 */

const MB = 1024 * 1024;

/**
 * One part's XML at most. A 28,000-row actielijst with 8 kwartalen is about 30 MB of sheet XML;
 * Excel's full grid of text would be far more, but a sheet this size already takes the reader
 * seconds and several times its size in memory. V8's hard ceiling on a string, 0x1fffffe8
 * characters (~512 MB, "Cannot create a string longer ..."), stays well out of reach.
 */
export const PART_LIMIT = 200 * MB;

/** All distinct parts read from one package together: keeps a many-part bomb under ~500 MB too. */
export const TOTAL_LIMIT = 400 * MB;

/** Bytes one part, and all parts of a package together, may inflate to. */
export interface InflateLimits {
  part: number;
  total: number;
}

export const INFLATE_LIMITS: InflateLimits = { part: PART_LIMIT, total: TOTAL_LIMIT };

/** A part that unpacks past `limit` bytes; `total` when the package's budget, not the part's cap. */
export class InflateLimitError extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
    readonly total: boolean
  ) {
    super(`onderdeel ${part} pakt uit tot meer dan ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

/** Thrown by entryText when the inflated bytes pass its `max`; partText names the part. */
export class TooLargeError extends Error {
  constructor(readonly max: number) {
    super(`uitgepakt meer dan ${max} bytes`);
    this.name = "TooLargeError";
  }
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / MB);
}

/** A file that is an OLE compound file instead of a zip, and which kind. */
export class CompoundFileError extends Error {
  constructor(readonly kind: "encrypted" | "legacy") {
    super(kind === "encrypted" ? "versleutelde werkmap" : "oud Excel-bestand");
    this.name = "CompoundFileError";
  }
}

/** MS-CFB 2.2 Compound File Header: the signature every compound file starts with. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** UTF-16LE "EncryptionInfo", the stream MS-OFFCRYPTO 2.3.4.5 / 2.3.4.10 puts beside EncryptedPackage. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

/**
 * Throws a CompoundFileError when `bytes` are a compound file: Excel saves a workbook with a
 * password as one ([MS-OFFCRYPTO] 2.1 / 2.3.4: an \EncryptionInfo and an \EncryptedPackage
 * stream), and Excel 97-2003 saves .xls as one ([MS-XLS] 2.1.1). Cheap: the first eight bytes, and
 * only for such files a scan of their directory entries for the name.
 */
export function refuseCompoundFile(bytes: Uint8Array): void {
  if (bytes.length < CFB_SIGNATURE.length || CFB_SIGNATURE.some((b, i) => bytes[i] !== b)) return;
  throw new CompoundFileError(hasDirectoryEntry(bytes, ENCRYPTION_INFO) ? "encrypted" : "legacy");
}

/**
 * MS-CFB 2.6.1: directory entries are 128 bytes, in sectors of 512 or 4096 bytes after a header
 * sector of the same size, so each starts at a multiple of 128; the name is UTF-16LE at its start,
 * its length in bytes (with the terminating NUL) at offset 64.
 */
function hasDirectoryEntry(bytes: Uint8Array, name: Uint8Array): boolean {
  const length = name.length + 2;
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] !== length || bytes[at + 65] !== 0) continue;
    if (name.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}
