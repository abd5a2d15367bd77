import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, launchChromium, serveDir } from "../test/support/chromium";
import { mediaan, ROOT } from "./meten";

/** Builds the pane for production, then measures its initial JS (gzipped) and first render in Chromium. */
export async function paneelMeting(): Promise<string> {
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
