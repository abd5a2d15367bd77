import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startSharedChromium } from "./chromium";

export const ROOT = resolve(__dirname, "../..");
/** Where the browser tests find the production build (gitignored). */
export const BUILD_DIR = join(ROOT, "test-artifacts", "dist");
/** Where the production build puts its source maps: beside the output folder, never in it. */
export const MAPS_DIR = `${BUILD_DIR}-maps`;
/** The deployment URL the build is made for: the manifest may not mention localhost. */
export const PUBLIC_URL = "https://intranet.example/regie/";
/**
 * Webpack's persistent cache for this build (gitignored, like the build): a second `npm test` on the
 * same sources builds in about 3 s instead of 22, with byte-identical output; a clean clone starts cold.
 */
const WEBPACK_CACHE = join(ROOT, "test-artifacts", "webpack-cache");
/** Written when the build has ended: its exit code and what it printed on stderr. */
const BUILD_STATUS = `${BUILD_DIR}-status.json`;

interface BuildStatus {
  code: number | null;
  signal: string | null;
  stderr: string;
}

/** How globalSetup hands the running build and the shared Chromium to globalTeardown (one process). */
const RUNNING = Symbol.for("regie.test.build");
const STOP_CHROMIUM = Symbol.for("regie.test.chromium");
type WithBuild = typeof globalThis & {
  [RUNNING]?: ChildProcess;
  [STOP_CHROMIUM]?: () => Promise<void>;
};

/**
 * Jest globalSetup of the browser project: starts the one production build all its test files use,
 * and one Chromium they all connect to, and returns without waiting for the build. The unit tests
 * run while webpack works; each browser test file waits for the build in its beforeAll (awaitBuild,
 * through test/support/await-build.ts).
 */
export default async function startBuild(): Promise<void> {
  for (const path of [BUILD_DIR, MAPS_DIR, BUILD_STATUS])
    rmSync(path, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const child = spawn(
    process.execPath,
    [
      webpack,
      "--mode",
      "production",
      "--env",
      `url=${PUBLIC_URL}`,
      "--env",
      `cache=${WEBPACK_CACHE}`,
      "--output-path",
      BUILD_DIR,
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] }
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.on("close", (code, signal) => {
    const status: BuildStatus = { code, signal, stderr };
    writeFileSync(BUILD_STATUS, JSON.stringify(status));
  });
  (globalThis as WithBuild)[RUNNING] = child;
  (globalThis as WithBuild)[STOP_CHROMIUM] = await startSharedChromium();
}

/**
 * Jest globalTeardown of the browser project: the shared Chromium is closed, and a build nobody waited
 * for (all its tests filtered out) is stopped.
 */
export async function stopBuild(): Promise<void> {
  const child = (globalThis as WithBuild)[RUNNING];
  if (child && child.exitCode === null && child.signalCode === null) child.kill();
  await (globalThis as WithBuild)[STOP_CHROMIUM]?.();
}

/** Resolves when the build of startBuild has succeeded; rejects with webpack's own words if it failed. */
export async function awaitBuild(pollMs = 200): Promise<void> {
  while (!existsSync(BUILD_STATUS)) await new Promise((r) => setTimeout(r, pollMs));
  const status = JSON.parse(readFileSync(BUILD_STATUS, "utf8")) as BuildStatus;
  if (status.code !== 0)
    throw new Error(
      `The production build failed (exit ${status.code ?? status.signal}):\n${status.stderr}`
    );
}
