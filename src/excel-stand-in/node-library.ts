import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { OfficeLibrary } from "./library";

/**
 * Loads Microsoft's Excel on the web client library (@microsoft/office-js, dist/excel-web-16.00.js) in
 * Node: a vm context with the few globals it touches. Node only (tests, bench); the browser demo loads
 * the same file with a script tag.
 */
export function loadNodeOfficeLibrary(
  file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js")
): OfficeLibrary {
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: "node" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(file, "utf8"), sandbox, { filename: "excel-web-16.00.js" });
  return sandbox as unknown as OfficeLibrary;
}
