/** @type {import('jest').Config} */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };

// Two projects: unit tests run on their own; the browser project starts one production build of the
// add-in (globalSetup) that runs beside the unit tests, and its files wait for it before they check
// the build and drive the pane in headless Chromium.
// Jest's 5 s default is too tight for a test that reads a fixture of 4,943 addresses on a 2-core
// machine that runs two test files at once; a hung test still ends, and speed belongs in the bench.
const testTimeout = 30_000;

const BROWSER_TESTS = ["<rootDir>/test/build/build.test.ts", "<rootDir>/test/e2e/**/*.test.ts"];

module.exports = {
  testTimeout,
  // Jest's default on a 2-core machine is one worker, so every file would wait for the one before.
  // Two, not more: the suite keeps both cores busy (measured 99 %), and a third worker only added
  // switching (144 s against 139 s on this machine).
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/support/sequencer.js",
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/build/build.test.ts",
        "<rootDir>/test/e2e/",
      ],
      transform,
      setupFiles: ["<rootDir>/test/support/office-library.ts"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      testMatch: BROWSER_TESTS,
      globalSetup: "<rootDir>/test/support/build-once.ts",
      globalTeardown: "<rootDir>/test/support/stop-build.ts",
      setupFiles: ["<rootDir>/test/support/office-library.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/await-build.ts"],
      transform,
    },
  ],
};
