// The production build, as deployed: `webpack --mode production --env url=...`, made once for the
// browser tests by test/support/build-once.ts (dist/ is left alone). The rewritten manifest may only
// point at files the build produced.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import webpack from "webpack";
import { readDemoSheets } from "../../src/tools/demo-bladen";
import { MAPS_DIR, BUILD_DIR as out, PUBLIC_URL } from "../support/build-once";
import { allValues, parseXml } from "./xml";

const built = (file: string) => readFileSync(path.join(out, file), "utf8");

describe("production build with --env url", () => {
  test("rewrites every localhost URL in the manifest", () => {
    expect(built("manifest.xml")).not.toMatch(/localhost/i);
  });

  test("points every manifest URL at a file in the output", () => {
    const origin = new URL(PUBLIC_URL).origin;
    const urls = allValues(parseXml(built("manifest.xml")))
      .filter((text) => /^https?:\/\//.test(text))
      .filter(
        (url) =>
          !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/")
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      if (url === origin) continue; // AppDomain
      expect(url.startsWith(PUBLIC_URL)).toBe(true);
      const file = url.slice(PUBLIC_URL.length);
      expect({ url, exists: existsSync(path.join(out, file)) }).toEqual({ url, exists: true });
    }
  });

  test.each([
    ["taskpane.html", "taskpane"],
    ["commands.html", "commands"],
  ])("%s loads Office.js first, then its own content-hashed bundle", (page, entry) => {
    const sources = scriptSources(built(page));
    expect(sources[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const local = sources.slice(1);
    expect(local.every((src) => !/^[a-z]+:/i.test(src))).toBe(true);
    expect(local).toContainEqual(
      expect.stringMatching(new RegExp(`^${entry}\\.[0-9a-f]{8}\\.js$`))
    );
    for (const src of local) expect(existsSync(path.join(out, src))).toBe(true);
  });

  test("copies the help page and the icons", () => {
    for (const file of ["help.html", "assets/icon-16.png", "assets/icon-128.png"]) {
      expect(existsSync(path.join(out, file))).toBe(true);
    }
  });

  test("the site's root leads to the demo, in Dutch, with relative links", () => {
    // The build minifies copied pages: quotes around attribute values may go.
    const index = built("index.html");
    expect(index).toMatch(/<meta http-equiv="?refresh"? content="0; url=taskpane\.html"/);
    expect(index).toMatch(/<html lang="?nl"?>/);
    expect(index).toMatch(/<a href="?taskpane\.html"?>demo/);
    expect(index).toMatch(/<a href="?help\.html"?>handleiding<\/a>/);
  });
});

describe("source maps stay off the web server", () => {
  // dist/ is copied to the intranet as a whole: a map in it would publish the sources.
  test("the output folder holds no source maps and no script points at one", () => {
    const files = filesUnder(out);
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(2);
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".js") || f.endsWith(".html")))
      expect({ file, mapUrl: /sourceMappingURL/.test(built(file)) }).toEqual({
        file,
        mapUrl: false,
      });
  });

  test("every script has its map beside the output folder, for reading stack traces", () => {
    // Microsoft's excel-web-16.00.js is copied for the demo as it is, not built: it has no map of ours.
    const scripts = filesUnder(out).filter(
      (file) => file.endsWith(".js") && file !== "demo/excel-web-16.00.js"
    );
    expect(filesUnder(MAPS_DIR).sort()).toEqual(scripts.map((file) => `${file}.map`).sort());
    for (const file of scripts) {
      const map = JSON.parse(readFileSync(path.join(MAPS_DIR, `${file}.map`), "utf8"));
      expect({ file: map.file, some: map.sources.length > 0 }).toEqual({ file, some: true });
    }
  });
});

describe("the demo workbook is made from ../shared/fixtures at build time", () => {
  test("demo/werkmap.json holds the fixtures' sheets as Regie's reader reads them", async () => {
    const { bladen } = JSON.parse(built("demo/werkmap.json"));
    expect(bladen).toEqual(await readDemoSheets());
    expect(bladen.map((b: { name: string }) => b.name)).toEqual(["Actielijst", "Accounthouders"]);
    const [actielijst, accounthouders] = bladen;
    expect(actielijst.merges).toContain("A5:A18");
    // a date stays a serial, with its format beside it
    expect(accounthouders.values[3][3]).toBe(44209);
    expect(accounthouders.numberFormats.D4).toBe("d-m-yyyy");
  });

  test("without the fixtures the build fails, saying so in Dutch", async () => {
    const { DemoWerkmapPlugin } = require("../../src/tools/demo-fixtures");
    const map = mkdtempSync(path.join(tmpdir(), "regie-demo-"));
    writeFileSync(path.join(map, "leeg.js"), "");
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: "development",
          context: map,
          entry: "./leeg.js",
          output: { path: path.join(map, "uit") },
          plugins: [new DemoWerkmapPlugin(path.join(map, "geen-fixtures"))],
        },
        (error, result) => (error || !result ? reject(error) : resolve(result))
      )
    );
    expect(stats.hasErrors()).toBe(true);
    const fout = stats.toJson({ all: false, errors: true }).errors![0].message;
    expect(fout).toMatch(/de demowerkmap kon niet uit de fixtures worden gemaakt/);
    expect(fout).toMatch(/actielijst-duo-2021\.xlsx, .*accounthouders-duo\.xlsx ontbreken/);
    expect(fout).toMatch(
      /zet de map \.\.\/shared\/fixtures naast deze clone, of geef de map met REGIE_FIXTURES=/
    );
    expect(existsSync(path.join(map, "uit", "demo", "werkmap.json"))).toBe(false);
    // a webpack compile plus a child Node that compiles TypeScript: seconds, more on a busy machine
  }, 60_000);
});

/** Paths of all files under a folder, relative to it, with "/". */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")
    );
}

/** src values of the <script> tags, in document order (minified HTML may leave attributes unquoted). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3]
  );
}
