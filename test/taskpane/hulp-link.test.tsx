import type { Regie } from "../../src/app/regie";
import { App } from "../../src/taskpane/App";
import { T } from "../../src/taskpane/texts";
import { html } from "../support/ssr";

/** A Regie for a first render: today's date, and every other call a promise that never settles. */
const regie = new Proxy({} as Regie, {
  get: (_doel, naam) =>
    naam === "modus"
      ? "excel"
      : naam === "vandaag"
        ? () => "2021-02-24"
        : () => new Promise(() => undefined),
});

describe("the pane links to the user's manual", () => {
  // The result panel scrolls with useLayoutEffect, which React warns about on the server only.
  beforeEach(() => {
    const fout = console.error;
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) fout(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  test("a Hulp link at the foot of the pane opens help.html at the open tab, in a new window", () => {
    const uit = html(<App regie={regie} />);
    const link = /<a\b[^>]*>([^<]*)<\/a>/.exec(uit.slice(uit.indexOf("<footer")));
    expect(link?.[1]).toBe(T.hulp.link);
    expect(link?.[0]).toContain('href="help.html#actielijst"');
    expect(link?.[0]).toContain('target="_blank"');
    expect(link?.[0]).toContain('rel="noopener"');
    expect(link?.[0]).toContain(`title="${T.hulp.titel}"`);
  });
});
