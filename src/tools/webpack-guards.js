// Build guards for webpack.config.js (plain CommonJS: webpack loads it without a build step).
//
// - GzipBudgetPlugin: the initial JavaScript of an entry point, gzipped, must stay under a budget.
//   webpack's own `performance` hints only know raw sizes; this measures what the browser downloads.
// - ForbiddenModulesPlugin: packages that belong to the CLI (exceljs, commander, ...) must never end up in
//   a browser bundle; webpack would happily bundle exceljs' browser build (about 1 MB) otherwise.
"use strict";

const path = require("path");
const zlib = require("zlib");

const KB = 1024;

class GzipBudgetPlugin {
  /** @param {{ entry: string, maxKb: number, asError?: boolean }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    const { entry, maxKb, asError = true } = this.options;
    compiler.hooks.thisCompilation.tap("GzipBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GzipBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
          const bytes = files.reduce((sum, file) => sum + gzipSize(compilation.getAsset(file)), 0);
          const summary = `${entry}: initial JS ${(bytes / KB).toFixed(1)} KB gzipped (budget ${maxKb} KB)`;
          compilation.getLogger("GzipBudgetPlugin").info(summary);
          if (bytes > maxKb * KB) {
            const error = new WebpackError(`${summary}: over budget. Files: ${files.join(", ")}`);
            (asError ? compilation.errors : compilation.warnings).push(error);
          }
        }
      );
    });
  }
}

function gzipSize(asset) {
  if (!asset) return 0;
  return zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
}

class ForbiddenModulesPlugin {
  /**
   * @param {{ packages: string[], lazyOnly?: string[] }} options `lazyOnly`: packages allowed in a
   * chunk loaded on demand (a dynamic import), never in what an entry point loads at once.
   */
  constructor(options) {
    this.packages = options.packages;
    this.lazyOnly = options.lazyOnly ?? [];
  }

  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ForbiddenModulesPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("ForbiddenModulesPlugin", (modules) => {
        const found = new Set();
        for (const module of modules) {
          const name = packageOf(module.resource);
          if (name && this.packages.includes(name) && !this.lazyOnly.includes(name))
            found.add(name);
        }
        for (const name of found) {
          compilation.errors.push(
            new WebpackError(
              `"${name}" was pulled into a browser bundle. It belongs to the CLI/Node side ` +
                `(src/host/xlsx, src/cli); import it only from there, never from src/taskpane or src/commands.`
            )
          );
        }
      });
    });
    compiler.hooks.thisCompilation.tap("ForbiddenModulesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "ForbiddenModulesPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          for (const [entry, entrypoint] of compilation.entrypoints)
            for (const chunk of entrypoint.chunks)
              for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk))
                for (const inner of module.modules ?? [module]) {
                  const name = packageOf(inner.resource);
                  if (name && this.lazyOnly.includes(name))
                    compilation.errors.push(
                      new WebpackError(
                        `"${name}" is in the initial chunks of "${entry}". It may only be loaded on demand, ` +
                          `through a dynamic import (as src/host/file-opener.ts loads the file reader).`
                      )
                    );
                }
        }
      );
    });
  }
}

/** "…/node_modules/@scope/name/…" -> "@scope/name"; undefined for project files. */
function packageOf(resource) {
  if (typeof resource !== "string") return undefined;
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = resource.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = resource.slice(at + marker.length).split(path.sep);
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

module.exports = { GzipBudgetPlugin, ForbiddenModulesPlugin };
