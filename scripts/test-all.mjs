// `npm test`: every suite that needs no external service - lint and formatting first, types, unit and integration
// tests (SQLite), then the Playwright end-to-end specs against a production build. It fetches what a bare Debian
// machine lacks (Chromium, dcmtk) when it runs as root, and otherwise says what to install.
import { spawnSync } from "node:child_process";
import findBrowserModule from "./test/find-browser.cjs";
const { findBrowser } = findBrowserModule;
import { ensureDcmtk } from "./test/ensure-dcmtk.mjs";
import { ensureDeliveryTools } from "./test/ensure-delivery-tools.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete env.TEST_DATABASE_URL; // npm test uses SQLite only; .ci/run re-runs the database suites on PostgreSQL

function step(title, cmd, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n=== ${title}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`=== ${title} FAILED after ${secs} s`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${title} passed in ${secs} s`);
}

const bin = (name) => `node_modules/.bin/${name}`;
step("lint (ESLint)", bin("eslint"), ["--max-warnings", "0", "."]);
step("formatting (Prettier)", bin("prettier"), ["--check", "."]);

let browser;
try {
  browser = findBrowser({ install: true });
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${browser}`);
ensureDcmtk();
ensureDeliveryTools();

step("types", bin("tsc"), ["--noEmit"]);
step("unit and integration (SQLite)", bin("vitest"), ["run"]);
step("production build", bin("next"), ["build"]);
step("end-to-end (Playwright)", bin("playwright"), ["test"], { PLAYWRIGHT_CHROMIUM_PATH: browser });
console.log("\nAll suites passed.");
