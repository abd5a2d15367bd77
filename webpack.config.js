// Regie: webpack build of the Excel add-in (task pane + function file + static pages).
//
//   npm run build                                   production build into dist/, URLs stay https://localhost:3000/;
//                                                   its source maps go to dist-maps/, not into dist/
//   npm run build -- --env url=https://HOST/PATH/   same, with every manifest URL rewritten to that prefix
//   npm run build -- --output-path /tmp/out         another output folder (the build test uses this)
//   npm run build -- --env cache=DIR                webpack's persistent cache in DIR (the build test uses one)
//   npm run dev-server                              https://localhost:3000 with live reload
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ForbiddenModulesPlugin, GzipBudgetPlugin } = require("./src/tools/webpack-guards");
const { SourceMapsBesidePlugin } = require("./src/tools/source-maps-beside");
const { DemoWerkmapPlugin } = require("./src/tools/demo-fixtures");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const PANE_BUDGET_KB = 300; // initial JS of the task pane, gzipped
/** Allowed in the browser only in chunks loaded on demand (the file reader of "Verschil"). */
const LAZY_PACKAGES = ["jszip"];
const NODE_ONLY_PACKAGES = [
  "exceljs",
  "commander",
  "playwright-core",
  "jszip",
  "archiver",
  "unzipper",
];

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const publicUrl = parsePublicUrl(env.url);
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: dev ? "development" : "production",
    target: "web",
    // `--env cache=DIR`: webpack's own persistent cache in DIR (the browser tests' build uses one in
    // test-artifacts/); it is invalidated by any change to the sources, the lockfile or this file.
    cache: env.cache
      ? {
          type: "filesystem",
          cacheDirectory: path.resolve(env.cache),
          buildDependencies: { config: [__filename] },
        }
      : undefined,
    // Production: maps without a sourceMappingURL comment, moved out of dist/ by SourceMapsBesidePlugin.
    devtool: dev ? "eval-cheap-module-source-map" : "hidden-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto", // relative script URLs: the site works under any base path
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // Allows `import "./x.js"` for a TypeScript file, should anyone write node16-style imports.
      // `import("./start-worker.mjs")` is the .mts file that starts the regional count's worker.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] },
    },
    module: {
      rules: [
        {
          test: /\.(m?ts|tsx)$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // `npm test` type-checks; the bundle only needs JavaScript
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Packages in content-hashed chunks the browser can cache across releases, named after the
      // entries that load them (vendors-taskpane, vendors-commands~taskpane); the function file does
      // not load the pane's React and Fluent UI.
      splitChunks: dev
        ? false
        : {
            chunks: "all",
            cacheGroups: {
              defaultVendors: {
                test: /[\\/]node_modules[\\/]/,
                priority: -10,
                reuseExistingChunk: true,
                name: (_module, chunks) =>
                  `vendors-${chunks
                    .map((chunk) => chunk.name)
                    .sort()
                    .join("~")}`,
              },
            },
          },
    },
    performance: {
      // Raw-size hints as a first warning; GzipBudgetPlugin enforces the real (gzipped) budget.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer", // runs after the plain office.js <script> in the template
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        inject: "head",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The root of the server or site leads to the demo (the dev server would answer 404).
          { from: "src/index.html", to: "index.html" },
          { from: "src/commands/resultaat.html", to: "resultaat.html" },
          // The demo outside Excel runs on Microsoft's own Excel on the web library.
          {
            from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
            to: "demo/excel-web-16.00.js",
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString("utf8"), publicUrl),
          },
        ],
      }),
      // The demo's workbook, read from ../shared/fixtures at build time (demo/werkmap.json): the
      // build fails, in Dutch, when the fixtures are missing.
      new DemoWerkmapPlugin(),
      // The file reader (src/host/xlsx, with JSZip) is loaded only when the user picks a file to
      // compare with; its Node-only unpacking is swapped for the browser's.
      new ForbiddenModulesPlugin({ packages: NODE_ONLY_PACKAGES, lazyOnly: LAZY_PACKAGES }),
      new (require("webpack").NormalModuleReplacementPlugin)(/^\.\/entry-text$/, (resource) => {
        if (/[\\/]src[\\/]host[\\/]xlsx$/.test(resource.context))
          resource.request = "./entry-text.browser";
      }),
      ...(dev
        ? []
        : [
            new GzipBudgetPlugin({ entry: "taskpane", maxKb: PANE_BUDGET_KB }),
            new SourceMapsBesidePlugin(),
          ]),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server: serving ? await httpsServer() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything (pages, assets, manifest) comes from the compilation
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

/** `--env url=...` -> normalised URL string, or null to keep https://localhost:3000/. */
function parsePublicUrl(value) {
  if (value === undefined || value === true || value === "") return null;
  const text = String(value);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--env url=${text}: not a URL. Expected e.g. --env url=https://intranet.example/regie/`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`--env url=${text}: Office add-ins must be served over https.`);
  }
  if (!text.endsWith("/") || url.search || url.hash) {
    throw new Error(
      `--env url=${text}: the URL must end with "/" and have no query or fragment, ` +
        `e.g. --env url=https://intranet.example/regie/`
    );
  }
  return text;
}

/**
 * Replaces every https://localhost:3000/ prefix; bare origins (AppDomain) get the new origin.
 * Comments (developer notes) are dropped from a rewritten manifest.
 */
function rewriteManifest(xml, publicUrl) {
  if (!publicUrl) return xml;
  const origin = new URL(publicUrl).origin;
  return xml
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, "")
    .split(DEV_URL)
    .join(publicUrl)
    .split(DEV_URL.slice(0, -1))
    .join(origin);
}

/**
 * Trusted certificates from office-addin-dev-certs where they can be had without surprises:
 * on Windows and macOS (where Excel desktop needs them) it creates and installs them if needed;
 * elsewhere it only uses certificates that already exist (`npx office-addin-dev-certs install`),
 * since installing would run sudo. Otherwise webpack-dev-server's own self-signed certificate.
 */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    if (process.platform === "win32" || process.platform === "darwin") {
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca, key, cert } };
    }
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.key", "localhost.crt"].map((name) => path.join(dir, name));
    if (files.every((file) => fs.existsSync(file))) {
      const [ca, key, cert] = files.map((file) => fs.readFileSync(file));
      return { type: "https", options: { ca, key, cert } };
    }
  } catch (error) {
    console.warn(
      `office-addin-dev-certs: ${error.message}\nFalling back to a self-signed certificate.`
    );
  }
  return "https";
}
