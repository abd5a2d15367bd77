import type JSZip from "jszip";

/** A part of the package as text, in the browser: JSZip unpacks it, the browser decodes UTF-8. */
export async function entryText(file: JSZip.JSZipObject): Promise<string> {
  return new TextDecoder("utf-8").decode(await file.async("uint8array"));
}
