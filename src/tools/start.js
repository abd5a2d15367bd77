#!/usr/bin/env node
// `npm start`: serves Regie on https://localhost:3000 (webpack dev server, in the foreground) and, on
// Windows and macOS, sideloads manifest.xml into Excel with office-addin-debugging. Elsewhere, or when
// sideloading fails, it prints (in Dutch) how to open the demo and how to load Regie in Excel on the web.
// Ctrl-C stops the dev server and, after a sideload, unregisters the add-in again.
//
//   npm start                      as above
//   npm start -- --no-sideload     only the dev server and the instructions
"use strict";

const { spawn } = require("child_process");
const https = require("https");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const BASE_URL = "https://localhost:3000/";
const READY_TIMEOUT_MS = 180_000;
const EXCEL_CAN_EXIST = process.platform === "win32" || process.platform === "darwin";

main().catch((error) => {
  console.error(`Regie kon niet starten: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

async function main() {
  const devServer = startDevServer();
  let sideloaded = false;
  let stopping = false;

  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log("\nRegie stopt...");
    if (devServer.exitCode === null) devServer.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  devServer.on("exit", async (code, signal) => {
    if (sideloaded) await unregister();
    if (stopping) process.exit(0);
    console.error(
      `\nDe ontwikkelserver is gestopt (${signal ?? `code ${code}`}). ` +
        "Is poort 3000 al in gebruik? Stop dan eerst de andere server (bijvoorbeeld met npm stop)."
    );
    process.exit(code || 1);
  });

  if (!(await waitUntilServing(devServer))) return;

  if (EXCEL_CAN_EXIST && !process.argv.includes("--no-sideload")) {
    console.log("\nRegie wordt in Excel geladen (office-addin-debugging)...");
    const failure = await sideload();
    sideloaded = !failure;
    if (sideloaded) {
      console.log("\nRegie is in Excel geladen: tabblad Start, groep Regie. Stoppen: Ctrl-C.");
      return;
    }
    console.log(`\nExcel kon niet automatisch worden gestart: ${failure}`);
  }
  console.log(instructions());
}

/**
 * Registers manifest.xml with desktop Excel and opens it (what `office-addin-debugging start manifest.xml
 * desktop --app excel` does), using the dev server that already runs. Returns a reason on failure.
 * The API is used rather than the CLI because the CLI exits with 0 even when it fails.
 */
async function sideload() {
  try {
    const debugging = require(require.resolve("office-addin-debugging", { paths: [ROOT] }));
    await debugging.startDebugging(MANIFEST, {
      appType: "desktop",
      app: "excel",
      devServerPort: 3000,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function unregister() {
  try {
    const debugging = require(require.resolve("office-addin-debugging", { paths: [ROOT] }));
    await debugging.stopDebugging(MANIFEST);
  } catch (error) {
    console.error(
      `Regie kon niet uit Excel worden afgemeld (${error instanceof Error ? error.message : error}); gebruik npm stop.`
    );
  }
}

function startDevServer() {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  console.log("De ontwikkelserver van Regie start (webpack serve --mode development)...");
  return spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

/** Polls the task pane URL until the dev server answers; false if the server died first. */
async function waitUntilServing(child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (child.exitCode === null && Date.now() < deadline) {
    if (await answers(`${BASE_URL}taskpane.html`)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (child.exitCode === null) {
    console.log(
      `\nDe ontwikkelserver antwoordt nog niet op ${BASE_URL}; de aanwijzingen volgen toch.`
    );
    return true;
  }
  return false;
}

function answers(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

function instructions() {
  return [
    "",
    `Regie draait op ${BASE_URL}`,
    "",
    "Demo in de browser (zonder Excel):",
    `  Open ${BASE_URL}taskpane.html en accepteer het certificaat als de browser daarom vraagt`,
    "  (de ontwikkelserver gebruikt een zelfondertekend certificaat). Zonder Excel start Regie in demomodus.",
    "",
    "In Excel op het web:",
    `  1. Open eerst ${BASE_URL}taskpane.html in dezelfde browser en accepteer het certificaat.`,
    "  2. Open een werkmap in Excel op het web.",
    "  3. Kies Start > Invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden.",
    `  4. Kies het bestand ${MANIFEST} en klik op Uploaden.`,
    "  Regie staat daarna op het tabblad Start, in de groep Regie.",
    "",
    `Hulp: ${BASE_URL}help.html`,
    "Stoppen: Ctrl-C",
    "",
  ].join("\n");
}
