/** Excel on the web refuses a request or response above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Every queued action carries some envelope (object path, action type) besides its arguments. */
export const ACTION_OVERHEAD_BYTES = 32;

/** Size of a value as JSON in UTF-8: what travels between the add-in and Excel. Plain code, no Buffer. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

export function utf8Length(text: string): number {
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
