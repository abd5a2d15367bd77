import { inflateRawSync } from "node:zlib";
import type JSZip from "jszip";
import { TooLargeError } from "./package-limits";

/** DEFLATE magic in JSZip's compression table; "\x00\x00" is a stored (uncompressed) entry. */
const DEFLATE = "\x08\x00";

/**
 * A part of the package as text, in Node: Node's own zlib and UTF-8 decoder, since JSZip's pure-JS
 * inflate and "string" take four times as long. At most `max` bytes are inflated, counted by zlib
 * while inflating (the sizes a zip declares can lie); past them a TooLargeError. The task pane's
 * build swaps this module for entry-text.browser.ts (webpack.config.js), which has no Node.
 */
export async function entryText(file: JSZip.JSZipObject, max: number): Promise<string> {
  const bytes = inflated(file, max) ?? (await file.async("nodebuffer"));
  // A stored entry, or one JSZip holds otherwise: its bytes are already in memory, as big as they are.
  if (bytes.length > max) throw new TooLargeError(max);
  return bytes.toString("utf8");
}

/**
 * A deflated entry unpacked by Node's zlib straight from the bytes JSZip loaded (its internal
 * `_data` of a loaded file); undefined when JSZip holds it otherwise, then JSZip unpacks it.
 */
function inflated(file: JSZip.JSZipObject, max: number): Buffer | undefined {
  const data = (
    file as unknown as {
      _data?: { compression?: { magic?: string }; compressedContent?: Uint8Array };
    }
  )._data;
  if (data?.compression?.magic !== DEFLATE || !(data.compressedContent instanceof Uint8Array))
    return undefined;
  try {
    // Node docs, zlib "Class: Options": maxOutputLength "limits output size when using convenience
    // methods"; past it the sync call throws a RangeError (ERR_BUFFER_TOO_LARGE) and stops.
    return inflateRawSync(data.compressedContent, { maxOutputLength: max });
  } catch (error) {
    // By code, not class: a RangeError from another realm (a test runner's vm) is no instanceof.
    if ((error as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE")
      throw new TooLargeError(max);
    throw error;
  }
}
