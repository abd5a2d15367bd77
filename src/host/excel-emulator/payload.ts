/** Excel on the web refuses a request or response above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Every queued action carries some envelope (object path, action type) besides its arguments. */
export const ACTION_OVERHEAD_BYTES = 32;

export { jsonBytes, utf8Length } from "../json-bytes";
