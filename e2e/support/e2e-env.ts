// The environment of the app under end-to-end test. By default Playwright starts it (playwright.config.ts): its own
// SQLite database and data folder, so tests never touch the demo's data. With E2E_TOPOLOGY=1 the specs run against
// the production-like topology `npm run topology:up` started (nginx, two instances, PostgreSQL, Redis, S3), and
// everything here comes from its state file. CLIs and extra instances the specs start get the same variables.
import path from "node:path";
import { readTopologyState } from "../../scripts/topology/state";
import { E2E_AUTH_SECRET, E2E_MIN_FILL_MS, E2E_STRIPE_WEBHOOK_SECRET, e2eAppEnv } from "./e2e-app-env";

export { E2E_AUTH_SECRET, E2E_MIN_FILL_MS, E2E_STRIPE_WEBHOOK_SECRET };

const root = path.resolve(__dirname, "../..");
const topology = process.env.E2E_TOPOLOGY === "1" ? readTopologyState() : null;
export const E2E_TOPOLOGY = topology;

export const E2E_PORT = topology?.port ?? Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = topology?.baseUrl ?? `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = topology?.env.DATA_DIR ?? path.join(root, ".data", "e2e");
// The local SMTP sink (e2e/support/smtp-sink.mjs): the app sends real SMTP to it, specs read the mail over HTTP.
export const E2E_SMTP_PORT = topology?.smtpPort ?? Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_SMTP_HTTP_PORT = topology?.smtpHttpPort ?? Number(process.env.E2E_SMTP_HTTP_PORT ?? 3126);
export const E2E_MAILBOX_URL = `http://127.0.0.1:${E2E_SMTP_HTTP_PORT}`;
// The local Stripe API double (lib/testing/stripe-double.mjs): the app's Stripe SDK talks to it, and it delivers
// signed webhooks back to the app.
export const E2E_STRIPE_PORT = topology?.stripePort ?? Number(process.env.E2E_STRIPE_PORT ?? E2E_PORT + 30);
export const E2E_STRIPE_URL = `http://127.0.0.1:${E2E_STRIPE_PORT}`;

export const E2E_ENV: Record<string, string> =
  topology?.env ??
  e2eAppEnv({
    port: E2E_PORT,
    baseUrl: E2E_BASE_URL,
    dataDir: E2E_DATA_DIR,
    databaseUrl: `file:${path.join(E2E_DATA_DIR, "storefront.db")}`,
    smtpPort: E2E_SMTP_PORT,
    stripeUrl: E2E_STRIPE_URL,
    redisUrl: process.env.REDIS_URL,
    proxyHops: 1,
  });
