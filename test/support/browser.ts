import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BUILD_DIR, ROOT } from "./build-once";
import { launchChromium, serveDir } from "./chromium";

export const SCREENSHOTS = join(ROOT, "test-artifacts", "screenshots");

/** The only request allowed to leave localhost: Office.js from Microsoft's CDN, which every add-in page loads. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export { CHROMIUM, launchChromium } from "./chromium";

/** Serves the production build on a free localhost port. */
export const serveBuild = () => serveDir(BUILD_DIR);

type Viewport = { width: number; height: number };
type ColorScheme = "light" | "dark";

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
  browser: Browser | BrowserContext,
  base: string,
  viewport?: Viewport,
  colorScheme?: ColorScheme
): Promise<PaneSession> {
  const page = await browser.newPage();
  const session: PaneSession = { page, buitenaf: [], paginaFouten: [] };
  page.on("pageerror", (e) => session.paginaFouten.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url !== OFFICE_JS) session.buitenaf.push(url);
    return route.abort();
  });
  return loadPane(session, base, viewport, colorScheme);
}

/**
 * Loads the pane in the session's page at that size and colour scheme: for a page that served an
 * earlier test, a new document, so a new demo workbook, a new React tree and a new JavaScript heap, in
 * the renderer process the page already has (measured here: 0.7 CPU-seconds a pane instead of 1.1 for
 * a new page). The page's route and listener report into the session's lists, emptied here.
 */
async function loadPane(
  session: PaneSession,
  base: string,
  viewport: Viewport = { width: 1280, height: 900 },
  colorScheme: ColorScheme = "light"
): Promise<PaneSession> {
  session.buitenaf.length = 0;
  session.paginaFouten.length = 0;
  await session.page.setViewportSize(viewport);
  await session.page.emulateMedia({ colorScheme });
  await session.page.goto(base + "taskpane.html");
  await session.page.getByRole("button", { name: "Valideer", exact: true }).waitFor();
  return session;
}

/**
 * A browser (the Chromium all browser test files share, see build-once.ts) and one server of the
 * built pane for the test file (or describe) that calls it, set up in beforeAll and closed in
 * afterAll; `open` gives each test a fresh pane: a freshly loaded document, so a new demo workbook
 * and a new React tree. The pages share one browser context, and so
 * its HTTP and code cache (each page would otherwise fetch and compile the bundles and Excel's 1.4 MB
 * library anew); the pane keeps nothing in the context's or the page's storage (no localStorage,
 * sessionStorage, cookies or IndexedDB in src/), so nothing else passes from one test to the next.
 * After each test, a page error or a request that tried to leave localhost fails it, in every file
 * that uses this; then its first pane is kept to be loaded anew by the next test and the others are
 * closed. Tests leave closing to this.
 */
export function gebouwdTaakvenster() {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  /** The panes the running test opened: after it, each must have stayed clean. */
  const opened: PaneSession[] = [];
  /** The page the previous test left, for the next test's pane. */
  let spare: PaneSession | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterEach(async () => {
    const sessions = opened.splice(0);
    const errors = sessions.flatMap((s) => s.paginaFouten);
    const outside = sessions.flatMap((s) => s.buitenaf);
    const open = sessions.filter((s) => !s.page.isClosed());
    spare = open.shift();
    for (const s of open) await s.page.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: async (viewport?: Viewport, colorScheme?: ColorScheme) => {
      const reuse = spare;
      spare = undefined;
      // A page the previous test broke (crashed, or stuck) is replaced, so one failure stays one.
      const session = await (reuse
        ? loadPane(reuse, server!.url, viewport, colorScheme).catch(async () => {
            await reuse.page.close().catch(() => undefined);
            return openPane(context!, server!.url, viewport, colorScheme);
          })
        : openPane(context!, server!.url, viewport, colorScheme));
      opened.push(session);
      return session;
    },
    url: () => server!.url,
  };
}

/** The task pane's own width in Excel: where behaviour that does not depend on the width is checked. */
export const TAAKVENSTER_BREEDTE = 350;

/**
 * Inside a describe.each over widths: a `test` that is registered only in the describe of the task
 * pane's own width. For behaviour the width cannot change; what the layout decides (overflow,
 * positions, scrolling, screenshots) stays a plain `test`, at every width.
 */
export function gedragsTest(breedte: number) {
  return (titel: string, fn: () => Promise<void>): void => {
    if (breedte === TAAKVENSTER_BREEDTE) test(titel, fn);
  };
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
