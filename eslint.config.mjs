// ESLint flat config: Next.js's own rules (core web vitals + TypeScript), nothing disabled wholesale.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
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
