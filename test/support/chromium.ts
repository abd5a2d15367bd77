import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium and a static server: what the browser tests and the bench (bench/paneel.ts) both
 * need, kept in one place so that they launch and serve alike. No jest here: the bench imports it.
 */
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
  ".map": "application/json",
  ".txt": "text/plain",
};

/** Serves a folder on a free localhost port, as any static web server would. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = resolve(
      root,
      "." + decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)
    );
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Headless Chromium with the flags this machine needs (no sandbox, no GPU, no background traffic). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}). Installeer het met: apt-get install -y chromium (.ci/run doet dat zelf).`
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}
