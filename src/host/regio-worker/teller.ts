import type { RegioTeller } from "../../app/mijlpalen/regio";
import { refused } from "../../app/outcome";
import type { NaarWorker, VanWorker } from "./protocol";

/** What the teller uses of a Web Worker. */
export type RegioWorker = Pick<Worker, "postMessage" | "terminate" | "onmessage" | "onerror">;

/**
 * "Regio tellen" off the main thread: a Web Worker per run reads and counts the picked files
 * (regio.worker.ts) and posts progress per file and the outcome. Cancelling ends the worker at
 * once: nothing was written, so there is nothing to put back.
 */
export const telRegioInWorker: RegioTeller = (bestanden, opties) =>
  telMetWorker(
    async () => (await import("./start-worker.mjs")).startRegioWorker(),
    bestanden,
    opties
  );

/** The teller with the worker's start given: the pane's is above, a test's a stand-in. */
export async function telMetWorker(
  start: () => Promise<RegioWorker>,
  ...[bestanden, opties]: Parameters<RegioTeller>
): ReturnType<RegioTeller> {
  const worker = await start();
  return new Promise((resolve, reject) => {
    const stop = () => {
      // A message already on its way is dropped too: the pane said Annuleren.
      worker.onmessage = null;
      worker.terminate();
      const r = refused("afgebroken", {}, false);
      if (!r.ok) resolve({ ok: false, refusals: [r.refusal] });
    };
    if (opties.signal?.aborted) return stop();
    opties.signal?.addEventListener("abort", stop, { once: true });
    worker.onmessage = (e: MessageEvent<VanWorker>) => {
      const b = e.data;
      if (b.soort === "voortgang") return opties.onVoortgang?.(b.bron, b.stap);
      opties.signal?.removeEventListener("abort", stop);
      worker.terminate();
      if (b.soort === "uitkomst") resolve(b.uitkomst);
      else reject(new Error(b.tekst));
    };
    worker.onerror = (e) => {
      opties.signal?.removeEventListener("abort", stop);
      worker.terminate();
      reject(new Error(e.message || "De rekenhulp van Regie (Web Worker) is gestopt."));
    };
    const bericht: NaarWorker = { bestanden: [...bestanden], peildatum: opties.peildatum };
    worker.postMessage(bericht);
  });
}
