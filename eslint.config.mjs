// ESLint flat config: Next.js's own rules (core web vitals + TypeScript), nothing disabled wholesale.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // `_name` marks a value left out on purpose (a destructured field dropped from a copy, an unused parameter).
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // CommonJS files (a worker bootstrap, a helper Playwright's CommonJS config loads) import with require(): that is
    // the module system they are written in, not a style choice.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "generated/**",
    "next-env.d.ts",
    "public/dicom-codecs/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "fuzz-failures/**",
  ]),
]);
