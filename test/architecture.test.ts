import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// The layers of DESIGN.md, checked on the sources: who may import whom, and who may touch what.
const SRC = resolve(__dirname, "../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every import of a file: relative ones resolved to a layer folder ("core", "app", ...), packages by name. */
function imports(file: string): { layers: string[]; packages: string[] } {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const layers = specs
    .filter((s) => s.startsWith("."))
    .map((s) => relative(SRC, resolve(dirname(file), s)).split(/[\\/]/)[0]);
  const packages = specs.filter((s) => !s.startsWith("."));
  return { layers, packages };
}

/** The code without comments, which may well mention Office.js. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
}

const layer = (file: string) => relative(SRC, file).split(/[\\/]/)[0];
const named = (files: string[]) => files.map((f) => [relative(SRC, f), f]);
const all = sources(SRC);
const inLayer = (name: string) => all.filter((f) => layer(f) === name);

const CLOCK = /\bDate\.now\b|\bnew\s+Date\s*\(\s*\)|\bperformance\.now\b/;
const OFFICE = /\b(Office|Excel)\.[A-Za-z]/;
const DOM = /\b(window|document|localStorage)\./;

describe("src/core is pure: grids in, findings out", () => {
  test.each(named(inLayer("core")))("%s", (_name, file) => {
    const text = code(file);
    expect(text).not.toMatch(CLOCK);
    expect(text).not.toMatch(OFFICE);
    expect(text).not.toMatch(DOM);
    const { layers, packages } = imports(file);
    expect(layers.filter((l) => l !== "core")).toEqual([]);
    expect(
      packages.filter((p) => !["zod", "chrono-node", "date-fns", "fastest-levenshtein"].includes(p))
    ).toEqual([]);
  });
});

describe("src/app uses the core and the port, never a host or the UI", () => {
  test.each(named(inLayer("app")))("%s", (_name, file) => {
    expect(code(file)).not.toMatch(OFFICE);
    expect(imports(file).layers.filter((l) => l !== "core" && l !== "app")).toEqual([]);
  });
});

describe("task pane components never touch Office.js or a host adapter", () => {
  // index.tsx and start.ts (its Excel-or-demo choice) wire the host in; the demo shell wires the Excel
  // stand-in in. Components get use-cases only.
  const composition = [
    "taskpane/index.tsx",
    "taskpane/start.ts",
    "taskpane/demo/DemoShell.tsx",
    "taskpane/demo/demo-werkmap.ts",
  ];
  const components = inLayer("taskpane").filter((f) => !composition.includes(relative(SRC, f)));
  test.each(named(components))("%s", (_name, file) => {
    expect(code(file)).not.toMatch(OFFICE);
    expect(imports(file).layers.filter((l) => l === "host" || l === "cli")).toEqual([]);
  });
});

describe("hosts do not reach up into the UI or the CLI", () => {
  test.each(named(inLayer("host")))("%s", (_name, file) => {
    expect(
      imports(file).layers.filter((l) => l === "taskpane" || l === "cli" || l === "commands")
    ).toEqual([]);
  });
});

describe("the Excel stand-in (tests, bench, demo) stays apart from production", () => {
  const standIn = inLayer("excel-stand-in");

  test("it is plain TypeScript: it runs in the browser demo", () => {
    // node-library.ts and node-office.ts are the Node-only files: they load Microsoft's library in a
    // vm for tests and the bench (the demo loads the same file with a script tag); nothing else in src
    // may import them.
    const loaders = ["excel-stand-in/node-library.ts", "excel-stand-in/node-office.ts"];
    const node = standIn
      .filter((f) => !loaders.includes(relative(SRC, f)))
      .filter((f) => /from\s+["'](node:|fs|path|os|buffer)/.test(readFileSync(f, "utf8")));
    expect(node.map((f) => relative(SRC, f))).toEqual([]);
    expect(
      all.filter((f) => /node-(library|office)/.test(code(f))).map((f) => relative(SRC, f))
    ).toEqual([]);
  });

  test("only the demo's composition files import it; no production layer does", () => {
    const demo = ["taskpane/demo/DemoShell.tsx", "taskpane/demo/demo-werkmap.ts"];
    const importers = all
      .filter((f) => layer(f) !== "excel-stand-in")
      .filter((f) => imports(f).layers.includes("excel-stand-in"))
      .map((f) => relative(SRC, f));
    expect(importers.sort()).toEqual(demo.sort());
  });

  test("it uses only the core's plain helpers and the byte counter, never an adapter", () => {
    const reached = new Set(standIn.flatMap((f) => imports(f).layers));
    expect([...reached].filter((l) => !["excel-stand-in", "core", "host"].includes(l))).toEqual([]);
    const hostFiles = standIn.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/from\s+["'](\.\.\/host\/[^"']+)["']/g)].map((m) => m[1])
    );
    expect([...new Set(hostFiles)]).toEqual(["../host/json-bytes"]);
  });
});
