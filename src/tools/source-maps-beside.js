// Source maps of the production build go beside the output folder, never into it: dist/ is what
// users put on the intranet, and a map there would publish the sources next to the bundle.
//
//   dist/taskpane.1a2b3c4d.js        (no sourceMappingURL comment: devtool "hidden-source-map")
//   dist-maps/taskpane.1a2b3c4d.js.map
//
// The maps folder is `<output path>-maps`, also for `--output-path`, and holds only the last build.
"use strict";

const { Buffer } = require("buffer");
const fs = require("fs");
const path = require("path");

const NAME = "SourceMapsBesidePlugin";

class SourceMapsBesidePlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    /** @type {Map<string, Buffer>} */
    let maps = new Map();
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      maps = new Map();
      compilation.hooks.processAssets.tap(
        // After SourceMapDevToolPlugin (DEV_TOOLING) made the maps of the minified files and the
        // real content hashes (OPTIMIZE_HASH) renamed scripts and maps alike.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          for (const file of Object.keys(assets).filter((f) => f.endsWith(".map"))) {
            maps.set(file, withFile(compilation.getAsset(file).source.buffer(), file));
            compilation.deleteAsset(file);
          }
        }
      );
    });
    compiler.hooks.afterEmit.tapPromise(NAME, async () => {
      const dir = mapsDir(compiler.outputPath);
      await fs.promises.rm(dir, { recursive: true, force: true });
      for (const [file, content] of maps) {
        const target = path.join(dir, file);
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.writeFile(target, content);
      }
    });
  }
}

/**
 * The map's "file" names the script it belongs to; webpack leaves the name from before the real
 * content hash there, so it is set from the map's own name (x.1a2b3c4d.js.map -> x.1a2b3c4d.js).
 */
function withFile(content, mapFile) {
  const map = JSON.parse(content.toString("utf8"));
  map.file = path.posix.basename(mapFile, ".map");
  return Buffer.from(JSON.stringify(map));
}

/** dist -> dist-maps: a sibling of the output folder. */
function mapsDir(outputPath) {
  return `${path.resolve(outputPath)}-maps`;
}

module.exports = { SourceMapsBesidePlugin, mapsDir };
