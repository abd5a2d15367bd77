// Lint for `npm run lint` (office-addin-lint picks this file up): the Office add-in rules
// (load before read, no context.sync in loops, isNullObject) on every TypeScript and TSX file.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const [, , addinRules] = officeAddins.configs.recommended;

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  __dirname: "readonly",
  console: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

export default [
  { ignores: ["dist/**", "build/**", "test-artifacts/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  // The plugin's own block covers .ts; TSX components need the same parser and rules.
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    // As office-addin-lint's own default config does: the plugin's parser reference is empty here.
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names itself (and knows Office, Excel, JSX); no-undef only misfires on types.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { varsIgnorePattern: "^_", argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // These tests drive the emulator through Microsoft's library by hand, breaking the rules on purpose.
    files: ["test/excel-stand-in/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])
    ),
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: nodeGlobals, sourceType: "commonjs", ecmaVersion: 2022 },
  },
];
