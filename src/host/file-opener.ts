import type { FileOpener, VerslagDiensten } from "../app/regie";

/**
 * Opens a picked file with the command line's reader, loaded only on first use: the reader and
 * JSZip come in a chunk of their own, so the pane's first download does not grow.
 */
export const openFileLazily: FileOpener = async (bytes, name) =>
  (await import("./xlsx/file-workbook.js")).openFile(bytes, name);

/**
 * "Actiepunten uit verslag", loaded the same way: the use-cases with the core's verslag reading
 * when the tab is first used, and the reader of a picked file (the command line's: the Word
 * reader and JSZip) only when the user chooses one.
 */
export const verslagLazily: VerslagDiensten = {
  lezer: async (bytes, naam) =>
    (
      await import(/* webpackChunkName: "verslag-bestand" */ "./docx/verslag-bestand.js")
    ).leesVerslagBestand(bytes, naam),
  useCases: () =>
    import(/* webpackChunkName: "actiepunten-lezen" */ "../app/verslag/actiepunten.js"),
};
