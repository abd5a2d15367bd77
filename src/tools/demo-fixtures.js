// The browser demo's workbook, made from the shared fixtures at build time: webpack runs this file
// (DemoWerkmapPlugin) and puts its output in the build as demo/werkmap.json, which the demo loads.
// Nothing of it is committed: the fixtures are the one source of the demo's sheets.
//
//   node src/tools/demo-fixtures.js [FIXTURES-MAP]    prints the JSON (what the build emits)
//
// The sheets are read by Regie's own xlsx reader (src/tools/demo-bladen.ts, TypeScript compiled on
// the fly in a child process), so values, merges, dates (as serials) and sheet names are the file's.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const NAME = "DemoWerkmapPlugin";
/** Where the demo finds its workbook in the build (demo-werkmap.ts fetches it). */
const ASSET = "demo/werkmap.json";
/** ../shared/fixtures beside the repository, or where REGIE_FIXTURES points. */
const FIXTURES = process.env.REGIE_FIXTURES
  ? path.resolve(process.env.REGIE_FIXTURES)
  : path.resolve(__dirname, "../../../shared/fixtures");

/** Lets Node require the repo's TypeScript sources (type-only imports vanish, as in the build). */
function registerTypeScript() {
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    module._compile(outputText, filename);
  };
}

/** The demo's sheets as JSON text, read in a child process (the build's own process stays clean). */
function demoWerkmapJson(fixtures = FIXTURES) {
  try {
    return execFileSync(process.execPath, [module.filename, fixtures], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const reden = String(error.stderr || error.message).trim();
    throw new Error(
      `Regie-demo: de demowerkmap kon niet uit de fixtures worden gemaakt.\n${reden}`
    );
  }
}

/** The fixture files the demo is made of, with their modification times: a rebuild rereads on change. */
function stempel(fixtures) {
  try {
    return fs
      .readdirSync(fixtures)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => `${f}@${fs.statSync(path.join(fixtures, f)).mtimeMs}`)
      .join("|");
  } catch {
    return "";
  }
}

class DemoWerkmapPlugin {
  constructor(fixtures = FIXTURES) {
    this.fixtures = fixtures;
    this.cache = null;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // the dev server rebuilds when a fixture changes (or appears)
          compilation.contextDependencies.add(this.fixtures);
          const sleutel = stempel(this.fixtures);
          if (!this.cache || this.cache.sleutel !== sleutel || !sleutel) {
            try {
              this.cache = { sleutel, json: demoWerkmapJson(this.fixtures) };
            } catch (error) {
              this.cache = null;
              compilation.errors.push(new compiler.webpack.WebpackError(error.message));
              return;
            }
          }
          compilation.emitAsset(ASSET, new sources.RawSource(this.cache.json));
        }
      );
    });
  }
}

module.exports = { DemoWerkmapPlugin, DEMO_WERKMAP_ASSET: ASSET };

if (require.main === module) {
  registerTypeScript();
  const { readDemoSheets } = require("./demo-bladen.ts");
  readDemoSheets(process.argv[2] ? path.resolve(process.argv[2]) : FIXTURES).then(
    (bladen) => process.stdout.write(JSON.stringify({ bladen })),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  );
}
