import type { RegioOutcome } from "../../../src/app/mijlpalen/regio";
import { foutTekst } from "../../../src/app/weigering-berichten";
import type { RegioTeller } from "../../../src/app/mijlpalen/regio";
import type { NaarWorker, VanWorker } from "../../../src/host/regio-worker/protocol";
import { telMetWorker, type RegioWorker } from "../../../src/host/regio-worker/teller";

/** A stand-in for the Web Worker: what the pane posts, whether it was ended, and a way to answer. */
class NepWorker {
  gepost: NaarWorker[] = [];
  beeindigd = 0;
  onmessage: ((e: { data: VanWorker }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  postMessage(b: NaarWorker) {
    this.gepost.push(b);
  }
  terminate() {
    this.beeindigd++;
  }
  stuur(b: VanWorker) {
    this.onmessage?.({ data: b });
  }
}

let workers: NepWorker[] = [];
const start = async (): Promise<RegioWorker> => {
  const w = new NepWorker();
  workers.push(w);
  return w as unknown as RegioWorker;
};
const telRegioInWorker: RegioTeller = (bestanden, opties) => telMetWorker(start, bestanden, opties);

const BESTANDEN = [
  { naam: "groningen.xlsx", inhoud: new Blob(["a"]) },
  { naam: "ten-boer.xlsx", inhoud: new Blob(["b"]) },
];
const tick = () => new Promise((r) => setImmediate(r));

beforeEach(() => (workers = []));

describe("Regio tellen in a Web Worker: progress, outcome, Annuleren", () => {
  test("progress per file reaches the pane, then the outcome; the worker is ended", async () => {
    const stappen: string[] = [];
    const uitkomst = telRegioInWorker(BESTANDEN, {
      peildatum: "2020-12-31",
      onVoortgang: (bron, stap) => stappen.push(`${bron}:${stap}`),
    });
    await tick();
    const [w] = workers;
    expect(w.gepost).toEqual([{ bestanden: BESTANDEN, peildatum: "2020-12-31" }]);
    w.stuur({ soort: "voortgang", bron: "groningen.xlsx", stap: "lezen" });
    w.stuur({ soort: "voortgang", bron: "groningen.xlsx", stap: "klaar" });
    const klaar = { ok: false, refusals: [] } as unknown as RegioOutcome;
    w.stuur({ soort: "uitkomst", uitkomst: klaar });
    expect(await uitkomst).toBe(klaar);
    expect(stappen).toEqual(["groningen.xlsx:lezen", "groningen.xlsx:klaar"]);
    expect(w.beeindigd).toBe(1);
  });

  test("Annuleren while it counts: the worker ends at once, the pane hears 'afgebroken', later messages change nothing", async () => {
    const afbreken = new AbortController();
    const stappen: string[] = [];
    const uitkomst = telRegioInWorker(BESTANDEN, {
      peildatum: "2020-12-31",
      signal: afbreken.signal,
      onVoortgang: (bron, stap) => stappen.push(`${bron}:${stap}`),
    });
    await tick();
    const [w] = workers;
    w.stuur({ soort: "voortgang", bron: "groningen.xlsx", stap: "tellen" });
    afbreken.abort();
    w.stuur({ soort: "voortgang", bron: "ten-boer.xlsx", stap: "lezen" });
    const r = await uitkomst;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusals.map((x) => x.code)).toEqual(["afgebroken"]);
    expect(foutTekst(r.refusals[0])).toMatch(/\S/);
    expect(w.beeindigd).toBeGreaterThanOrEqual(1);
    expect(stappen).toEqual(["groningen.xlsx:tellen"]);
  });

  test("a signal already aborted: nothing is posted to the worker", async () => {
    const afbreken = new AbortController();
    afbreken.abort();
    const r = await telRegioInWorker(BESTANDEN, {
      peildatum: "2020-12-31",
      signal: afbreken.signal,
    });
    expect(r.ok).toBe(false);
    expect(workers[0].gepost).toEqual([]);
    expect(workers[0].beeindigd).toBe(1);
  });

  test("the worker breaks: the pane hears its message, the worker is ended", async () => {
    const uitkomst = telRegioInWorker(BESTANDEN, { peildatum: "2020-12-31" });
    await tick();
    workers[0].onerror?.({ message: "" });
    await expect(uitkomst).rejects.toThrow("De rekenhulp van Regie (Web Worker) is gestopt.");
    expect(workers[0].beeindigd).toBe(1);
  });
});
