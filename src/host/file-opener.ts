import type { FileOpener } from "../app/regie";
import type { VerslagLezer } from "../app/verslag/actiepunten";

/**
 * Opens a picked file with the command line's reader, loaded only on first use: the reader and
 * JSZip come in a chunk of their own, so the pane's first download does not grow.
 */
export const openFileLazily: FileOpener = async (bytes, name) =>
  (await import("./xlsx/file-workbook.js")).openFile(bytes, name);

/**
 * Reads a picked verslag (.docx or text) with the command line's reader, loaded the same way: the
 * Word reader and JSZip only when the user chooses a file on the Actiepunten tab.
 */
export const leesVerslagLazily: VerslagLezer = async (bytes, naam) =>
  (await import("./docx/verslag-bestand.js")).leesVerslagBestand(bytes, naam);
