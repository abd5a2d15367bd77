import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
/** Where the browser tests find the production build (gitignored). */
export const BUILD_DIR = join(ROOT, "test-artifacts", "dist");
/** Where the production build puts its source maps: beside the output folder, never in it. */
export const MAPS_DIR = `${BUILD_DIR}-maps`;
/** The deployment URL the build is made for: the manifest may not mention localhost. */
export const PUBLIC_URL = "https://intranet.example/regie/";

/** Jest globalSetup of the browser project: one production build for all its test files. */
export default function buildOnce(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  rmSync(MAPS_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(
    process.execPath,
    [webpack, "--mode", "production", "--env", `url=${PUBLIC_URL}`, "--output-path", BUILD_DIR],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    }
  );
}
