import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, launchChromium, serveDir } from "../test/support/chromium";
import { mediaan, ROOT } from "./meten";

let gebouwd: string | undefined;

/** The pane built for production into the bench's temp folder, once per bench run. */
function bouwPaneel(): string {
  if (gebouwd) return gebouwd;
  const dist = join(tmpdir(), "regie-bench", "dist");
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }),
      "--mode",
      "production",
      "--output-path",
      dist,
    ],
    { cwd: ROOT, stdio: "ignore" }
  );
  gebouwd = dist;
  return dist;
}

/** Builds the pane for production, then measures its initial JS (gzipped) and first render in Chromium. */
export async function paneelMeting(): Promise<string> {
  const dist = bouwPaneel();
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const gzipKB =
    scripts.reduce((n, s) => n + gzipSync(readFileSync(join(dist, s))).length, 0) / 1024;
  const regel = `\nTaakvenster: eerste JavaScript ${gzipKB.toFixed(1)} KB gzip (${scripts.length} bestanden)`;
  if (!existsSync(CHROMIUM))
    return `${regel}; eerste weergave niet gemeten: ${CHROMIUM} ontbreekt (apt-get install chromium).`;
  const server = await serveDir(dist);
  const basis = server.url;
  const browser = await launchChromium();
  const tijden: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith(basis) ? route.continue() : route.abort()
    );
    await page.goto(basis + "taskpane.html");
    await page.getByRole("button", { name: "Valideer", exact: true }).waitFor();
    tijden.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  await server.close();
  return `${regel}; eerste weergave in headless Chromium ${mediaan(tijden).toFixed(0)} ms (mediaan van 5, vanaf navigatie tot de knop Valideer).`;
}

/** What the pane showed for the region: the latest complete quarter, per phase and per gemeente. */
export interface PaneelRegio {
  /** The caption of the region's table: "Regio, stand <label> (...)". */
  kop: string;
  perFase: Record<string, string>;
  perGemeente: Record<string, string>;
}

export interface RegioPaneelMeting {
  /** The longest main-thread task (PerformanceObserver 'longtask'); 0 when none reached 50 ms. */
  langsteMs: number;
  aantalLang: number;
  /** From the click on "Regio tellen" until the result is in the page. */
  totaalS: number;
  getoond: PaneelRegio;
}

/**
 * "Gemeenten toevoegen" in the built pane in Chromium: the files chosen in the Mijlpalen tab's
 * section, "Regio tellen" clicked, the result awaited. A PerformanceObserver for 'longtask'
 * (buffered) runs from before the files are chosen until the result shows; returned are the
 * longest task, the time from the click to the result, and the figures the pane shows.
 */
export async function regioPaneelMeting(
  paden: string[],
  peildatum: string
): Promise<RegioPaneelMeting | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} ontbreekt (apt-get install chromium)`;
  const dist = bouwPaneel();
  const server = await serveDir(dist);
  const basis = server.url;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 650 } });
    await page.route("**/*", (route) =>
      route.request().url().startsWith(basis) ? route.continue() : route.abort()
    );
    await page.goto(basis + "taskpane.html");
    await page.getByRole("button", { name: "Valideer", exact: true }).waitFor();
    const paneel = page.getByRole("complementary", { name: "Regie-taakvenster" });
    await paneel.getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
    const sectie = paneel.locator("section", {
      has: page.getByRole("heading", { name: "Gemeenten toevoegen" }),
    });
    const [j, m, d] = peildatum.split("-");
    await paneel.getByRole("textbox", { name: "Peildatum" }).first().fill(`${d}-${m}-${j}`);
    await page.evaluate(() => {
      const w = window as unknown as {
        __taken: [number, number][];
        __start: number;
        __klik: number;
        __klaar: number;
      };
      w.__taken = [];
      w.__start = performance.now();
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__taken.push([e.startTime, e.duration]);
      }).observe({ type: "longtask", buffered: true });
      // The moment of the click and the moment the result is in the page, measured in the page.
      document.addEventListener(
        "click",
        (e) => {
          if ((e.target as Element).closest("button")?.textContent?.includes("Regio tellen"))
            w.__klik = performance.now();
        },
        true
      );
      new MutationObserver((_, o) => {
        if (document.querySelector("[data-regio]")) {
          w.__klaar = performance.now();
          o.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await sectie.locator("input[data-gemeenten]").setInputFiles(paden);
    await sectie.getByRole("list").first().waitFor();
    await sectie.getByRole("button", { name: "Regio tellen" }).click();
    const resultaat = sectie.locator("[data-regio]");
    await resultaat.waitFor({ timeout: 300_000 });
    // Let the observer deliver the last tasks (it reports after the task ends).
    await page.waitForTimeout(500);
    const uit = await page.evaluate(() => {
      const w = window as unknown as {
        __taken: [number, number][];
        __start: number;
        __klik: number;
        __klaar: number;
      };
      const r = document.querySelector("[data-regio]")!;
      const tabellen = [...r.querySelectorAll("table")];
      const rijen = (t: HTMLTableElement | undefined) =>
        Object.fromEntries(
          [...(t?.querySelectorAll("tr") ?? [])].map((tr) => [
            tr.querySelector("th")?.textContent?.trim() ?? "",
            tr.querySelector("td")?.textContent?.trim() ?? "",
          ])
        );
      return {
        // Buffered also gives the tasks of loading the page; counted are those from here on.
        taken: w.__taken.filter(([start]) => start >= w.__start),
        klik: w.__klik,
        klaar: w.__klaar,
        ms: w.__klaar - w.__klik,
        getoond: {
          kop: tabellen[0]?.getAttribute("aria-label") ?? "",
          perFase: rijen(tabellen[0]),
          perGemeente: rijen(tabellen[1]),
        },
      };
    });
    if (process.env.REGIE_BENCH_TAKEN)
      console.error(
        `klik ${uit.klik.toFixed(0)}, uitslag ${uit.klaar.toFixed(0)}, taken:`,
        uit.taken.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(" ")
      );
    const lang = uit.taken.map(([, d]) => d);
    return {
      langsteMs: Math.max(0, ...lang),
      aantalLang: lang.length,
      totaalS: uit.ms / 1000,
      getoond: uit.getoond,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
