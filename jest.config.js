/** @type {import('jest').Config} */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };

// Two projects: unit tests run on their own; the browser project first builds the add-in once
// (globalSetup) and then checks the build and drives the pane in headless Chromium.
const BROWSER_TESTS = ["<rootDir>/test/build/build.test.ts", "<rootDir>/test/e2e/**/*.test.ts"];

module.exports = {
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
      setupFiles: ["<rootDir>/test/support/office-library.ts"],
      transform,
    },
  ],
};
