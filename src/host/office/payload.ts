/**
 * Excel on the web refuses a request or response above 5 MB. Regie keeps each sync's data under 4 MB,
 * leaving room for the envelope Office.js adds around it.
 */
export const CHUNK_BYTES = 4_000_000;

/**
 * Envelope per queued command in the JSON Microsoft's library sends: a method or property path plus
 * its Instantiate action, measured at 180-260 bytes in excel-web-16.00.js; rounded up.
 */
export const COMMAND_BYTES = 280;

/**
 * Envelope of one values write: getRangeByIndexes path, two Instantiates, _KeepReference,
 * _ValidateArraySize and the SetProperty, measured at about 450 bytes; rounded up.
 */
export const VALUES_ENVELOPE = 520;

export { jsonBytes as jsonSize } from "../json-bytes";
