import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const DATES = join(__dirname, "../../../src/core/dates");

// The core never reads the clock: the peildatum is always passed in.
const CLOCK_READS: [string, RegExp][] = [
  ["Date.now", /\bDate\.now\b/],
  ["new Date() without arguments", /\bnew\s+Date\s*\(\s*\)/],
  ["new Date without parentheses", /\bnew\s+Date\b(?!\s*\()/],
  ["performance.now", /\bperformance\.now\b/],
];

// Nor does it touch Office, the DOM or Node.
const HOST_REFERENCES: [string, RegExp][] = [
  ["Office.js", /\b(Office|Excel)\./],
  ["the DOM", /\b(window|document)\./],
  ["Node modules", /from\s+["'](fs|path|os|node:[a-z]+)["']/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const files = sourceFiles(DATES);

test("there are sources to check", () => {
  expect(files.length).toBeGreaterThan(5);
});

describe.each([...CLOCK_READS, ...HOST_REFERENCES])("no %s in src/core/dates", (_name, pattern) => {
  test.each(files.map((file) => [file.slice(DATES.length + 1), file]))("%s", (_short, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(pattern);
  });
});
