// @ts-check
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { guardRails } from "./lint-rules/guard-rails.js";

const coreMessage =
  "packages/core is the pure domain: no I/O, no framework, no clock (see STYLE.md). Pass time and ids in; do I/O in packages/server.";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      ".test-artifacts/**",
      "coverage/**",
      // Planted violations: linted only by lint-rules/guard-rails.test.ts, which expects errors.
      "lint-rules/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["packages/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "crypto", "http", "os", "child_process"],
              message: coreMessage,
            },
            {
              group: ["@painplan/server", "@painplan/web", "**/server/**", "**/web/**"],
              message: coreMessage,
            },
            {
              group: [
                "fastify",
                "@fastify/*",
                "kysely",
                "pg",
                "better-sqlite3",
                "react",
                "react-*",
              ],
              message: coreMessage,
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: coreMessage },
        { object: "Math", property: "random", message: coreMessage },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: coreMessage },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: coreMessage },
        { name: "process", message: coreMessage },
      ],
    },
  },
  {
    files: ["packages/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@painplan/web", "**/web/**"],
              message: "The server never imports the web app.",
            },
          ],
        },
      ],
      "no-console": ["error"],
    },
  },
  {
    files: ["packages/web/**/*.{ts,tsx}"],
    // Build configuration (vite.config.ts, vite-precompress.ts) runs in Node, not the browser.
    ignores: ["packages/web/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The web app runs in the browser." },
            {
              group: ["@painplan/server", "**/server/**"],
              message:
                "The web app talks to the server over HTTP only; share code through @painplan/core.",
            },
          ],
        },
      ],
    },
  },
  // The layer rules of CONTRIBUTING ("The shape of an area"), for the real tree and for the
  // planted violations that prove each rule fires (lint-rules/guard-rails.test.ts).
  {
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
  },
  ...guardRails({ root: "packages", basePath: import.meta.dirname }),
  ...guardRails({ root: "lint-rules/fixtures/packages", basePath: import.meta.dirname }),
);
