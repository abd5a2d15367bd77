import type { FileOpener } from "../app/regie";

/**
 * Opens a picked file with the command line's reader, loaded only on first use: the reader and
 * JSZip come in a chunk of their own, so the pane's first download does not grow.
 */
export const openFileLazily: FileOpener = async (bytes, name) =>
  (await import("./xlsx/file-workbook.js")).openFile(bytes, name);
