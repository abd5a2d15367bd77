import type { Browser } from "playwright-core";
import { launchChromium, openPane, serveBuild, type PaneSession } from "./browser";

/**
 * One demo pane per test file: the built add-in served on localhost, opened in headless Chromium.
 * Call at the top of a describe; the returned getter gives the live session in each test.
 */
export function demoSessie(viewport?: { width: number; height: number }): () => PaneSession {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  let sessie: PaneSession | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
    sessie = await openPane(browser, server.url, viewport);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!sessie) throw new Error("demo-sessie niet gestart");
    return sessie;
  };
}
