import type JSZip from "jszip";
import { TooLargeError } from "./package-limits";

/** JSZip's streaming reader of one entry (zipObject.js `internalStream`; not in its typings). */
interface EntryStream {
  on(event: "data", callback: (chunk: Uint8Array) => void): EntryStream;
  on(event: "end", callback: () => void): EntryStream;
  on(event: "error", callback: (error: unknown) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

/**
 * A part of the package as text, in the browser: JSZip inflates it chunk by chunk, counted as they
 * come, so a zip bomb stops at `max` bytes (a TooLargeError) instead of filling the tab's memory;
 * the browser decodes UTF-8.
 */
export function entryText(file: JSZip.JSZipObject, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): EntryStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > max) {
          stream.pause();
          reject(new TooLargeError(max));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(new TextDecoder("utf-8").decode(concat(chunks, size))))
      .resume();
  });
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
