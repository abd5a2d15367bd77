/**
 * Excel on the web refuses a request or response above 5 MB. Regie keeps each sync's data under 4 MB,
 * leaving room for the envelope Office.js adds around it.
 */
export const CHUNK_BYTES = 4_000_000;

/** Approximate envelope per queued command (object path and action type) in the JSON Office.js sends. */
export const COMMAND_BYTES = 200;

export { jsonBytes as jsonSize } from "../json-bytes";
