import { telRegioHier } from "../../app/mijlpalen/regio";
import { openFile } from "../xlsx/file-workbook";
import type { NaarWorker, VanWorker } from "./protocol";

/**
 * The Web Worker of "Regio tellen": reads each picked workbook with Regie's own reader and counts it
 * (telGemeente), one file at a time, posting progress per file; then the region (maakRegio), as
 * plain data. The pane's main thread only draws.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<NaarWorker>) => void) | null;
  postMessage: (bericht: VanWorker) => void;
};

scope.onmessage = (e) => {
  const { bestanden, peildatum } = e.data;
  telRegioHier(openFile)(bestanden, {
    peildatum,
    onVoortgang: (bron, stap) => scope.postMessage({ soort: "voortgang", bron, stap }),
  }).then(
    (uitkomst) => scope.postMessage({ soort: "uitkomst", uitkomst }),
    (error: unknown) =>
      scope.postMessage({
        soort: "fout",
        tekst: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      })
  );
};
