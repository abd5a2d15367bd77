import { existsSync, mkdirSync, createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { BUILD_DIR, ROOT } from "./build-once";

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");

/** The only request allowed to leave localhost: Office.js from Microsoft's CDN, which every add-in page loads. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
  ".map": "application/json",
  ".txt": "text/plain",
};

/** Serves the production build on a free localhost port, as any static web server would. */
export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = resolve(
      BUILD_DIR,
      "." + decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)
    );
    if (!path.startsWith(BUILD_DIR) || !existsSync(path) || statSync(path).isDirectory()) {
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

export interface PaneSession {
  page: Page;
  /** Requests that tried to leave localhost (Office.js excepted): must stay empty. */
  buitenaf: string[];
  paginaFouten: string[];
}

/**
 * Opens the built pane in a plain browser page, which is demo mode. Office.js is refused, as on a
 * machine without network; any other request leaving localhost is recorded and refused.
 */
export async function openPane(
  browser: Browser,
  base: string,
  viewport = { width: 1280, height: 900 }
): Promise<PaneSession> {
  const page = await browser.newPage({ viewport });
  const buitenaf: string[] = [];
  const paginaFouten: string[] = [];
  page.on("pageerror", (e) => paginaFouten.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url !== OFFICE_JS) buitenaf.push(url);
    return route.abort();
  });
  await page.goto(base + "taskpane.html");
  await page.getByRole("button", { name: "Valideer actielijst" }).waitFor();
  return { page, buitenaf, paginaFouten };
}

/** The task pane within the demo page (the grid beside it has tabs of its own). */
export function pane(page: Page) {
  return page.getByRole("complementary", { name: "Regie-taakvenster" });
}

export async function screenshot(page: Page, naam: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: false });
}

/** The demo grid's fill of a cell, as the page shows it ("" for none). */
export async function celVulling(page: Page, cel: string): Promise<string> {
  return (await page.locator(`td[data-cell="${cel}"]`).getAttribute("data-fill")) ?? "";
}
