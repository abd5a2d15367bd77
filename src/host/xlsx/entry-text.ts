import { inflateRawSync } from "node:zlib";
import type JSZip from "jszip";

/** DEFLATE magic in JSZip's compression table; "\x00\x00" is a stored (uncompressed) entry. */
const DEFLATE = "\x08\x00";

/**
 * A part of the package as text, in Node: Node's own zlib and UTF-8 decoder, since JSZip's pure-JS
 * inflate and "string" take four times as long. The task pane's build swaps this module for
 * entry-text.browser.ts (webpack.config.js), which has no Node.
 */
export async function entryText(file: JSZip.JSZipObject): Promise<string> {
  return (inflated(file) ?? (await file.async("nodebuffer"))).toString("utf8");
}

/**
 * A deflated entry unpacked by Node's zlib straight from the bytes JSZip loaded (its internal
 * `_data` of a loaded file); undefined when JSZip holds it otherwise, then JSZip unpacks it.
 */
function inflated(file: JSZip.JSZipObject): Buffer | undefined {
  const data = (
    file as unknown as {
      _data?: { compression?: { magic?: string }; compressedContent?: Uint8Array };
    }
  )._data;
  if (data?.compression?.magic !== DEFLATE || !(data.compressedContent instanceof Uint8Array))
    return undefined;
  return inflateRawSync(data.compressedContent);
}
