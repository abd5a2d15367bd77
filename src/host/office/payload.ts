/**
 * Excel on the web refuses a request or response above 5 MB. Regie keeps each sync's data under 4 MB,
 * leaving room for the envelope Office.js adds around it.
 */
export const CHUNK_BYTES = 4_000_000;

/** Approximate envelope per queued command (object path and action type) in the JSON Office.js sends. */
export const COMMAND_BYTES = 200;

/** UTF-8 size of a value as JSON, without Node's Buffer (this code also runs in the browser). */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
