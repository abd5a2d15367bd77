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

/** The flags this machine needs: no sandbox, no GPU, no background traffic. */
const CHROMIUM_OPTIONS = {
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
};

/**
 * Where a Chromium shared by several processes listens (set by startSharedChromium): the browser
 * test files connect to it instead of each starting a browser of their own.
 */
const SHARED_ENDPOINT = "REGIE_CHROMIUM_WS";

function checkInstalled(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}). Installeer het met: apt-get install -y chromium (.ci/run doet dat zelf).`
    );
}

/**
 * Headless Chromium: the shared one when this process was started beside it, otherwise a browser of
 * its own. Closing a shared one only disconnects this process and closes the contexts it made.
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env[SHARED_ENDPOINT];
  if (endpoint) return chromium.connect(endpoint);
  checkInstalled();
  return chromium.launch(CHROMIUM_OPTIONS);
}

/**
 * Starts one Chromium for the processes this one starts afterwards (Jest's workers inherit the
 * environment), so that each browser test file does not pay for a browser start (about 0.7
 * CPU-seconds on this machine). Returns the function that stops it.
 */
export async function startSharedChromium(): Promise<() => Promise<void>> {
  checkInstalled();
  const server = await chromium.launchServer(CHROMIUM_OPTIONS);
  process.env[SHARED_ENDPOINT] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_ENDPOINT];
    await server.close();
  };
}
