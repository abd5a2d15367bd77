import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { mediaan, ROOT } from "./meten";

const CHROMIUM = "/usr/bin/chromium";

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
  const server = createServer((req, res) => {
    const pad = resolve(dist, "." + new URL(req.url ?? "/", "http://x").pathname);
    if (!pad.startsWith(dist) || !existsSync(pad) || statSync(pad).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, {
      "content-type": extname(pad) === ".html" ? "text/html" : "text/javascript",
    });
    createReadStream(pad).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const basis = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const tijden: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith(basis) ? route.continue() : route.abort()
    );
    await page.goto(basis + "taskpane.html");
    await page.getByRole("button", { name: "Valideer actielijst" }).waitFor();
    tijden.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  server.close();
  return `${regel}; eerste weergave in headless Chromium ${mediaan(tijden).toFixed(0)} ms (mediaan van 5, vanaf navigatie tot de knop Valideer actielijst).`;
}
