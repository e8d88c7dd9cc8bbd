// Shared by the db:* command-line scripts: the app's DATABASE_URL (same .env files and validation as Next.js) and a
// runner that prints errors plainly and exits explicitly (the engine and pg can keep Node alive after the work).
import fs from "node:fs";
import { parseEnv } from "../../lib/env-schema.mjs";

/** Loads .env files in Next.js's order (real environment variables win), then validates like the app. */
export function databaseUrlFromEnv() {
  const mode = process.env.NODE_ENV || "development";
  for (const file of [`.env.${mode}.local`, mode === "test" ? null : ".env.local", `.env.${mode}`, ".env"]) {
    if (file && fs.existsSync(file)) process.loadEnvFile(file);
  }
  return parseEnv(process.env).DATABASE_URL;
}

/** Runs `main`, exits 0 on success and 1 with its message on failure (also for engine panics). */
export function run(/** @type {() => Promise<void>} */ main) {
  const fail = (/** @type {any} */ e) => {
    const panic = /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY?.get?.();
    console.error(`error: ${e?.message ?? e}`);
    if (panic && !String(e?.message).includes(panic)) console.error(`schema engine panic: ${panic}`);
    if (process.env.DEBUG_SCHEMA_ENGINE && e?.stack) console.error(e.stack);
    process.exit(1);
  };
  process.on("uncaughtException", fail); // Wasm panics are thrown outside the awaited promise
  main().then(() => process.exit(0), fail);
}
